// Whether the server drew this page's first screen (`npm start`, src/app/render-page.tsx). The
// panels that otherwise follow the headline figures a render later (so the figures paint first)
// then draw at once, on the server and in the client's first render alike: the figures are on
// screen already, and the client's first render must draw what the server drew, or it would move.
import { createContext, useContext } from 'react';

/**
 * Read when a panel mounts. The client clears it once its first render is painted, so the views
 * it goes to later defer their panels as usual; a flag, not state, so clearing it renders nothing.
 */
export interface FirstScreen {
  drawn: boolean;
}

export const FirstScreenDrawn = createContext<FirstScreen>({ drawn: false });

export function useFirstScreenDrawn(): boolean {
  return useContext(FirstScreenDrawn).drawn;
}
