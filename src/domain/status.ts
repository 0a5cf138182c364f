// The status engine: progress, expected value and status of an indicator on a given day, with the
// inputs it used so the interface can say why. Method: Statistics Canada / Open SDG progress
// measure (ratio of observed to required growth rate), see README "Status method".
import { byDate, daysBetween, yearsBetween } from './dates';
import type {
  Cadence,
  Indicator,
  IsoDate,
  MilestoneIndicator,
  MilestoneState,
  Observation,
  QuantitativeIndicator,
  Qualifier,
  Target,
} from './schemas';

export const STATUSES = ['achieved', 'onTrack', 'atRisk', 'offTrack', 'insufficientData'] as const;
export type Status = (typeof STATUSES)[number];

/** Open SDG's four bands of the growth ratio, kept so the reason can name the band. */
export type ProgressBand = 'substantial' | 'moderate' | 'limited' | 'deteriorating';

export const THRESHOLDS = {
  /** ratio ≥ 0.95: substantial progress, on track */
  onTrack: 0.95,
  /** 0.6 ≤ ratio < 0.95: moderate progress, at risk */
  atRisk: 0.6,
  /** An "about" target counts as met within this share of the target. */
  aboutTolerance: 0.05,
} as const;

/** Days after which the newest figure is older than its reporting cadence allows. */
export const STALE_AFTER_DAYS: Record<Cadence, number | null> = {
  monthly: 45,
  quarterly: 120,
  semiannual: 240,
  annual: 500,
  oneOff: null,
};

export type Reason =
  | 'targetMet'
  | 'growthRatio'
  | 'targetDatePassed'
  | 'singleValue'
  | 'noTarget'
  | 'noObservations'
  | 'noRequiredChange'
  | 'milestoneDone'
  | 'milestoneDelayed'
  | 'milestonePastDue'
  | 'milestoneNotStartedLate'
  | 'milestoneNotStarted'
  | 'milestoneInProgress'
  | 'noUpdates'
  /** An illustrative target already met on the day it was set: met by construction, not by progress. */
  | 'targetMetWhenSet'
  /** A context figure with no target: it describes the setting and carries no status. */
  | 'context';

/**
 * An input a status rests on that this data set made up (示意): the baseline, the latest value,
 * the target's value or its date; a milestone's due date or its progress update.
 */
export type IllustrativeInput =
  'baseline' | 'latest' | 'target' | 'targetDate' | 'due' | 'progress';
/** The order the reasons name illustrative inputs in. */
export const ILLUSTRATIVE_INPUTS: readonly IllustrativeInput[] = [
  'baseline',
  'latest',
  'target',
  'targetDate',
  'due',
  'progress',
];

export interface QuantitativeInputs {
  kind: 'quantitative';
  today: IsoDate;
  latest: Observation | null;
  baseline: { date: IsoDate; value: number } | null;
  target: Target | null;
  supersededTargets: Target[];
  /** Share of the way from baseline to target, 0 = at baseline, 1 = at target (not clamped). */
  progress: number | null;
  /** Value expected on the latest observation's date on the path from baseline to target. */
  expectedAtLatest: number | null;
  /** Value expected today on that path. */
  expectedToday: number | null;
  observedRate: number | null;
  requiredRate: number | null;
  /** Observed over required growth rate: the Open SDG measure. */
  ratio: number | null;
  band: ProgressBand | null;
  /** `compound` growth rates, or `linear` when a value is zero or negative. */
  method: 'compound' | 'linear' | null;
  approximate: Exclude<Qualifier, 'exact'> | null;
}

export interface MilestoneInputs {
  kind: 'milestone';
  today: IsoDate;
  state: MilestoneState | null;
  stateDate: IsoDate | null;
  due: IsoDate;
  start: IsoDate;
  /** Share of the time from start to due that has passed. */
  elapsed: number;
}

export interface Assessment {
  /** `null` for a context figure without a target: no status at all, so no badge. */
  status: Status | null;
  reason: Reason;
  /**
   * The illustrative inputs this status rests on, in ILLUSTRATIVE_INPUTS order. Not empty means
   * the verdict is itself illustrative and is shown with the 示意 mark.
   */
  illustrative: IllustrativeInput[];
  stale: boolean;
  /** Days since the newest figure or update, null when there is none. */
  ageDays: number | null;
  staleAfterDays: number | null;
  inputs: QuantitativeInputs | MilestoneInputs;
}

