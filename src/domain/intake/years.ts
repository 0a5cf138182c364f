// The years a text speaks of (2023年, 到2025年底, 去年 resolved from the text's date) and the one
// each figure refers to or targets: the nearest before it in its sentence, then in its paragraph.
import { asciiDigits, parseChinese, parseChineseInteger } from './numerals';
import { firstFrom, type Segments, spanAt } from './segments';

export interface YearMention {
  start: number;
  end: number;
  year: number;
  /** 到2025年, 至2027年: the year is a deadline. */
  deadline: boolean;
}

const ARABIC_YEAR =
  /(到|至|截至|截止到|截止)?(?<![0-9０-９])((?:19|20)[0-9]{2}|[１２][０-９]{3})年/gu;
const CHINESE_YEAR = /(到|至|截至)?([〇零一二三四五六七八九]{4})年/gu;
const RELATIVE_YEAR = /(到|至)?(去年|上一年|上年|前年|今年|本年|明年)/gu;
const RELATIVE_OFFSET: Readonly<Record<string, number>> = {
  去年: -1,
  上一年: -1,
  上年: -1,
  前年: -2,
  今年: 0,
  本年: 0,
  明年: 1,
};
/** 较上年, 比去年, 是上年的: a base of comparison, not the figure's year. */
const COMPARISON_BEFORE = /[较比于同是为]$/u;
const COMPARISON_AFTER = /^(?:的|同期)/u;

const DATE_PATTERNS = [
  /((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日/u,
  /((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])/u,
  /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/u,
];

/** The text's own date (its first full date among its first 2,000 characters), as YYYY-MM-DD. */
export function documentDate(text: string): string | null {
  const head = asciiDigits(text.slice(0, 2000));
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(head);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const [y, mo, d] = [m[1], m[2], m[3]].map((s) =>
      /^\d+$/.test(s) ? Number(s) : parseChinese(s),
    );
    if (!y || !mo || !d || mo > 12 || d > 31) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** Every year the text names, in order; relative ones only when `docYear` is known. */
export function findYears(text: string, docYear: number | null): YearMention[] {
  const found: YearMention[] = [];
  for (const m of text.matchAll(ARABIC_YEAR)) {
    const digits = m[2] ?? '';
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      year: Number(asciiDigits(digits)),
      deadline: Boolean(m[1] && !m[1].startsWith('截')),
    });
  }
  for (const m of text.matchAll(CHINESE_YEAR)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      year: parseChineseInteger(m[2] ?? ''),
      deadline: Boolean(m[1] && !m[1].startsWith('截')),
    });
  }
  if (docYear !== null) {
    for (const m of text.matchAll(RELATIVE_YEAR)) {
      const word = m[2] ?? '';
      const end = m.index + m[0].length;
      if (COMPARISON_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
      if (COMPARISON_AFTER.test(text.slice(end, end + 2))) continue;
      found.push({
        start: m.index,
        end,
        year: docYear + (RELATIVE_OFFSET[word] ?? 0),
        deadline: Boolean(m[1]),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The last mention that ends at or before `at` and starts at or after `from`. */
function lastBefore(years: readonly YearMention[], from: number, at: number): YearMention | null {
  for (let i = firstFrom(years, at) - 1; i >= 0; i -= 1) {
    const y = years[i];
    if (!y || y.start < from) return null;
    if (y.end <= at) return y;
  }
  return null;
}

/**
 * The year of the figure at `[start, end)`: the nearest mention before it in its sentence, else
 * one after it in its clause (5万亿（2023年）), else the nearest before it in its paragraph.
 */
export function yearOf(
  seg: Segments,
  years: readonly YearMention[],
  start: number,
  end: number,
): YearMention | null {
  const sentence = spanAt(seg.sentences, start);
  const clause = spanAt(seg.clauses, start);
  const line = spanAt(seg.lines, start);
  if (sentence) {
    const before = lastBefore(years, sentence.start, start);
    if (before) return before;
  }
  if (clause) {
    const after = years[firstFrom(years, end)];
    if (after && after.end <= clause.end) return after;
  }
  return line ? lastBefore(years, line.start, start) : null;
}
