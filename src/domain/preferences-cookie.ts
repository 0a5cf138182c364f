// The preferences a page is drawn with, mirrored from the browser's stored preferences into a
// cookie so that a server drawing the first screen (`npm start`) draws it as the app will show it:
// in the chosen language and theme, and on the default department. Nothing in it is a secret.
import type { Language } from './format';

export const PREFERENCES_COOKIE = 'npf_prefs';

export interface PagePreferences {
  language: Language;
  theme: 'light' | 'dark';
  defaultDepartment: string | null;
}

export const DEFAULT_PAGE_PREFERENCES: PagePreferences = {
  language: 'zh',
  theme: 'light',
  defaultDepartment: null,
};

const DEPARTMENT = /^[a-z0-9-]{1,60}$/;

/** `en.dark.sti-bureau`, `zh.light.-`: three dot-separated fields, safe in a cookie as they are. */
export function preferencesCookieValue(p: PagePreferences): string {
  const department =
    p.defaultDepartment && DEPARTMENT.test(p.defaultDepartment) ? p.defaultDepartment : '-';
  return `${p.language}.${p.theme}.${department}`;
}

/**
 * The preferences in a Cookie header; each field that is missing or not one the app knows takes
 * its default, so a hand-edited cookie draws the default page rather than failing.
 */
export function parsePreferencesCookie(header: string | undefined | null): PagePreferences {
  const value = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${PREFERENCES_COOKIE}=`))
    ?.slice(PREFERENCES_COOKIE.length + 1);
  const [language, theme, department] = (value ?? '').split('.');
  return {
    language: language === 'en' ? 'en' : 'zh',
    theme: theme === 'dark' ? 'dark' : 'light',
    defaultDepartment:
      department && department !== '-' && DEPARTMENT.test(department) ? department : null,
  };
}
