// The one formatter for every number and date on screen, through Intl, in the interface's language.
import type { IsoDate, Localized, Qualifier, Unit } from './schemas';
import { isoToUtcMs } from './dates';

export type Language = 'zh' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };
export function localeOf(lang: Language): string {
  return LOCALE[lang];
}

export function pick(text: Localized, lang: Language): string {
  return text[lang];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A bare number the way readers of the language expect it: Chinese groups by 万 and 亿
 * (3500, 3500万, 5万亿), English by thousands and words for the large ones (3,500; 35 million).
 */
export function formatNumber(value: number, lang: Language): string {
  const locale = LOCALE[lang];
  if (lang === 'zh') {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  if (Math.abs(value) >= 1_000_000) {
    return numberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

const QUALIFIER: Record<Language, Record<Exclude<Qualifier, 'withinTop'>, string>> = {
  zh: { exact: '', about: '约', nearly: '近', over: '超' },
  en: { exact: '', about: 'about ', nearly: 'nearly ', over: 'over ' },
};

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralRule(lang: Language, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${lang}|${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang], { type });
    pluralRules.set(key, rules);
  }
  return rules;
}

/** The plural category of a count in the language: `one` or `other` in English, `other` in Chinese. */
export function pluralCategory(value: number, lang: Language): Intl.LDMLPluralRule {
  return pluralRule(lang, 'cardinal').select(value);
}

function ordinal(value: number, lang: Language): string {
  if (lang === 'zh') return `第${formatNumber(value, lang)}`;
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[
    pluralRule(lang, 'ordinal').select(value)
  ];
  return `${formatNumber(value, lang)}${suffix}`;
}

const ZH_DIGITS = '〇一二三四五六七八九';
const EN_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/**
 * A small whole number in words, as the source and an English editor write "top N": 十 / ten,
 * 二十 / 20. Chinese in characters up to 99, English in words up to ten; digits beyond.
 */
export function numberInWords(value: number, lang: Language): string {
  const n = Math.round(value);
  if (lang === 'en') return EN_WORDS[n] ?? formatNumber(n, lang);
  if (n < 0 || n > 99) return formatNumber(n, lang);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return ZH_DIGITS[ones] ?? String(n);
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`;
}

/** The English counter word for this many: 1 firm, 2 firms. */
function unitWord(value: number, unit: Unit): string {
  return pluralCategory(value, 'en') === 'one' ? (unit.one ?? unit.label.en) : unit.label.en;
}

/**
 * A value with its qualifier and unit, in the source's words: 超5万亿元, 近3500项, 第7位, 前十 /
 * over 5 trillion yuan, nearly 3,500 items, 7th, top ten.
 */
export function formatValue(
  value: number,
  unit: Unit,
  lang: Language,
  qualifier: Qualifier = 'exact',
): string {
  if (unit.kind === 'rank') {
    // A rank is a whole place; a path between two ranks is read to the nearest one.
    const place = Math.round(value);
    if (qualifier === 'withinTop') {
      return lang === 'zh'
        ? `前${numberInWords(place, lang)}`
        : `top ${numberInWords(place, lang)}`;
    }
    const q = QUALIFIER[lang][qualifier];
    return lang === 'zh' ? `${q}${ordinal(place, lang)}位` : `${q}${ordinal(place, lang)}`;
  }
  // "Within the top N" says nothing about a count; the figure is shown as it stands.
  const q = qualifier === 'withinTop' ? '' : QUALIFIER[lang][qualifier];
  const n = formatNumber(value, lang);
  return lang === 'zh' ? `${q}${n}${unit.label.zh}` : `${q}${n} ${unitWord(value, unit)}`;
}

const listFormats = new Map<Language, Intl.ListFormat>();
/** 基线、目标日期 / baseline and target date. */
export function listOf(items: readonly string[], lang: Language): string {
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' });
    listFormats.set(lang, f);
  }
  return f.format(items);
}

/** A value without its unit, for chart axes. */
export function formatAxisValue(value: number, unit: Unit, lang: Language): string {
  return unit.kind === 'rank' ? ordinal(Math.round(value), lang) : formatNumber(value, lang);
}

export function formatPercent(share: number, lang: Language): string {
  return numberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A signed rate per year, e.g. +12.3% / −4%. */
export function formatRate(rate: number, lang: Language): string {
  return numberFormat(LOCALE[lang], {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(rate);
}

export function formatRatio(ratio: number, lang: Language): string {
  return numberFormat(LOCALE[lang], { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(
    ratio,
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, style: 'long' | 'short' | 'month'): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { year: 'numeric', month: 'long', day: 'numeric' }
        : style === 'short'
          ? { year: 'numeric', month: 'short', day: 'numeric' }
          : { year: 'numeric', month: 'short' };
    f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** 2024年5月16日 / 16 May 2024. */
export function formatDate(
  date: IsoDate,
  lang: Language,
  style: 'long' | 'short' = 'long',
): string {
  return dateFormat(lang, style).format(isoToUtcMs(date));
}

/** For chart ticks: 2024年5月 / May 2024. */
export function formatMonth(ms: number, lang: Language): string {
  return dateFormat(lang, 'month').format(ms);
}

export function formatDays(days: number, lang: Language): string {
  return numberFormat(LOCALE[lang], { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
    days,
  );
}

/** For yearly chart ticks: 2024年 / 2024. */
export function formatYear(ms: number, lang: Language): string {
  const key = `${lang}|year`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f.format(ms);
}

/** A moment, for the audit trail: 2026年11月26日 16:05 / 26 Nov 2026, 16:05, in the reader's time zone. */
export function formatDateTime(iso: string, lang: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(Date.parse(iso));
}

/**
 * Builds the formatters the first screen uses, so the cost of loading the locale's data (tens of
 * milliseconds on a slow machine, the first time) falls while the page waits for its data rather
 * than when the figures arrive.
 */
export function warmFormatters(lang: Language): void {
  formatDate('2024-05-16', lang);
  formatDate('2024-05-16', lang, 'short');
  formatNumber(5e12, lang);
  formatNumber(3500, lang);
  formatPercent(0.5, lang);
  ordinal(3, lang);
}
