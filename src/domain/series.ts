// Shapes an indicator into what its chart draws: observations by provenance, the required path
// from baseline to target, the targets (current and superseded) and the dated events to annotate.
import { isoToUtcMs, yearsBetween, byDate } from './dates';
import type { Assessment } from './status';
import { pathValue } from './status';
import type { IsoDate, QuantitativeIndicator, Qualifier, Target } from './schemas';

export interface ChartPoint {
  t: number;
  date: IsoDate;
  /** Every observation, so one line joins them; the dot shows its provenance. */
  observed?: number;
  provenance?: 'reported' | 'illustrative';
  qualifier?: Qualifier;
  /** The path at the rate needed to reach the target on time. */
  expected?: number;
}

export interface ChartTarget {
  t: number;
  value: number;
  comparator: Target['comparator'];
  provenance: 'reported' | 'illustrative';
  superseded: boolean;
}

export type ChartEventKind = 'source' | 'targetChange';
export interface ChartEvent {
  t: number;
  date: IsoDate;
  kind: ChartEventKind;
}

export interface IndicatorSeries {
  points: ChartPoint[];
  targets: ChartTarget[];
  events: ChartEvent[];
  xDomain: [number, number];
  /**
   * One tick a year. For an annual figure the tick stands in the middle of its year and a value
   * dated 31 December sits on it (its own year, not next year's tick); otherwise on 1 January.
   */
  xTicks: number[];
  /** `period`: ticks name the year a value belongs to; `instant`: ticks mark 1 January. */
  xTickKind: 'period' | 'instant';
  /** Where one year's band meets the next (1 January), drawn faintly when ticks name periods. */
  xBoundaries: number[];
  /** Round values (1, 2, 2.5 or 5 × 10ⁿ; whole numbers for counts and ranks) spanning the data. */
  yTicks: number[];
  yDomain: [number, number];
}

const PATH_STEPS = 12;

/** The middle of a year: where an annual value and its year's tick stand. */
const midYear = (year: number) => Date.UTC(year, 6, 2);
const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const isYearEnd = (date: IsoDate) => date.endsWith('-12-31');

/**
 * Where a date stands on the x axis. An annual figure dated 31 December is that year's figure, so
 * it stands mid-year, on its year's tick; any other date stands on its day. When moving year-end
 * values would change the order of the observations (a figure of August before one of 31
 * December), nothing moves.
 */
function xPositioner(indicator: QuantitativeIndicator): {
  at: (date: IsoDate) => number;
  kind: 'period' | 'instant';
} {
  const instant = { at: (d: IsoDate) => isoToUtcMs(d), kind: 'instant' as const };
  if (indicator.cadence !== 'annual') return instant;
  const period = (d: IsoDate) => (isYearEnd(d) ? midYear(yearOf(d)) : isoToUtcMs(d));
  const dates = indicator.observations.map((o) => o.date).sort();
  const moved = dates.map(period);
  const inOrder = moved.every((t, i) => i === 0 || t >= (moved[i - 1] ?? t));
  return inOrder ? { at: period, kind: 'period' } : instant;
}

/**
 * Round ticks spanning [min, max]: steps of 1, 2, 2.5 or 5 × 10ⁿ (whole steps when `integer`),
 * about `count` of them, none below `floor` (0 for counts, 1 for ranks).
 */
export function niceTicks(
  min: number,
  max: number,
  {
    count = 5,
    integer = false,
    floor = -Infinity,
  }: { count?: number; integer?: boolean; floor?: number } = {},
): number[] {
  let lo = min;
  let hi = max;
  if (hi === lo) {
    const d = Math.abs(lo) * 0.1 || 1;
    lo -= d;
    hi += d;
  }
  const raw = (hi - lo) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10]
    .map((m) => m * magnitude)
    .filter((st) => !integer || Number.isInteger(st));
  const step = integer
    ? Math.max(1, steps.find((st) => st >= raw) ?? Math.ceil(raw))
    : (steps.find((st) => st >= raw) ?? raw);
  // A hair's tolerance, so 250.0000001 off a computed path does not add a tick of its own.
  const first = Math.max(Math.floor(lo / step + 1e-9) * step, integer ? Math.ceil(floor) : floor);
  const start = Math.ceil(first / step) * step;
  const ticks: number[] = [];
  // A floor between two round values (rank 1 below 2, 4, 6…) is a tick only when not crowded.
  if (start - first >= step / 2) ticks.push(first);
  for (let v = start; v <= Math.ceil(hi / step - 1e-9) * step + step / 1e6; v += step) {
    ticks.push(Number(v.toPrecision(12)));
  }
  return ticks;
}

/**
 * How wide an axis must be for its longest label not to wrap: CJK characters are about 1 em wide,
 * Latin letters and digits about 0.6 em. Conservative, so a label never collides with the plot.
 */
