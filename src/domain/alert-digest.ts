// Digests: what an account hears about, gathered once a day or once a week: the events since the
// last digest, what falls due soon, and what is overdue.
import { alertStateOf, type AlertEvent } from './alerts';
import { addDays } from './dates';
import type { Indicator, IsoDate } from './schemas';
import { assess, currentTarget } from './status';

export interface Digest {
  /** Events since the last digest, oldest first. */
  changed: AlertEvent[];
  /** Milestones and targets due in the next `horizonDays` days, soonest first. */
  dueSoon: { indicatorId: string; due: IsoDate; what: 'milestone' | 'target' }[];
  /** Indicators whose figure is overdue or whose milestone is past due. */
  overdue: { indicatorId: string; since: IsoDate | null; what: 'figure' | 'milestone' }[];
}

/** A user's digest over the indicators they hear about. */
export function digestFor(
  indicators: readonly Indicator[],
  events: readonly AlertEvent[],
  today: IsoDate,
  horizonDays = 30,
): Digest {
  const until = addDays(today, horizonDays);
  const dueSoon: Digest['dueSoon'] = [];
  const overdue: Digest['overdue'] = [];
  for (const indicator of indicators) {
    const state = alertStateOf(indicator, today);
    if (indicator.kind === 'milestone') {
      if (state.pastDue) {
        overdue.push({ indicatorId: indicator.id, since: indicator.due.date, what: 'milestone' });
      } else if (
        state.status !== 'achieved' &&
        indicator.due.date >= today &&
        indicator.due.date <= until
      ) {
        dueSoon.push({ indicatorId: indicator.id, due: indicator.due.date, what: 'milestone' });
      }
    } else {
      const target = currentTarget(indicator.targets, today).target;
      if (target && state.status !== 'achieved' && target.date >= today && target.date <= until) {
        dueSoon.push({ indicatorId: indicator.id, due: target.date, what: 'target' });
      }
    }
    if (state.stale) {
      const a = assess(indicator, today);
      const since =
        a.ageDays !== null && a.staleAfterDays !== null
          ? addDays(today, a.staleAfterDays - a.ageDays)
          : null;
      overdue.push({ indicatorId: indicator.id, since, what: 'figure' });
    }
  }
  dueSoon.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const changed = [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return { changed, dueSoon, overdue };
}
