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
  /** 1 January of each year in the domain: one tick a year, never two at one place. */
  xTicks: number[];
}

const PATH_STEPS = 12;

export function buildIndicatorSeries(
  indicator: QuantitativeIndicator,
  assessment: Assessment,
  sourceDate: IsoDate,
): IndicatorSeries {
  const points: ChartPoint[] = [...indicator.observations].sort(byDate).map((o) => ({
    t: isoToUtcMs(o.date),
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
    const start = isoToUtcMs(baseline.date);
    const end = isoToUtcMs(target.date);
    for (let i = 0; i <= PATH_STEPS; i += 1) {
      const t = start + ((end - start) * i) / PATH_STEPS;
      const date = new Date(t).toISOString().slice(0, 10);
      points.push({
        t,
        date,
        expected: pathValue(baseline.value, requiredRate, (years * i) / PATH_STEPS, method),
      });
    }
  }
  points.sort((a, b) => a.t - b.t);

  const current = inputs.kind === 'quantitative' ? inputs.target : null;
  const targets: ChartTarget[] = indicator.targets.map((tg) => ({
    t: isoToUtcMs(tg.date),
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
  const xDomain: [number, number] = ts.length ? [Math.min(...ts), Math.max(...ts)] : [0, 1];
  const xTicks: number[] = [];
  const firstYear = new Date(xDomain[0]).getUTCFullYear();
  const lastYear = new Date(xDomain[1]).getUTCFullYear();
  for (let y = firstYear; y <= lastYear + 1; y += 1) {
    const t = Date.UTC(y, 0, 1);
    if (t >= xDomain[0] && t <= xDomain[1]) xTicks.push(t);
  }
  return { points, targets, events, xDomain, xTicks };
}

/** The values a sparkline draws: observations in date order. */
export function sparklineValues(indicator: QuantitativeIndicator): { t: number; value: number }[] {
  return [...indicator.observations]
    .sort(byDate)
    .map((o) => ({ t: isoToUtcMs(o.date), value: o.value }));
}
