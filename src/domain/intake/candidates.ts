// Reads each numeral of a text with what is written around it: the qualifier before or after, the
// magnitude and the unit. Whether the result is a figure at all is decided in not-figures.ts.
import {
  MAGNITUDES,
  NOT_BEFORE_QUALIFIER,
  NOT_BEFORE_TOP,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  TIME_UNITS,
  UNITS,
} from './lexicon';
import { CHINESE_NUMERAL_CHARS, isMagnitudeChar, parseArabic, parseChinese } from './numerals';
import type { IntakeQualifier } from './schema';

/** One numeral as written, before it is judged a figure. */
export interface Candidate {
  /** The whole figure as written: qualifier, number, magnitude, unit. */
  start: number;
  end: number;
  /** The numeral itself (without the qualifier words or the unit). */
  numberStart: number;
  numberEnd: number;
  numeral: string;
  script: 'arabic' | 'chinese';
  value: number;
  /** 万, 亿, 万亿 or "". */
  magnitude: string;
  /** The unit after the magnitude (家, 亿元's 元, %), or "". */
  measure: string;
  qualifier: IntakeQualifier;
  /** The qualifier word as written (超过, 余, 前, 第), or "". */
  qualifierWord: string;
  /** Written N大 (十大产业链) or N级 (万亿级). */
  suffix: '' | '大' | '级';
}

/** Numerals: Arabic (with a thousands comma or a decimal point), or Chinese. 百分之N apart. */
const NUMERAL = new RegExp(
  `[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?|[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`,
  'gu',
);
const PERCENT_WORDS = /百分之([0-9０-９.．]+|[零〇一二两三四五六七八九十百点]+)/gu;
/** 首位 (全国首位, 居全国首位): the first place. */
const FIRST_PLACE = /首位/gu;

const startsWithAt = (text: string, at: number, word: string) => text.startsWith(word, at);

/** The units by their first character, longest first as in UNITS. */
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const unit of UNITS) {
  const first = unit.charAt(0);
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), unit]);
}

function readUnit(text: string, at: number): string {
  for (const unit of UNITS_BY_FIRST.get(text.charAt(at)) ?? []) {
    if (startsWithAt(text, at, unit)) return unit;
  }
  return '';
}

/** 2.51:1 (a ratio to one) reads as the value 2.51 in the unit “:1”. */
function readRatioToOne(text: string, at: number): string | null {
  const m = /^[:：∶]1(?![0-9０-９.．:：∶])/u.exec(text.slice(at, at + 4));
  return m ? m[0] : null;
}

/** The qualifier word that ends at `at`, if no other word claims its characters. */
function readPreQualifier(text: string, at: number): readonly [string, IntakeQualifier] | null {
  const last = text.charAt(at - 1);
  for (const [word, q] of PRE_QUALIFIERS) {
    const from = at - word.length;
    if (from < 0 || word.charAt(word.length - 1) !== last || !startsWithAt(text, from, word)) {
      continue;
    }
    const notAfter = NOT_BEFORE_QUALIFIER[word];
    const before = text.charAt(from - 1);
    if (notAfter && before && notAfter.includes(before)) continue;
    return [word, q];
  }
  return null;
}

/** 第N and 前N (not 目前, 当前, 提前): the word right before the number. */
function readOrdinal(text: string, at: number): readonly [string, IntakeQualifier] | null {
  const ch = text.charAt(at - 1);
  if (ch === '第') return ['第', '第'];
  if (ch === '前' && !NOT_BEFORE_TOP.includes(text.charAt(at - 2) || '∅')) return ['前', '前'];
  return null;
}

/** Splits 三千五百万 into 三千五百 and 万; 万亿 (no digit) keeps its magnitude for 万亿级. */
function splitMagnitude(numeral: string): { digits: string; magnitude: string } {
  let cut = numeral.length;
  while (cut > 0 && isMagnitudeChar(numeral.charAt(cut - 1))) cut -= 1;
  return { digits: numeral.slice(0, cut), magnitude: numeral.slice(cut) };
}

