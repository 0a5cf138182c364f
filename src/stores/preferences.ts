// Preferences that outlive a visit: language, theme and a default department. Nothing about what is being viewed lives here (that is the URL's).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '@/domain/format';
import {
  PREFERENCES_COOKIE,
  preferencesCookieValue,
  type PagePreferences,
} from '@/domain/preferences-cookie';

export type Theme = PagePreferences['theme'];

interface PreferencesState {
  language: Language;
  theme: Theme;
  defaultDepartment: string | null;
  languageChosen: (language: Language) => void;
  themeChosen: (theme: Theme) => void;
  defaultDepartmentChosen: (id: string | null) => void;
}

export const PREFERENCES_KEY = 'npf-tracker:preferences';

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      language: 'zh',
      theme: 'light',
      defaultDepartment: null,
      languageChosen: (language) => set({ language }),
      themeChosen: (theme) => set({ theme }),
      defaultDepartmentChosen: (defaultDepartment) => set({ defaultDepartment }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        language: s.language,
        theme: s.theme,
        defaultDepartment: s.defaultDepartment,
      }),
      // A hand-edited or outdated entry must not put the app in an impossible state.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<PreferencesState>;
        return {
          ...current,
          language: p.language === 'en' || p.language === 'zh' ? p.language : current.language,
          theme: p.theme === 'dark' || p.theme === 'light' ? p.theme : current.theme,
          defaultDepartment: typeof p.defaultDepartment === 'string' ? p.defaultDepartment : null,
        };
      },
    },
  ),
);

/**
 * Keeps the preferences cookie (src/domain/preferences-cookie.ts) in step with the stored
 * preferences, now and on every change, so that the server draws the next page as they say.
 * Returns the unsubscribe.
 */
export function mirrorPreferencesToCookie(doc: Pick<Document, 'cookie'> = document): () => void {
  const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
  let written = '';
  const write = (s: PreferencesState) => {
    const value = preferencesCookieValue(s);
    if (value === written) return;
    written = value;
    doc.cookie = `${PREFERENCES_COOKIE}=${value}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  };
  write(usePreferences.getState());
  return usePreferences.subscribe(write);
}
