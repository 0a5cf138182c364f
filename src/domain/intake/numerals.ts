// Numerals as Chinese texts write them: Arabic (3500, 1.82, 3,500, full-width ３５), Chinese
// (一百三十八, 两千, 三点五, 二〇二三) and mixed with a magnitude (5万亿, 三千五百万, 千亿).

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Chinese numeral characters, magnitudes included. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

export const isChineseDigit = (ch: string): boolean => ch in DIGITS;
export const isMagnitudeChar = (ch: string): boolean => ch in BIG_UNITS;

/** A full-width digit or point as its ASCII twin. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** An Arabic numeral: digits, thousands commas, a decimal point; NaN when it is none. */
export function parseArabic(s: string): number {
  const plain = asciiDigits(s).replace(/,(?=\d{3})/g, '');
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** 二〇二三 → 2023: digits read one by one, as years are. */
function digitByDigit(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A Chinese integer: 一百三十八 → 138, 十二 → 12, 两千 → 2000, 千 → 1000, 一万二千 → 12000,
 * 五万亿 → 5e12, 两万五 → 25000 (the short form: the last digit counts in the next lower place).
 * NaN when the characters do not make a number.
 */
export function parseChineseInteger(s: string): number {
  if (!s) return Number.NaN;
  if (!/[十百千万亿]/u.test(s)) return digitByDigit(s);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 1;
  for (const ch of s) {
    const d = DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (d !== undefined) {
      digit = d;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = small;
    } else if (big !== undefined) {
      const inSection = section + (digit ?? (section === 0 ? 1 : 0));
      if (big === 1e8) total = (total + inSection) * big;
      else section = inSection * big;
      if (big === 1e8) section = 0;
      digit = null;
      lastUnit = big;
    } else {
      return Number.NaN;
    }
  }
  // 两万五: a digit straight after a unit, no 零 between, counts in the next lower place.
  const tail = digit === null ? 0 : digit * (s.at(-2) === '零' ? 1 : Math.max(1, lastUnit / 10));
  return total + section + tail;
}

/** A Chinese numeral with an optional decimal part: 三点五 → 3.5. */
export function parseChinese(s: string): number {
  const [whole = '', fraction] = s.split('点');
  const n = parseChineseInteger(whole);
  if (fraction === undefined) return n;
  const f = digitByDigit(fraction);
  return Number.isNaN(f) || !fraction
    ? Number.NaN
    : Number(`${n}.${String(f).padStart(fraction.length, '0')}`);
}
