// Preferences that outlive a visit: language, theme and a default department. Nothing about what is being viewed lives here (that is the URL's).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '@/domain/format';

export type Theme = 'light' | 'dark';

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