export function assess(indicator: Indicator, today: IsoDate): Assessment {
  return indicator.kind === 'quantitative'
    ? assessQuantitative(indicator, today)
    : assessMilestone(indicator, today);
}

/** The target in force on `today` (the latest set on or before it) and those it superseded. */
export function currentTarget(
  targets: readonly Target[],
  today: IsoDate,
): { target: Target | null; superseded: Target[] } {
  const inForce = targets
    .filter((t) => t.setOn <= today)
    .sort((a, b) => (a.setOn < b.setOn ? -1 : 1));
  const target = inForce.at(-1) ?? null;
  return { target, superseded: inForce.slice(0, -1) };
}

export function meetsTarget(
  value: number,
  target: Pick<Target, 'value' | 'comparator'>,
  direction: QuantitativeIndicator['direction'],
): boolean {
  switch (target.comparator) {
    case 'atLeast':
      return value >= target.value;
    case 'atMost':
      return value <= target.value;
    case 'about': {
      const better = direction === 'higherIsBetter' ? value >= target.value : value <= target.value;
      const close =
        Math.abs(value - target.value) <= THRESHOLDS.aboutTolerance * Math.abs(target.value);
      return better || close;
    }
  }
}

export function bandOf(ratio: number): ProgressBand {
  if (ratio >= THRESHOLDS.onTrack) return 'substantial';
  if (ratio >= THRESHOLDS.atRisk) return 'moderate';
  if (ratio >= 0) return 'limited';
  return 'deteriorating';
}

export function statusOfBand(band: ProgressBand): Status {
  if (band === 'substantial') return 'onTrack';
  if (band === 'moderate') return 'atRisk';
  return 'offTrack';
}

/** Rate of change per year: compound where both values are positive, otherwise linear. */
function rate(from: number, to: number, years: number, method: 'compound' | 'linear'): number {
  return method === 'compound' ? (to / from) ** (1 / years) - 1 : (to - from) / years;
}

/** The value on the path from the baseline at `rate` after `years`. */
export function pathValue(
  base: number,
  perYear: number,
  years: number,
  method: 'compound' | 'linear',
): number {
  return method === 'compound' ? base * (1 + perYear) ** years : base + perYear * years;
}

function staleness(cadence: Cadence, latestDate: IsoDate | null, today: IsoDate) {
  const staleAfterDays = STALE_AFTER_DAYS[cadence];
  const ageDays = latestDate ? daysBetween(latestDate, today) : null;
  const stale = staleAfterDays !== null && ageDays !== null && ageDays > staleAfterDays;
  return { staleAfterDays, ageDays, stale };
}

