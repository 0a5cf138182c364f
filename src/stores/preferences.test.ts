import { afterEach, describe, expect, it } from 'vitest';
import { parsePreferencesCookie } from '@/domain/preferences-cookie';
import { mirrorPreferencesToCookie, usePreferences } from './preferences';

describe('mirrorPreferencesToCookie', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    usePreferences.setState({ language: 'zh', theme: 'light', defaultDepartment: null });
    document.cookie = 'npf_prefs=; Path=/; Max-Age=0';
  });

  it('writes the stored preferences now and on every change, for the server to draw with', () => {
    usePreferences.setState({ language: 'en', theme: 'light', defaultDepartment: null });
    stop = mirrorPreferencesToCookie();
    expect(parsePreferencesCookie(document.cookie)).toEqual({
      language: 'en',
      theme: 'light',
      defaultDepartment: null,
    });
    usePreferences.getState().themeChosen('dark');
    usePreferences.getState().defaultDepartmentChosen('finance');
    expect(parsePreferencesCookie(document.cookie)).toEqual({
      language: 'en',
      theme: 'dark',
      defaultDepartment: 'finance',
    });
    stop();
    usePreferences.getState().languageChosen('zh');
    expect(parsePreferencesCookie(document.cookie).language).toBe('en');
  });
});
