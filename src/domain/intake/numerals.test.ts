import { describe, expect, it } from 'vitest';
import { asciiDigits, parseArabic, parseChinese, parseChineseInteger } from './numerals';

describe('parseArabic', () => {
  it.each([
    ['3500', 3500],
    ['1.82', 1.82],
    ['3,500', 3500],
    ['1,234,567.5', 1234567.5],
    ['３５００', 3500],
    ['１．８２', 1.82],
    ['0.6', 0.6],
  ])('%s is %d', (s, n) => {
    expect(parseArabic(s)).toBe(n);
  });

  it.each(['', '3.', '.5', '1,23', 'x1'])('%j is not a number', (s) => {
    expect(parseArabic(s)).toBeNaN();
  });
});

describe('parseChineseInteger', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百三十八', 138],
    ['一百零五', 105],
    ['两千', 2000],
    ['千', 1000],
    ['百', 100],
    ['三千五百', 3500],
    ['三千五', 3500],
    ['两万五', 25000],
    ['一万二千', 12000],
    ['三千五百万', 35_000_000],
    ['五万亿', 5e12],
    ['千亿', 1e11],
    ['万亿', 1e12],
    ['一亿二千万', 1.2e8],
    ['二〇二三', 2023],
    ['二零二五', 2025],
  ])('%s is %d', (s, n) => {
    expect(parseChineseInteger(s)).toBe(n);
  });

  it.each(['', '三x', '点'])('%j is not a number', (s) => {
    expect(parseChineseInteger(s)).toBeNaN();
  });
});

describe('parseChinese', () => {
  it.each([
    ['三点五', 3.5],
    ['十二点零五', 12.05],
    ['一百三十八', 138],
  ])('%s is %d', (s, n) => {
    expect(parseChinese(s)).toBe(n);
  });

  it('reads full-width digits as ASCII', () => {
    expect(asciiDigits('２０２３年１．５')).toBe('2023年1.5');
  });
});
