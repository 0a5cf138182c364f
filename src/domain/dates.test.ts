import { describe, expect, it } from 'vitest';
import { todayInShanghai } from './dates';

describe('todayInShanghai', () => {
  it('is already the next day at 07:30 in Nanjing, while UTC is still on the previous one', () => {
    // 2026-12-01 07:30 in Nanjing is 2026-11-30 23:30 UTC.
    expect(todayInShanghai(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });
  it('is the same day as UTC in the afternoon', () => {
    expect(todayInShanghai(new Date('2026-12-01T06:00:00Z'))).toBe('2026-12-01');
  });
  it('turns at midnight Nanjing time (16:00 UTC)', () => {
    expect(todayInShanghai(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(todayInShanghai(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
  });
});
