// The status engine: progress, expected value and status of an indicator on a given day, with the
// inputs it used so the interface can say why. Method: Statistics Canada / Open SDG progress
// measure (ratio of observed to required growth rate), see docs/status-method.md.
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
  | 'noUpdates';

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
  approximate: Qualifier | null;
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
  status: Status;
  reason: Reason;
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
  const result = (status: Status, reason: Reason): Assessment => ({
    status,
    reason,
    inputs,
    ...age,
  });

  if (!latest) return result('insufficientData', 'noObservations');
  if (!target) return result('insufficientData', 'noTarget');

  if (baseline && target.value !== baseline.value) {
    inputs.progress = (latest.value - baseline.value) / (target.value - baseline.value);
  }
  if (meetsTarget(latest.value, target, ind.direction)) {
    if (inputs.progress === null) inputs.progress = 1;
    return result('achieved', 'targetMet');
  }
  // One figure, or a baseline on the same day: achieved or not, never a trend.
  if (!baseline || latest.date <= baseline.date) return result('insufficientData', 'singleValue');

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

  if (today > target.date) return result('offTrack', 'targetDatePassed');
  if (requiredRate === null || requiredRate === 0) return result('offTrack', 'noRequiredChange');

  inputs.ratio = observedRate / requiredRate;
  inputs.band = bandOf(inputs.ratio);
  return result(statusOfBand(inputs.band), 'growthRatio');
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
  const result = (status: Status, reason: Reason, stale = age.stale): Assessment => ({
    status,
    reason,
    inputs,
    ...age,
    stale,
  });

  if (!latest) return result('insufficientData', 'noUpdates');
  // A finished milestone has nothing left to report, so it cannot go stale.
  if (latest.state === 'done') return result('achieved', 'milestoneDone', false);
  if (latest.state === 'delayed') return result('offTrack', 'milestoneDelayed');
  if (today > ind.due.date) return result('offTrack', 'milestonePastDue');
  if (latest.state === 'notStarted') {
    return inputs.elapsed > 0.5
      ? result('atRisk', 'milestoneNotStartedLate')
      : result('onTrack', 'milestoneNotStarted');
  }
  return result('onTrack', 'milestoneInProgress');
}

/** Statuses that put an indicator on the "needs attention" list, worst first. */
export function needsAttention(a: Assessment): boolean {
  return a.status === 'offTrack' || a.status === 'atRisk' || a.stale;
}

export function attentionRank(a: Assessment): number {
  if (a.status === 'offTrack') return 0;
  if (a.status === 'atRisk') return 1;
  return 2;
}

export function countByStatus(assessments: readonly Assessment[]): Record<Status, number> & {
  stale: number;
} {
  const counts = { achieved: 0, onTrack: 0, atRisk: 0, offTrack: 0, insufficientData: 0, stale: 0 };
  for (const a of assessments) {
    counts[a.status] += 1;
    if (a.stale) counts.stale += 1;
  }
  return counts;
}

/**
 * The order commitments are listed in on the thrust page, the brief and the slides: by status,
 * insufficient data and off track first, achieved last; then headline facts by code, then by id.
 */
export function compareForReview(
  a: { indicator: Pick<Indicator, 'id' | 'factCode'>; assessment: Pick<Assessment, 'status'> },
  b: { indicator: Pick<Indicator, 'id' | 'factCode'>; assessment: Pick<Assessment, 'status'> },
): number {
  return (
    STATUSES.indexOf(b.assessment.status) - STATUSES.indexOf(a.assessment.status) ||
    (a.indicator.factCode ?? 'Z').localeCompare(b.indicator.factCode ?? 'Z') ||
    a.indicator.id.localeCompare(b.indicator.id)
  );
}
