import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatRate,
  formatValue,
  numberInWords,
} from './format';
import type { Unit } from './schemas';

const yuan: Unit = { kind: 'currency', label: { zh: '元', en: 'yuan' } };
const items: Unit = { kind: 'count', label: { zh: '项', en: 'items' } };
const firms: Unit = { kind: 'count', label: { zh: '家', en: 'firms' } };
const persons: Unit = { kind: 'persons', label: { zh: '人', en: 'people' }, one: 'person' };
const firm: Unit = { ...firms, one: 'firm' };
const rank: Unit = { kind: 'rank', label: { zh: '位', en: 'rank' } };

describe('values the way the source writes them', () => {
  it.each([
    { value: 5e12, unit: yuan, q: 'over', zh: '超5万亿元', en: 'over 5 trillion yuan' },
    { value: 3500, unit: items, q: 'about', zh: '约3500项', en: 'about 3,500 items' },
    { value: 138, unit: firms, q: 'exact', zh: '138家', en: '138 firms' },
    { value: 35_000_000, unit: persons, q: 'over', zh: '超3500万人', en: 'over 35 million people' },
    { value: 1e11, unit: yuan, q: 'over', zh: '超1000亿元', en: 'over 100 billion yuan' },
    { value: 7, unit: rank, q: 'exact', zh: '第7位', en: '7th' },
    { value: 63, unit: rank, q: 'exact', zh: '第63位', en: '63rd' },
    { value: 1, unit: rank, q: 'exact', zh: '第1位', en: '1st' },
    { value: 12, unit: rank, q: 'exact', zh: '第12位', en: '12th' },
    { value: 3500, unit: items, q: 'nearly', zh: '近3500项', en: 'nearly 3,500 items' },
    { value: 400, unit: items, q: 'nearly', zh: '近400项', en: 'nearly 400 items' },
    { value: 10, unit: rank, q: 'withinTop', zh: '前十', en: 'top ten' },
    { value: 3, unit: rank, q: 'withinTop', zh: '前三', en: 'top three' },
    { value: 20, unit: rank, q: 'withinTop', zh: '前二十', en: 'top 20' },
    { value: 1, unit: firm, q: 'exact', zh: '1家', en: '1 firm' },
    { value: 2, unit: firm, q: 'exact', zh: '2家', en: '2 firms' },
    { value: 1, unit: items, q: 'exact', zh: '1项', en: '1 items' },
    { value: 1, unit: persons, q: 'exact', zh: '1人', en: '1 person' },
    { value: 1.5, unit: firm, q: 'exact', zh: '1.5家', en: '1.5 firms' },
    { value: 138, unit: firms, q: 'withinTop', zh: '138家', en: '138 firms' },
  ] as const)('$zh / $en', ({ value, unit, q, zh, en }) => {
    expect(formatValue(value, unit, 'zh', q)).toBe(zh);
    expect(formatValue(value, unit, 'en', q)).toBe(en);
  });

  it('keeps fractions of large units', () => {
    expect(formatNumber(1.25e12, 'zh')).toBe('1.25万亿');
    expect(formatNumber(1.25e12, 'en')).toBe('1.25 trillion');
  });
});

describe('small numbers in words, as in "top ten"', () => {
  it.each([
    [1, '一', 'one'],
    [10, '十', 'ten'],
    [12, '十二', '12'],
    [30, '三十', '30'],
    [99, '九十九', '99'],
    [100, '100', '100'],
  ])('%s is %s / %s', (n, zh, en) => {
    expect(numberInWords(n, 'zh')).toBe(zh);
    expect(numberInWords(n, 'en')).toBe(en);
  });
});

describe('dates and shares', () => {
  it('writes dates in each language', () => {
    expect(formatDate('2024-05-16', 'zh')).toBe('2024年5月16日');
    expect(formatDate('2024-05-16', 'en')).toBe('16 May 2024');
  });
  it('writes percentages and signed rates', () => {
    expect(formatPercent(0.456, 'zh')).toBe('46%');
    expect(formatRate(0.123, 'en')).toBe('+12.3%');
    expect(formatRate(-0.04, 'en')).toBe('-4%');
  });
});

describe('moments in the audit trail', () => {
  it.each([
    ['zh', 'Asia/Shanghai', '2026年11月26日 16:05'],
    ['en', 'Asia/Shanghai', '26 Nov 2026, 16:05'],
    ['en', 'UTC', '26 Nov 2026, 08:05'],
  ] as const)('%s in %s', (lang, zone, text) => {
    expect(formatDateTime('2026-11-26T08:05:00Z', lang, zone)).toBe(text);
  });
});