function assessQuantitative(ind: QuantitativeIndicator, today: IsoDate): Assessment {
  const observations = ind.observations.filter((o) => o.date <= today).sort(byDate);
  const latest = observations.at(-1) ?? null;
  const first = observations[0] ?? null;
  const baseline = ind.baseline
    ? { date: ind.baseline.date, value: ind.baseline.value }
    : first
      ? { date: first.date, value: first.value }
      : null;
  const { target, superseded } = currentTarget(ind.targets, today);
  const inputs: QuantitativeInputs = {
    kind: 'quantitative',
    today,
    latest,
    baseline,
    target,
    supersededTargets: superseded,
    progress: null,
    expectedAtLatest: null,
    expectedToday: null,
    observedRate: null,
    requiredRate: null,
    ratio: null,
    band: null,
    method: null,
    approximate: latest && latest.qualifier !== 'exact' ? latest.qualifier : null,
  };
  const age = staleness(ind.cadence, latest?.date ?? null, today);
  const baselineProvenance = ind.baseline?.provenance ?? first?.provenance;
  const made: Record<IllustrativeInput, boolean> = {
    baseline: baselineProvenance?.kind === 'illustrative',
    latest: latest?.provenance.kind === 'illustrative',
    target: target?.provenance.kind === 'illustrative',
    targetDate: (target?.dateProvenance ?? target?.provenance)?.kind === 'illustrative',
    due: false,
    progress: false,
  };
  const result = (
    status: Status | null,
    reason: Reason,
    restsOn: readonly IllustrativeInput[] = [],
  ): Assessment => ({
    status,
    reason,
    illustrative: ILLUSTRATIVE_INPUTS.filter((k) => restsOn.includes(k) && made[k]),
    inputs,
    ...age,
    // A context figure is not a commitment: nothing to bring up to date for.
    ...(status === null ? { stale: false } : {}),
  });

  if (!latest) {
    return ind.context && !target
      ? result(null, 'context')
      : result('insufficientData', 'noObservations');
  }
  if (!target)
    return ind.context ? result(null, 'context') : result('insufficientData', 'noTarget');

  if (baseline && target.value !== baseline.value) {
    inputs.progress = (latest.value - baseline.value) / (target.value - baseline.value);
  }
  if (meetsTarget(latest.value, target, ind.direction)) {
    if (inputs.progress === null) inputs.progress = 1;
    // A target this data set drew up around a figure it already knew proves nothing.
    if (target.provenance.kind === 'illustrative' && latest.date <= target.setOn) {
      return result('insufficientData', 'targetMetWhenSet', ['latest', 'target']);
    }
    return result('achieved', 'targetMet', ['latest', 'target']);
  }
  // One figure, or a baseline on the same day: achieved or not, never a trend.
  if (!baseline || latest.date <= baseline.date) {
    return result('insufficientData', 'singleValue', ['latest', 'target']);
  }

  const method = baseline.value > 0 && target.value > 0 && latest.value > 0 ? 'compound' : 'linear';
  const requiredYears = yearsBetween(baseline.date, target.date);
  const requiredRate =
    requiredYears > 0 ? rate(baseline.value, target.value, requiredYears, method) : null;
  const observedRate = rate(
    baseline.value,
    latest.value,
    yearsBetween(baseline.date, latest.date),
    method,
  );
  inputs.method = method;
  inputs.observedRate = observedRate;
  inputs.requiredRate = requiredRate;
  if (requiredRate !== null) {
    const toPath = (date: IsoDate) =>
      pathValue(
        baseline.value,
        requiredRate,
        Math.min(yearsBetween(baseline.date, date), requiredYears),
        method,
      );
    inputs.expectedAtLatest = toPath(latest.date);
    inputs.expectedToday = toPath(today);
  }

  if (today > target.date) {
    return result('offTrack', 'targetDatePassed', ['latest', 'target', 'targetDate']);
  }
  if (requiredRate === null || requiredRate === 0) {
    return result('offTrack', 'noRequiredChange', ['baseline', 'latest', 'target']);
  }

  inputs.ratio = observedRate / requiredRate;
  inputs.band = bandOf(inputs.ratio);
  return result(statusOfBand(inputs.band), 'growthRatio', [
    'baseline',
    'latest',
    'target',
    'targetDate',
  ]);
}

function assessMilestone(ind: MilestoneIndicator, today: IsoDate): Assessment {
  const updates = ind.updates.filter((u) => u.date <= today).sort(byDate);
  const latest = updates.at(-1) ?? null;
  const start = ind.commitment.date;
  const span = daysBetween(start, ind.due.date);
  const inputs: MilestoneInputs = {
    kind: 'milestone',
    today,
    state: latest?.state ?? null,
    stateDate: latest?.date ?? null,
    due: ind.due.date,
    start,
    elapsed: span > 0 ? daysBetween(start, today) / span : 1,
  };
  const age = staleness(ind.cadence, latest?.date ?? null, today);
  const made: Record<IllustrativeInput, boolean> = {
    baseline: false,
    latest: false,
    target: false,
    targetDate: false,
    due: ind.due.provenance.kind === 'illustrative',
    progress: latest?.provenance.kind === 'illustrative',
  };
  const result = (
    status: Status,
    reason: Reason,
    restsOn: readonly IllustrativeInput[],
    stale = age.stale,
  ): Assessment => ({
    status,
    reason,
    illustrative: ILLUSTRATIVE_INPUTS.filter((k) => restsOn.includes(k) && made[k]),
    inputs,
    ...age,
    stale,
  });

  if (!latest) return result('insufficientData', 'noUpdates', []);
  // A finished milestone has nothing left to report, so it cannot go stale.
  if (latest.state === 'done') return result('achieved', 'milestoneDone', ['progress'], false);
  if (latest.state === 'delayed') return result('offTrack', 'milestoneDelayed', ['progress']);
  if (today > ind.due.date) return result('offTrack', 'milestonePastDue', ['progress', 'due']);
  if (latest.state === 'notStarted') {
    return inputs.elapsed > 0.5
      ? result('atRisk', 'milestoneNotStartedLate', ['progress', 'due'])
      : result('onTrack', 'milestoneNotStarted', ['progress', 'due']);
  }
  return result('onTrack', 'milestoneInProgress', ['progress', 'due']);
}

