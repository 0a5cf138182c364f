// Which numerals are not figures: years and dates used as time references, ordinals of events,
// labels built from numerals (十四五, 四群八链, 一号文件, 500强, 5G), articles (一批), a speech's
// own enumerations (三个方面, 第二，…) and set phrases. Each rule says why, for the tests and docs.
import type { Candidate } from './candidates';
import {
  AFTER_CONGRESS,
  BARE_NUMBER_CONTEXT,
  DISCOURSE_NOUNS,
  EVENT_NOUNS,
  ORDINAL_LABEL_UNITS,
  PLAN_NOUNS,
  RANK_CONTEXT,
  SET_PHRASES,
  TIME_UNITS,
} from './lexicon';
import { asciiDigits } from './numerals';

export type NotFigure =
  | 'year'
  | 'date'
  | 'title'
  | 'quoted label'
  | 'label'
  | 'section number'
  | 'ordinal'
  | 'time reference'
  | 'event'
  | 'plan name'
  | 'discourse'
  | 'article'
  | 'idiom'
  | 'set phrase'
  | 'ratio'
  | 'bare number';

/** Before a span of time, words that make it a period of reference: 过去五年, 近3年, 未来三年. */
const TIME_REFERENCE = /(?:最近|近|过去|未来|今后|此后|之后|这|此|后|每)$/u;
const QUOTE_MARKS = /[“”‘’"「」『』]/gu;
const LATIN = /[A-Za-z]/;
const BOUNDARY_AFTER = /^(?:$|[\s，,。；;：:、！？!?）)”’])/u;

/** Inside 《…》: a title names a document, its numerals included. */
function inTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** Inside a short quotation (“十四五”, “一件事一次办”): a label, unless a qualifier says more. */
function inShortQuote(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 9), c.start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const close = text.slice(c.end, c.end + 9).indexOf('”');
  return close >= 0 && c.end + close - (c.start - (before.length - open)) <= 9;
}

const BLANK = ' \t\u3000\r';

/** `01` alone on its line, or `1.` / `1、` at a line's start: the number of a section. */
function isSectionNumber(text: string, c: Candidate): boolean {
  let i = c.start - 1;
  while (i >= 0 && BLANK.includes(text.charAt(i))) i -= 1;
  if (i >= 0 && text.charAt(i) !== '\n') return false;
  let j = c.end;
  if ('、.．)）'.includes(text.charAt(j)) && text.charAt(j)) return true;
  while (j < text.length && BLANK.includes(text.charAt(j))) j += 1;
  return j === text.length || text.charAt(j) === '\n';
}

const RATIO_COLON = /[:：∶]/u;
const DIGIT = /[0-9０-９]/u;
/** A part of a ratio of several terms (11.1:47.5:41.4), or the 1 of N:1: not a figure alone. */
function isRatioPart(text: string, c: Candidate): boolean {
  if (/^[:：∶]1$/u.test(c.measure)) return false;
  const after = RATIO_COLON.test(text.charAt(c.end)) && DIGIT.test(text.charAt(c.end + 1));
  const before = RATIO_COLON.test(text.charAt(c.start - 1)) && DIGIT.test(text.charAt(c.start - 2));
  return after || before;
}

/** 第N: a rank after 排名/全国/居…, or with 位/名; else a label or an enumerator (第三代, 第二，). */
function ordinalReason(text: string, c: Candidate): NotFigure | null {
  const next = c.measure || text.charAt(c.numberEnd);
  if (ORDINAL_LABEL_UNITS.has(next)) return 'ordinal';
  if (c.measure === '位' || c.measure === '名') return null;
  const before = text.slice(Math.max(0, c.start - 6), c.start);
  return RANK_CONTEXT.test(before) ? null : 'ordinal';
}