function candidateAt(text: string, match: RegExpExecArray): Candidate | null {
  const raw = match[0];
  const numberStart = match.index;
  const arabic = /^[0-9０-９]/.test(raw);
  let value: number;
  let magnitude = '';
  let numeral = raw;
  let pos = numberStart + raw.length;
  let innerQualifier = '';
  if (arabic) {
    value = parseArabic(raw);
    // 5千, 3百万: a Chinese place after Arabic digits multiplies them.
    const place = { 十: 10, 百: 100, 千: 1000 }[text.charAt(pos)];
    if (place && !readUnit(text, pos)) {
      value *= place;
      numeral += text.charAt(pos);
      pos += 1;
    }
  } else {
    const split = splitMagnitude(raw.split('点')[0] ?? raw);
    const decimal = raw.includes('点');
    numeral = decimal ? raw : split.digits;
    magnitude = decimal ? '' : split.magnitude;
    value = numeral ? parseChinese(numeral) : 1;
  }
  if (!Number.isFinite(value)) return null;
  const numberEnd = numberStart + numeral.length;
  // 50多所, 3500余万, 1500多余家: 多/余 between the number and its magnitude or unit.
  if (!magnitude && startsWithAt(text, pos, '多余')) {
    innerQualifier = '余';
    pos += 2;
  } else if (!magnitude && '多余'.includes(text.charAt(pos)) && text.charAt(pos)) {
    innerQualifier = text.charAt(pos);
    pos += 1;
  }
  if (!magnitude || innerQualifier) {
    let mag = '';
    while (isMagnitudeChar(text.charAt(pos))) {
      mag += text.charAt(pos);
      pos += 1;
    }
    magnitude += mag;
  }
  if (magnitude && !(magnitude in MAGNITUDES)) return null;
  // A magnitude alone (万家民企, 亿元以上) is a number only as 万亿级.
  if (!numeral && text.charAt(pos) !== '级') return null;
  let suffix: Candidate['suffix'] = '';
  if (text.charAt(pos) === '级' && (magnitude || !arabic)) {
    suffix = '级';
    pos += 1;
  } else if (text.charAt(pos) === '大' && !magnitude) {
    suffix = '大';
    pos += 1;
  }
  let measure = suffix ? '' : (readRatioToOne(text, pos) ?? readUnit(text, pos));
  pos += measure.length;
  // 两个多月: 个, then the qualifier, then the rest of the unit.
  if (measure === '个' && '多余'.includes(text.charAt(pos)) && text.charAt(pos)) {
    const rest = ['月', '季度', '工作日'].find((u) => startsWithAt(text, pos + 1, u));
    if (rest) {
      innerQualifier ||= text.charAt(pos);
      measure = `个${rest}`;
      pos += 1 + rest.length;
    }
  }
  const pre = readOrdinal(text, numberStart) ?? readPreQualifier(text, numberStart);
  let qualifier: IntakeQualifier = pre?.[1] ?? '';
  let qualifierWord = pre?.[0] ?? '';
  const start = numberStart - qualifierWord.length;
  if (innerQualifier && !qualifier) {
    qualifier = innerQualifier as IntakeQualifier;
    qualifierWord = innerQualifier;
  }
  for (const [word, q] of POST_QUALIFIERS) {
    if (!startsWithAt(text, pos, word)) continue;
    // 一年多 and 两年余: 多/余 after a unit only for time; 3个多功能厅 is not 3个多.
    if ((word === '多' || word === '余') && !TIME_UNITS.has(measure)) continue;
    if (!qualifier) {
      qualifier = q;
      qualifierWord = word;
    }
    pos += word.length;
    break;
  }
  return {
    start,
    end: pos,
    numberStart,
    numberEnd,
    numeral,
    script: arabic ? 'arabic' : 'chinese',
    value,
    magnitude,
    measure,
    qualifier,
    qualifierWord,
    suffix,
  };
}

/** 百分之十五 → 15 %. */
function percentWords(text: string, m: RegExpExecArray): Candidate | null {
  const digits = m[1] ?? '';
  const value = /^[0-9０-９]/.test(digits) ? parseArabic(digits) : parseChinese(digits);
  if (Number.isNaN(value)) return null;
  const pre = readPreQualifier(text, m.index);
  return {
    start: m.index - (pre?.[0].length ?? 0),
    end: m.index + m[0].length,
    numberStart: m.index,
    numberEnd: m.index + m[0].length,
    numeral: m[0],
    script: /^[0-9０-９]/.test(digits) ? 'arabic' : 'chinese',
    value,
    magnitude: '',
    measure: '%',
    qualifier: pre?.[1] ?? '',
    qualifierWord: pre?.[0] ?? '',
    suffix: '',
  };
}

/** Every numeral of `text`, read with its words, in order. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(PERCENT_WORDS)) {
    const c = percentWords(text, m);
    if (c) {
      out.push(c);
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  let next = 0;
  for (const m of text.matchAll(NUMERAL)) {
    while ((taken[next]?.[1] ?? Infinity) <= m.index) next += 1;
    if ((taken[next]?.[0] ?? Infinity) <= m.index) continue;
    const c = candidateAt(text, m);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(FIRST_PLACE)) {
    out.push({
      start: m.index,
      end: m.index + 2,
      numberStart: m.index,
      numberEnd: m.index + 1,
      numeral: '首',
      script: 'chinese',
      value: 1,
      magnitude: '',
      measure: '位',
      qualifier: '第',
      qualifierWord: '首',
      suffix: '',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