/**
 * Whether an indicator belongs on the "needs attention" list: off track, at risk or without data
 * to judge, or stale though otherwise on track. An achieved commitment stays achieved however old
 * its figure, and a context figure carries no status to attend to.
 */
export function needsAttention(a: Pick<Assessment, 'status' | 'stale'>): boolean {
  return attentionRank(a) < ATTENTION_RANKS.none;
}

const ATTENTION_RANKS = { offTrack: 0, atRisk: 1, insufficientData: 2, staleOnly: 3, none: 4 };

/** Worst first: 滞后 0, 需关注 1, 数据不足 2, 待更新 alone 3; 4 for what needs no attention. */
export function attentionRank(a: Pick<Assessment, 'status' | 'stale'>): number {
  if (a.status === 'offTrack') return ATTENTION_RANKS.offTrack;
  if (a.status === 'atRisk') return ATTENTION_RANKS.atRisk;
  if (a.status === 'insufficientData') return ATTENTION_RANKS.insufficientData;
  if (a.status === 'onTrack' && a.stale) return ATTENTION_RANKS.staleOnly;
  return ATTENTION_RANKS.none;
}

type Ranked = {
  indicator: Pick<Indicator, 'id' | 'factCode'>;
  assessment: Pick<Assessment, 'status' | 'stale'>;
};

/**
 * The one order of the attention list, on the desk and on the wall: worst status first (滞后,
 * 需关注, 数据不足, then 待更新 alone); within a status a stale figure before a fresh one; then
 * headline facts by code, then by id, so ties fall the same way everywhere.
 */
export function compareForAttention(a: Ranked, b: Ranked): number {
  return (
    attentionRank(a.assessment) - attentionRank(b.assessment) ||
    Number(b.assessment.stale) - Number(a.assessment.stale) ||
    (a.indicator.factCode ?? 'Z').localeCompare(b.indicator.factCode ?? 'Z') ||
    a.indicator.id.localeCompare(b.indicator.id)
  );
}

/** Counts by status; a context figure (no status) is not counted. */
export function countByStatus(assessments: readonly Pick<Assessment, 'status' | 'stale'>[]): Record<
  Status,
  number
> & {
  stale: number;
} {
  const counts = { achieved: 0, onTrack: 0, atRisk: 0, offTrack: 0, insufficientData: 0, stale: 0 };
  for (const a of assessments) {
    if (a.status !== null) counts[a.status] += 1;
    if (a.stale) counts.stale += 1;
  }
  return counts;
}

const reviewRank = (status: Status | null) => (status === null ? -1 : STATUSES.indexOf(status));

/**
 * The order commitments are listed in on the thrust page, the brief and the slides: by status,
 * insufficient data and off track first, achieved last, context figures after them; then headline
 * facts by code, then by id.
 */
export function compareForReview(
  a: { indicator: Pick<Indicator, 'id' | 'factCode'>; assessment: Pick<Assessment, 'status'> },
  b: { indicator: Pick<Indicator, 'id' | 'factCode'>; assessment: Pick<Assessment, 'status'> },
): number {
  return (
    reviewRank(b.assessment.status) - reviewRank(a.assessment.status) ||
    (a.indicator.factCode ?? 'Z').localeCompare(b.indicator.factCode ?? 'Z') ||
    a.indicator.id.localeCompare(b.indicator.id)
  );
}
