// Alerts: when a commitment slips, the people who own or follow it hear once. The rules are pure:
// each indicator carries a small remembered state (its status, whether its figure is overdue,
// whether its milestone is past due, the target in force), and an evaluation compares the state
// now with the one remembered. A change that is worse is an event; the new state is remembered
// with it, in the same transaction, so each change makes one event however often, and on however
// many instances, the evaluation runs.
import type { Account } from './accounts';
import type { AuditEntry } from './audit';
import { addDays } from './dates';
import { z } from './zod';
import { isoDateSchema, type Indicator, type IsoDate } from './schemas';
import { assess, currentTarget, STATUSES, type Status } from './status';

export const ALERT_KINDS = ['statusWorse', 'overdue', 'milestonePastDue', 'targetChanged'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What an evaluation remembers of an indicator. */
export interface AlertState {
  status: Status | null;
  stale: boolean;
  pastDue: boolean;
  /** When the target in force was set (null: none). */
  targetSetOn: IsoDate | null;
}

const statusSchema = z.enum(STATUSES);

export const alertEventSchema = z.object({
  /** Unique per change: the same change evaluated twice has the same key. */
  key: z.string(),
  kind: z.enum(ALERT_KINDS),
  indicatorId: z.string(),
  /** The day the change was seen (Nanjing). */
  on: isoDateSchema,
  /** statusWorse: from and to. */
  from: z.optional(z.nullable(statusSchema)),
  to: z.optional(z.nullable(statusSchema)),
  /** The verdict rests on an illustrative input: every message marks it 示意 / illustrative. */
  illustrative: z.boolean(),
  /** overdue: the day the figure fell due; milestonePastDue: the due date. */
  due: z.optional(isoDateSchema),
  /** targetChanged: the value and date in force now, and the admin's reason when one gave it. */
  target: z.optional(
    z.object({
      value: z.number(),
      date: isoDateSchema,
      reason: z.optional(z.string()),
      by: z.optional(z.string()),
    }),
  ),
});
export type AlertEvent = z.infer<typeof alertEventSchema>;

/** How bad a status is; a rise is a slip. Achieved, no data and no status are not on the scale. */
const SEVERITY: Partial<Record<Status, number>> = { onTrack: 0, atRisk: 1, offTrack: 2 };

export function isWorse(from: Status | null, to: Status | null): boolean {
  const a = from === null ? undefined : SEVERITY[from];
  const b = to === null ? undefined : SEVERITY[to];
  return a !== undefined && b !== undefined && b > a;
}

export function alertStateOf(indicator: Indicator, today: IsoDate): AlertState {
  const a = assess(indicator, today);
  const pastDue =
    indicator.kind === 'milestone' &&
    today > indicator.due.date &&
    a.reason !== 'milestoneDone' &&
    a.status !== 'achieved';
  const targetSetOn =
    indicator.kind === 'quantitative'
      ? (currentTarget(indicator.targets, today).target?.setOn ?? null)
      : null;
  return { status: a.status, stale: a.stale, pastDue, targetSetOn };
}

/**
 * The events between what was remembered and what is now, and the state to remember. With
 * nothing remembered (the first evaluation after start-up or after an indicator is added) the
 * state is remembered without events: a first start does not flood anyone's inbox.
 * `targetAudit`: the indicator's target changes made through the API, newest first, for the
 * admin's reason.
 */
export function evaluateAlerts(
  indicator: Indicator,
  remembered: AlertState | null,
  today: IsoDate,
  targetAudit: readonly AuditEntry[] = [],
): { events: AlertEvent[]; state: AlertState } {
  const state = alertStateOf(indicator, today);
  if (remembered === null) return { events: [], state };
  const a = assess(indicator, today);
  const illustrative = a.illustrative.length > 0;
  const id = indicator.id;
  const events: AlertEvent[] = [];
  if (isWorse(remembered.status, state.status)) {
    events.push({
      // The version tells a second slip after a recovery from the same slip seen twice.
      key: `statusWorse:${id}:v${indicator.version ?? 1}:${today}:${remembered.status ?? '-'}>${state.status ?? '-'}`,
      kind: 'statusWorse',
      indicatorId: id,
      on: today,
      from: remembered.status,
      to: state.status,
      illustrative,
    });
  }
  if (state.stale && !remembered.stale && a.ageDays !== null && a.staleAfterDays !== null) {
    const due = addDays(today, a.staleAfterDays - a.ageDays);
    events.push({
      key: `overdue:${id}:${due}`,
      kind: 'overdue',
      indicatorId: id,
      on: today,
      due,
      illustrative: false,
    });
  }
  if (state.pastDue && !remembered.pastDue && indicator.kind === 'milestone') {
    events.push({
      key: `milestonePastDue:${id}:${indicator.due.date}`,
      kind: 'milestonePastDue',
      indicatorId: id,
      on: today,
      due: indicator.due.date,
      illustrative: indicator.due.provenance.kind === 'illustrative',
    });
  }
  if (
    indicator.kind === 'quantitative' &&
    state.targetSetOn !== null &&
    state.targetSetOn !== remembered.targetSetOn
  ) {
    const target = currentTarget(indicator.targets, today).target;
    if (target) {
      const change = targetAudit.find(
        (e) => e.field === 'target' && e.after.setOn === target.setOn,
      );
      const reason = change?.field === 'target' ? change.reason : undefined;
      events.push({
        key: `targetChanged:${id}:${target.setOn}:${target.value}:${target.date}`,
        kind: 'targetChanged',
        indicatorId: id,
        on: today,
        target: {
          value: target.value,
          date: target.date,
          ...(reason ? { reason } : {}),
          ...(change ? { by: change.author } : {}),
        },
        illustrative: target.provenance.kind === 'illustrative',
      });
    }
  }
  return { events, state };
}

/** What someone follows: an indicator, a thrust or a department. */
export interface Follow {
  username: string;
  kind: 'indicator' | 'thrust' | 'department';
  id: string;
}

/**
 * Who hears of an event: the active editors of a department that owns the indicator, and anyone
 * active who follows the indicator, its thrust or one of its owning departments. Each once.
 */
export function recipientsOf(
  indicator: Pick<Indicator, 'id' | 'thrustId' | 'ownerIds'>,
  accounts: readonly Pick<Account, 'username' | 'role' | 'departments' | 'disabled'>[],
  follows: readonly Follow[],
): string[] {
  const active = new Set(accounts.filter((a) => !a.disabled).map((a) => a.username));
  const owners = accounts
    .filter((a) => a.role === 'editor' && a.departments.some((d) => indicator.ownerIds.includes(d)))
    .map((a) => a.username);
  const followers = follows
    .filter(
      (f) =>
        (f.kind === 'indicator' && f.id === indicator.id) ||
        (f.kind === 'thrust' && f.id === indicator.thrustId) ||
        (f.kind === 'department' && indicator.ownerIds.includes(f.id)),
    )
    .map((f) => f.username);
  return [...new Set([...owners, ...followers])].filter((u) => active.has(u)).sort();
}

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
