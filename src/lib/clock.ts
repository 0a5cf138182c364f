// The current time, behind one seam so tests can fix "today" without fake timers.
import { toIsoDate } from '@/domain/dates';

export const clock = {
  now: (): Date => new Date(),
};

export function todayIso(): string {
  return toIsoDate(clock.now());
}