export function axisLabelWidth(labels: readonly string[], fontSize: number): number {
  const width = (text: string) =>
    Array.from(text).reduce(
      (sum, ch) => sum + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.62) * fontSize,
      0,
    );
  return Math.ceil(Math.max(0, ...labels.map(width)) + fontSize);
}

export function buildIndicatorSeries(
  indicator: QuantitativeIndicator,
  assessment: Assessment,
  sourceDate: IsoDate,
): IndicatorSeries {
  const x = xPositioner(indicator);
  const points: ChartPoint[] = [...indicator.observations].sort(byDate).map((o) => ({
    t: x.at(o.date),
    date: o.date,
    observed: o.value,
    provenance: o.provenance.kind,
    qualifier: o.qualifier,
  }));

  const inputs = assessment.inputs;
  if (
    inputs.kind === 'quantitative' &&
    inputs.baseline &&
    inputs.target &&
    inputs.requiredRate !== null
  ) {
    const { baseline, target, requiredRate } = inputs;
    const method = inputs.method ?? 'linear';
    const years = yearsBetween(baseline.date, target.date);
    const [start, end] = [isoToUtcMs(baseline.date), isoToUtcMs(target.date)];
    // The path joins the baseline to the target where the chart draws them.
    const [from, to] = [x.at(baseline.date), x.at(target.date)];
    for (let i = 0; i <= PATH_STEPS; i += 1) {
      const date = new Date(start + ((end - start) * i) / PATH_STEPS).toISOString().slice(0, 10);
      points.push({
        t: from + ((to - from) * i) / PATH_STEPS,
        date,
        expected: pathValue(baseline.value, requiredRate, (years * i) / PATH_STEPS, method),
      });
    }
  }
  points.sort((a, b) => a.t - b.t);

  const current = inputs.kind === 'quantitative' ? inputs.target : null;
  const targets: ChartTarget[] = indicator.targets.map((tg) => ({
    t: x.at(tg.date),
    value: tg.value,
    comparator: tg.comparator,
    provenance: tg.provenance.kind,
    superseded: tg !== current,
  }));

  const sortedTargets = [...indicator.targets].sort((a, b) => (a.setOn < b.setOn ? -1 : 1));
  const events: ChartEvent[] = [{ t: isoToUtcMs(sourceDate), date: sourceDate, kind: 'source' }];
  for (const tg of sortedTargets.slice(1)) {
    events.push({ t: isoToUtcMs(tg.setOn), date: tg.setOn, kind: 'targetChange' });
  }

  const ts = [...points.map((p) => p.t), ...targets.map((t) => t.t), ...events.map((e) => e.t)];
  let xDomain: [number, number] = ts.length ? [Math.min(...ts), Math.max(...ts)] : [0, 1];
  const firstYear = new Date(xDomain[0]).getUTCFullYear();
  const lastYear = new Date(xDomain[1]).getUTCFullYear();
  const xTicks: number[] = [];
  const xBoundaries: number[] = [];
  if (x.kind === 'period') {
    // Each year a band from 1 January to 31 December, its tick in the middle.
    xDomain = [Date.UTC(firstYear, 0, 1), Date.UTC(lastYear, 11, 31)];
    for (let y = firstYear; y <= lastYear; y += 1) xTicks.push(midYear(y));
    for (let y = firstYear + 1; y <= lastYear; y += 1) xBoundaries.push(Date.UTC(y, 0, 1));
  } else {
    for (let y = firstYear; y <= lastYear + 1; y += 1) {
      const t = Date.UTC(y, 0, 1);
      if (t >= xDomain[0] && t <= xDomain[1]) xTicks.push(t);
    }
  }

  const values = [
    ...points.flatMap((p) => [p.observed, p.expected]),
    ...targets.map((t) => t.value),
  ].filter((v): v is number => v !== undefined);
  const rank = indicator.unit.kind === 'rank';
  const yTicks = values.length
    ? niceTicks(Math.min(...values), Math.max(...values), {
        integer: indicator.unit.kind !== 'currency',
        floor: rank ? 1 : Math.min(0, ...values),
      })
    : [0, 1];
  const yDomain: [number, number] = [yTicks[0] ?? 0, yTicks.at(-1) ?? 1];
  return {
    points,
    targets,
    events,
    xDomain,
    xTicks,
    xTickKind: x.kind,
    xBoundaries,
    yTicks,
    yDomain,
  };
}

/** The values a sparkline draws: observations in date order. */
export function sparklineValues(indicator: QuantitativeIndicator): { t: number; value: number }[] {
  return [...indicator.observations]
    .sort(byDate)
    .map((o) => ({ t: isoToUtcMs(o.date), value: o.value }));
}
