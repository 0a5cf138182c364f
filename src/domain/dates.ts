// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so a status never depends on the time zone.
import type { IsoDate } from './schemas';

const DAY_MS = 86_400_000;
export const DAYS_PER_YEAR = 365.25;

export function isoToUtcMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoToUtcMs(to) - isoToUtcMs(from)) / DAY_MS);
}

export function yearsBetween(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) / DAYS_PER_YEAR;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(isoToUtcMs(date) + days * DAY_MS));
}

export function byDate<T extends { date: IsoDate }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's calendar day in Nanjing (Asia/Shanghai, UTC+8 all year): the day the programme's
 * analysts live in, whatever the browser's or the server's clock zone. Before 08:00 in Nanjing the
 * UTC day is still yesterday.
 */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return shanghaiDay.format(now);
}
