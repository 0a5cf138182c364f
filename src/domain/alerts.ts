// Alerts: when a commitment slips, the people who own or follow it hear once. The rules are pure:
// each indicator carries a small remembered state (its status, whether its figure is overdue,
// whether its milestone is past due, the target in force), and an evaluation compares the state
// now with the one remembered. A change that is worse is an event; the new state is remembered
// with it, in the same transaction, so each change makes one event however often, and on however
// many instances, the evaluation runs.
import type { Account } from './accounts';
import { auditEntrySchema, type AuditEntry } from './audit';
import { addDays } from './dates';
import { z } from './zod';
import {
  isoDateSchema,
  milestoneUpdateSchema,
  observationSchema,
  type Indicator,
  type IsoDate,
  type MilestoneUpdate,
  type Observation,
  type Target,
} from './schemas';
import { assess, currentTarget, STATUSES, type Reason, type Status } from './status';

export const ALERT_KINDS = ['statusWorse', 'overdue', 'milestonePastDue', 'targetChanged'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What an evaluation remembers of an indicator. */
export interface AlertState {
  status: Status | null;
  stale: boolean;
  pastDue: boolean;
  /**
   * The target in force, as the change that set it (when, what, by when, how compared): a second
   * change on the same day is a change too. Null: none.
   */
  target: string | null;
  /** The indicator's version when it was seen: changes since are the records newer than it. */
  version: number;
}

const statusSchema = z.enum(STATUSES);

/** The status engine's reasons, as an event remembers the one behind its verdict. */
const REASONS = [
  'targetMet',
  'growthRatio',
  'targetDatePassed',
  'singleValue',
  'noTarget',
  'noObservations',
  'noRequiredChange',
  'milestoneDone',
  'milestoneDelayed',
  'milestonePastDue',
  'milestoneNotStartedLate',
  'milestoneNotStarted',
  'milestoneInProgress',
  'noUpdates',
  'targetMetWhenSet',
  'context',
] as const satisfies readonly Reason[];

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
  /**
   * The recorded change behind the event (a figure, a progress update, a target), when one was:
   * who recorded it and when, what it was before and after. Without the sign-in name.
   */
  change: z.optional(auditEntrySchema),
  /** The figure or progress update in force when the event was raised (overdue, past due). */
  latest: z.optional(z.nullable(z.union([observationSchema, milestoneUpdateSchema]))),
  /** statusWorse: why the status is what it is now (the status engine's reason). */
  reason: z.optional(z.enum(REASONS)),
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
  const target =
    indicator.kind === 'quantitative'
      ? targetIdentity(currentTarget(indicator.targets, today).target)
      : null;
  return { status: a.status, stale: a.stale, pastDue, target, version: indicator.version ?? 1 };
}

/** A target as the change that set it: a change on the same day to another value is another. */
export function targetIdentity(target: Target | null): string | null {
  return target
    ? [target.setOn, target.value, target.date, target.comparator, target.provenance.kind].join('|')
    : null;
}

/** A change as an event carries it: without the sign-in name (it goes to chat groups too). */
function asCarried(entry: AuditEntry | undefined): { change?: AuditEntry } {
  if (!entry) return {};
  const change = { ...entry };
  delete change.account;
  return { change };
}

/** The record in force: the newest figure or progress update. */
function latestRecord(indicator: Indicator): Observation | MilestoneUpdate | null {
  const records: readonly (Observation | MilestoneUpdate)[] =
    indicator.kind === 'quantitative' ? indicator.observations : indicator.updates;
  let newest: Observation | MilestoneUpdate | null = null;
  for (const r of records) if (newest === null || r.date >= newest.date) newest = r;
  return newest;
}

/**
 * The events between what was remembered and what is now, and the state to remember. With
 * nothing remembered (the first evaluation after start-up or after an indicator is added) the
 * state is remembered without events: a first start does not flood anyone's inbox.
 * `audit`: the indicator's recorded changes, newest first (at least those since the remembered
 * version): who recorded the change behind an event, when, and the admin's reason for a target.
 */
export function evaluateAlerts(
  indicator: Indicator,
  remembered: AlertState | null,
  today: IsoDate,
  audit: readonly AuditEntry[] = [],
): { events: AlertEvent[]; state: AlertState } {
  const state = alertStateOf(indicator, today);
  if (remembered === null) return { events: [], state };
  const a = assess(indicator, today);
  const illustrative = a.illustrative.length > 0;
  const id = indicator.id;
  const events: AlertEvent[] = [];
  // The changes recorded since the state was remembered, newest first.
  const since = audit.filter((e) => (e.version ?? 0) > remembered.version);
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
      reason: a.reason,
      ...asCarried(since[0]),
      latest: latestRecord(indicator),
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
      // The reporting cadence is the data set's, not the source's.
      illustrative: true,
      latest: latestRecord(indicator),
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
      latest: latestRecord(indicator),
    });
  }
  if (
    indicator.kind === 'quantitative' &&
    state.target !== null &&
    state.target !== remembered.target
  ) {
    const target = currentTarget(indicator.targets, today).target;
    if (target) {
      // The change that set it: the newest target change since, or one that set this target.
      const change =
        since.find((e) => e.field === 'target') ??
        audit.find((e) => e.field === 'target' && targetIdentity(e.after) === state.target);
      const reason = change?.field === 'target' ? change.reason : undefined;
      events.push({
        // Identified by the change (the version it made), not by its date.
        key: `targetChanged:${id}:v${indicator.version ?? 1}:${targetIdentity(target)}`,
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
        ...asCarried(change),
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