function setPhrase(text: string, c: Candidate): boolean {
  const from = Math.max(0, c.numberStart - 6);
  const window = text.slice(from, c.end + 6);
  return SET_PHRASES.some((phrase) => {
    const at = window.indexOf(phrase);
    return at >= 0 && from + at <= c.numberStart && from + at + phrase.length > c.numberStart;
  });
}

const afterWords = (text: string, c: Candidate, size: number) =>
  text
    .slice(c.end, c.end + size + 2)
    .replace(QUOTE_MARKS, '')
    .slice(0, size);

/** Why the candidate is not a figure, or null when it is one. */
export function notFigure(text: string, c: Candidate): NotFigure | null {
  const after = text.charAt(c.end);
  const plain = !c.qualifier && !c.suffix;
  if (inTitle(text, c.start)) return 'title';
  if (isRatioPart(text, c)) return 'ratio';
  const fourDigits = /^(?:19|20)\d\d$|^[〇零一二三四五六七八九]{4}$/u;
  if (c.measure === '年' && !c.magnitude && fourDigits.test(asciiDigits(c.numeral))) {
    return 'year';
  }
  if (!c.qualifier && !c.measure && !c.magnitude && /[月日时]/u.test(after)) return 'date';
  if (!c.qualifier && !c.measure && !c.magnitude && after === '号') return 'label';
  if (LATIN.test(text.charAt(c.start - 1)) || (LATIN.test(after) && !/[A-Za-z]/.test(c.measure))) {
    return 'label';
  }
  if (plain && inShortQuote(text, c)) return 'quoted label';
  if (c.qualifier === '第') {
    if (c.numeral === '首')
      return RANK_CONTEXT.test(text.slice(Math.max(0, c.start - 6), c.start)) ? null : 'set phrase';
    return ordinalReason(text, c);
  }
  if (
    c.qualifier === '前' &&
    (TIME_UNITS.has(c.measure) || /^(?:季度|个?月|年|天|周)/u.test(text.slice(c.end, c.end + 3)))
  ) {
    return 'time reference';
  }
  if (
    TIME_UNITS.has(c.measure) &&
    (c.qualifier === '' || c.qualifierWord === '近') &&
    TIME_REFERENCE.test(text.slice(Math.max(0, c.numberStart - 2), c.numberStart))
  ) {
    return 'time reference';
  }
  if (setPhrase(text, c)) return 'set phrase';
  if (c.suffix === '大') {
    const before = text.slice(Math.max(0, c.start - 2), c.start);
    if (
      c.numeral === '一' ||
      /党的|中共/u.test(before) ||
      AFTER_CONGRESS.test(text.slice(c.end, c.end + 2))
    ) {
      return 'event';
    }
    return null;
  }
  if (c.measure && EVENT_NOUNS.some((n) => afterWords(text, c, 3).startsWith(n))) return 'event';
  if (c.measure && !c.qualifier && PLAN_NOUNS.some((n) => afterWords(text, c, 4).startsWith(n))) {
    return 'plan name';
  }
  if (
    c.measure &&
    plain &&
    c.script === 'chinese' &&
    c.value <= 10 &&
    DISCOURSE_NOUNS.some((n) => afterWords(text, c, 5).includes(n))
  ) {
    return 'discourse';
  }
  if (c.script === 'chinese') {
    if (c.value === 0) return 'label';
    if (!c.measure && !c.magnitude && plain) return 'label';
    if (plain && c.numeral === '一') return 'article';
    if (plain && !c.magnitude && /^[百千万]$/u.test(c.numeral)) return 'idiom';
  }
  if (c.script === 'arabic' && plain && !c.measure) {
    if (isSectionNumber(text, c)) return 'section number';
    if (c.magnitude) return null;
    const before = text.slice(Math.max(0, c.start - 3), c.start);
    return BARE_NUMBER_CONTEXT.test(before) && BOUNDARY_AFTER.test(text.slice(c.end))
      ? null
      : 'bare number';
  }
  return null;
}
