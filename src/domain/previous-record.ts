// Which earlier record a change is compared with: shared by the entry rules and the audit trail's
// reading of a change, in a module of its own so the audit trail does not carry the entry rules.
import { byDate } from './dates';
import type { IsoDate } from './schemas';

/**
 * The record a change is compared with: the one on the same date (which it replaces), or else
 * the latest one before it (the figure it follows). Null for the first.
 */
export function previousRecord<T extends { date: IsoDate }>(
  records: readonly T[],
  date: IsoDate,
): { previous: T | null; replaced: boolean } {
  const same = records.find((r) => r.date === date);
  if (same) return { previous: same, replaced: true };
  const earlier = records.filter((r) => r.date < date).sort(byDate);
  return { previous: earlier.at(-1) ?? null, replaced: false };
}
