// Where one show is: the current slide and whether it is paused. Ephemeral, never persisted. One
// store per show, handed down by context: a new show starts on its first slide, and the count of
// slides is not copied in; whoever moves the show says how many slides there are now.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';

interface ShowState {
  index: number;
  paused: boolean;
  nextSlide: (count: number) => void;
  previousSlide: (count: number) => void;
  firstSlide: () => void;
  lastSlide: (count: number) => void;
  pauseToggled: () => void;
}

/** The slide shown out of `count`: after a refresh the pages may be fewer; stay on one that exists. */
export const shownIndex = (index: number, count: number) => Math.max(0, Math.min(index, count - 1));

export function createShowStore(): StoreApi<ShowState> {
  return createStore<ShowState>()((set) => {
    const move = (count: number, step: number) =>
      set((s) => {
        const n = Math.max(1, count);
        return { index: (shownIndex(s.index, n) + step + n) % n };
      });
    return {
      index: 0,
      paused: false,
      nextSlide: (count) => move(count, 1),
      previousSlide: (count) => move(count, -1),
      firstSlide: () => set({ index: 0 }),
      lastSlide: (count) => set({ index: Math.max(1, count) - 1 }),
      pauseToggled: () => set((s) => ({ paused: !s.paused })),
    };
  });
}

const ShowStoreContext = createContext<StoreApi<ShowState> | null>(null);

export function ShowStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createShowStore);
  return <ShowStoreContext.Provider value={store}>{children}</ShowStoreContext.Provider>;
}

/** The show's store itself, for event handlers that act on its state as it is then. */
export function useShowStoreApi(): StoreApi<ShowState> {
  const store = useContext(ShowStoreContext);
  if (!store) throw new Error('useShowStore needs a ShowStoreProvider above it');
  return store;
}

export function useShowStore<T>(selector: (s: ShowState) => T): T {
  return useStore(useShowStoreApi(), selector);
}
