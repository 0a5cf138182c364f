// The current time, behind one seam so tests can fix "today" without fake timers.
import { todayInShanghai } from '@/domain/dates';

export const clock = {
  now: (): Date => new Date(),
};

/** Today in Nanjing (Asia/Shanghai), whatever the zone of the browser's clock. */
export function todayIso(): string {
  return todayInShanghai(clock.now());
}
