// The interface's words in two languages: Chinese bundled, English fetched the first time it is used.
import { useSyncExternalStore } from 'react';
import { localeOf, type Language } from '@/domain/format';
import { zh, type Messages } from './zh';

/** Every dot path to a string in the dictionaries, so a misspelt key fails to compile. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
export type MessageKey = Paths<Messages>;

/** Values for `{{name}}` placeholders; `{{name, number}}` formats a number in the language. */
export type TranslationValues = Readonly<Record<string, string | number>>;
export type TFunction = (key: MessageKey, values?: TranslationValues) => string;

export interface Translation {
  t: TFunction;
  i18n: { language: Language };
}

// The bundled Chinese lacks the sections that load with their views (registerSection).
const dictionaries: Partial<Record<Language, object>> = { zh };
let loadingEnglish: Promise<void> | undefined;
const numberFormats: Partial<Record<Language, Intl.NumberFormat>> = {};
const listeners = new Set<() => void>();

function lookup(dictionary: object | undefined, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** The language's translator; a key English lacks falls back to the Chinese text. */
export function translator(language: Language): TFunction {
  const dictionary = dictionaries[language];
  return (key, values) => {
    const text = lookup(dictionary, key) ?? lookup(zh, key) ?? key;
    if (!values) return text;
    const number = (value: number) =>
      (numberFormats[language] ??= new Intl.NumberFormat(localeOf(language))).format(value);
    // A placeholder without a value stays visible rather than vanishing from the sentence.
    return text
      .replace(PLURAL, (match, name: string, branches: string) => {
        const value = values[name];
        const count = Number(value);
        if (value === undefined || Number.isNaN(count)) return match;
        const forms = new Map(
          [...branches.matchAll(/(\w+)\s*\{([^{}]*)\}/g)].map(([, k = '', v = '']) => [k, v]),
        );
        const form = forms.get(pluralRules(language).select(count)) ?? forms.get('other') ?? match;
        return form.replace(/#/g, typeof value === 'number' ? number(value) : value);
      })
      .replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (match, name: string, format) => {
        const value = values[name];
        if (value === undefined) return match;
        if (format === 'number' && typeof value === 'number') return number(value);
        return String(value);
      });
  };
}

/**
 * `{{count, plural, one{# field needs} other{# fields need}}}`: the form for the count's plural
 * category in the language (Intl.PluralRules), `#` standing for the count; `other` when the
 * category has no form of its own.
 */
const PLURAL = /\{\{\s*(\w+)\s*,\s*plural\s*,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}\}/g;
const pluralRuleSets: Partial<Record<Language, Intl.PluralRules>> = {};
function pluralRules(language: Language): Intl.PluralRules {
  return (pluralRuleSets[language] ??= new Intl.PluralRules(localeOf(language)));
}

let current: Translation = { t: translator('zh'), i18n: { language: 'zh' } };
/** The language last asked for; a dictionary that arrives after the user moved on is not shown. */
let wanted: Language = 'zh';

function show(language: Language): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }
  if (current.i18n.language === language) return;
  current = { t: translator(language), i18n: { language } };
  for (const listener of listeners) listener();
}

/** Makes a dictionary available without a fetch (tests register English this way). */
export function registerLanguage(language: Language, messages: Messages): void {
  dictionaries[language] = messages;
}

/** Adds a section that loads with the views using it (`accounts`) to the bundled Chinese. */
export function registerSection<K extends keyof Messages>(name: K, messages: Messages[K]): void {
  (zh as Partial<Messages>)[name] = messages;
}

/**
 * Fetches a language's dictionary once. Never rejects: if English cannot be fetched the interface
 * stays in Chinese, and a later call tries again.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (dictionaries[language]) return Promise.resolve();
  // Chinese is always present, so only English is ever fetched.
  return (loadingEnglish ??= import('./en').then(
    (m) => registerLanguage('en', m.en),
    () => {
      loadingEnglish = undefined;
    },
  ));
}

/** Shows the interface in a language; until its dictionary arrives the current one stays. */
export function applyLanguage(language: Language): void {
  wanted = language;
  if (dictionaries[language]) return show(language);
  void loadLanguage(language).then(() => {
    if (wanted === language && dictionaries[language]) show(language);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const snapshot = () => current;

/** The translator for the shown language; the component re-renders when the language changes. */
export function useTranslation(): Translation {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
