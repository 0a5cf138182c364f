import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_PREFERENCES,
  parsePreferencesCookie,
  preferencesCookieValue,
  type PagePreferences,
} from './preferences-cookie';

describe('the preferences cookie', () => {
  const cases: [string, PagePreferences][] = [
    ['the defaults', DEFAULT_PAGE_PREFERENCES],
    ['English, dark', { language: 'en', theme: 'dark', defaultDepartment: null }],
    ['a default department', { language: 'zh', theme: 'light', defaultDepartment: 'sti-bureau' }],
  ];
  it.each(cases)('round-trips %s', (_, prefs) => {
    const header = `npf_session=abc; npf_prefs=${preferencesCookieValue(prefs)}; other=1`;
    expect(parsePreferencesCookie(header)).toEqual(prefs);
  });

  it.each([
    ['no cookie header', undefined],
    ['no preferences cookie', 'npf_session=abc'],
    ['unknown values', 'npf_prefs=fr.neon.-'],
    ['an empty value', 'npf_prefs='],
    ['a department that is not an id', 'npf_prefs=zh.light.<script>'],
  ])('draws the defaults for %s', (_, header) => {
    expect(parsePreferencesCookie(header)).toEqual(DEFAULT_PAGE_PREFERENCES);
  });

  it('keeps what it knows of a partly edited cookie', () => {
    expect(parsePreferencesCookie('npf_prefs=en.sepia.ndrc')).toEqual({
      language: 'en',
      theme: 'light',
      defaultDepartment: 'ndrc',
    });
  });

  it('never writes a department that is not an id', () => {
    expect(
      preferencesCookieValue({ language: 'zh', theme: 'light', defaultDepartment: 'a;b=c' }),
    ).toBe('zh.light.-');
  });
});
