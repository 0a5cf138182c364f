// What the view-shaping functions work on: an indicator with its assessment on the day shown.
import type { Indicator } from './schemas';
import type { Assessment } from './status';

export interface Assessed {
  indicator: Indicator;
  assessment: Assessment;
}

/** The items owned by any of `departments`, or all of them when none is given. */
export function ownedBy<T extends Assessed>(
  items: readonly T[],
  departments: readonly string[],
): T[] {
  return departments.length === 0
    ? [...items]
    : items.filter((a) => a.indicator.ownerIds.some((o) => departments.includes(o)));
}
