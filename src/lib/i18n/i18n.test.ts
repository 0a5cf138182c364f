import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@/domain/format';
import { en } from './en';
import {
  applyLanguage,
  registerLanguage,
  translator,
  useTranslation,
  type MessageKey,
  type TranslationValues,
} from './index';
import type { Messages } from './zh';

describe('translator', () => {
  const cases: [string, Language, MessageKey, TranslationValues | undefined, string][] = [
    ['plain text, Chinese', 'zh', 'app.title', undefined, '新质生产力举措跟踪'],
    ['plain text, English', 'en', 'app.title', undefined, 'New Quality Productive Forces Tracker'],
    [
      'several placeholders',
      'en',
      'provenance.sourceLine',
      { speaker: 'Li', role: 'Mayor', source: 'Press', date: '2024-05-16' },
      'Li (Mayor), Press, 2024-05-16',
    ],
    [
      'placeholders in Chinese punctuation',
      'zh',
      'provenance.sourceLine',
      { speaker: '李', role: '市长', source: '发布会', date: '2024-05-16' },
      '李（市长），发布会，2024-05-16',
    ],
    ['a number, Chinese', 'zh', 'overview.attentionCount', { count: 12345 }, '12,345 项'],
    ['a number, English', 'en', 'brief.count', { count: 12345 }, '12,345 items'],
    [
      'two numbers in one sentence',
      'zh',
      'filters.showing',
      { shown: 1500, total: 20000 },
      '显示 1,500 / 20,000 项',
    ],
    ['a fraction keeps its digits', 'en', 'brief.count', { count: 1234.5 }, '1,234.5 items'],
    [
      'a string given to a number slot is shown as it is',
      'en',
      'brief.count',
      { count: '3' },
      '3 items',
    ],
    [
      'a missing value leaves its placeholder',
      'en',
      'overview.showAll',
      {},
      'Show all {{count, number}}',
    ],
    ['one item in English is singular', 'en', 'brief.count', { count: 1 }, '1 item'],
    ['no items in English is plural', 'en', 'brief.count', { count: 0 }, '0 items'],
    [
      'a plural form with words around it',
      'en',
      'entry.invalid',
      { count: 1 },
      '1 field needs attention; see the notes beside them.',
    ],
    [
      'the other form with words around it',
      'en',
      'entry.invalid',
      { count: 2 },
      '2 fields need attention; see the notes beside them.',
    ],
    ['Chinese has one form', 'zh', 'entry.invalid', { count: 1 }, '有 1 处需要修改，见各项说明。'],
    [
      'two plurals in one sentence',
      'en',
      'importCsv.summary',
      { total: 1, ok: 0, bad: 1 },
      '1 row: 0 can be imported, 1 has errors.',
    ],
    [
      'a plural without its value stays visible',
      'en',
      'overview.attentionCount',
      {},
      '{{count, plural, one{# item} other{# items}}}',
    ],
    ['an unused value is ignored', 'zh', 'app.title', { count: 1 }, '新质生产力举措跟踪'],
  ];
  it.each(cases)('%s', (_name, language, key, values, expected) => {
    expect(translator(language)(key, values)).toBe(expected);
  });
});

describe('fallback', () => {
  afterEach(() => registerLanguage('en', en));

  it('a key English lacks shows the Chinese text', () => {
    const partial = structuredClone(en) as { app: Partial<Messages['app']> };
    delete partial.app.title;
    registerLanguage('en', partial as Messages);
    expect(translator('en')('app.title')).toBe('新质生产力举措跟踪');
    expect(translator('en')('app.subtitle')).toBe(en.app.subtitle);
  });

  it.each<[Language]>([['zh'], ['en']])('a key missing in both shows the key (%s)', (language) => {
    expect(translator(language)('no.such.key' as MessageKey)).toBe('no.such.key');
  });

  it('a path to a group, not a text, shows the key', () => {
    expect(translator('en')('app' as MessageKey)).toBe('app');
  });
});

describe('switching language', () => {
  const cases: [Language, string, string][] = [
    ['en', 'en', 'New Quality Productive Forces Tracker'],
    ['zh', 'zh-CN', '新质生产力举措跟踪'],
  ];
  it.each(cases)('to %s re-renders and sets <html lang="%s">', (language, lang, title) => {
    applyLanguage(language === 'zh' ? 'en' : 'zh');
    const { result } = renderHook(() => useTranslation());
    act(() => applyLanguage(language));
    expect(result.current.i18n.language).toBe(language);
    expect(result.current.t('app.title')).toBe(title);
    expect(document.documentElement.lang).toBe(lang);
  });

  it('keeps the same translator while the language stays', () => {
    const { result, rerender } = renderHook(() => useTranslation());
    const first = result.current.t;
    act(() => applyLanguage('zh'));
    rerender();
    expect(result.current.t).toBe(first);
  });
});

describe('English fetched on first use', () => {
  // A fresh copy of the module, without the English the test setup registers.
  async function freshModule() {
    vi.resetModules();
    return import('./index');
  }

  it('shows Chinese until English arrives, then English', async () => {
    const i18n = await freshModule();
    const { result } = renderHook(() => i18n.useTranslation());
    act(() => i18n.applyLanguage('en'));
    expect(result.current.i18n.language).toBe('zh');
    expect(result.current.t('app.title')).toBe('新质生产力举措跟踪');
    expect(document.documentElement.lang).toBe('zh-CN');
    await act(() => i18n.loadLanguage('en'));
    expect(result.current.i18n.language).toBe('en');
    expect(result.current.t('app.title')).toBe('New Quality Productive Forces Tracker');
    expect(document.documentElement.lang).toBe('en');
  });

  it('does not switch to English if Chinese was chosen again meanwhile', async () => {
    const i18n = await freshModule();
    const { result } = renderHook(() => i18n.useTranslation());
    act(() => {
      i18n.applyLanguage('en');
      i18n.applyLanguage('zh');
    });
    await act(() => i18n.loadLanguage('en'));
    expect(result.current.i18n.language).toBe('zh');
  });

  it('switches at once after loadLanguage, so the first paint can be English', async () => {
    const i18n = await freshModule();
    await i18n.loadLanguage('en');
    i18n.applyLanguage('en');
    const { result } = renderHook(() => i18n.useTranslation());
    expect(result.current.t('app.title')).toBe('New Quality Productive Forces Tracker');
  });
});
