import { describe, expect, it } from 'vitest';
import { buildIndicatorSeries } from './series';
import { assess } from './status';
import { aCitation, anIndicator, anObservation, aTarget, reportedBy } from '@tests/factories';

const ind = anIndicator({
  id: 'x',
  targets: [
    aTarget(200, '2026-01-01', { setOn: '2022-01-01' }),
    aTarget(250, '2027-01-01', { setOn: '2024-09-01' }),
  ],
  observations: [
    anObservation('2024-05-16', 140, {
      qualifier: 'over',
      provenance: reportedBy(aCitation({ event: { zh: '发布会', en: 'Press conference' } })),
    }),
    anObservation('2022-01-01', 100),
  ],
});

describe('indicator chart series', () => {
  const series = buildIndicatorSeries(ind, assess(ind, '2025-01-01'), '2024-05-16');

  it('keeps each observation with its provenance, in date order', () => {
    const observed = series.points.filter((p) => p.observed !== undefined);
    expect(observed.map((p) => [p.date, p.observed, p.provenance])).toEqual([
      ['2022-01-01', 100, 'illustrative'],
      ['2024-05-16', 140, 'reported'],
    ]);
  });

  it('draws the required path from the baseline to the target in force', () => {
    const path = series.points.filter((p) => p.expected !== undefined);
    expect(path[0]).toMatchObject({ date: '2022-01-01', expected: 100 });
    expect(path.at(-1)?.expected).toBeCloseTo(250, 6);
    expect(path.at(-1)?.date).toBe('2027-01-01');
  });

  it('marks the superseded target and annotates the source date and the change of target', () => {
    expect(series.targets.map((t) => [t.value, t.superseded])).toEqual([
      [200, true],
      [250, false],
    ]);
    expect(series.events.map((e) => [e.kind, e.date])).toEqual([
      ['source', '2024-05-16'],
      ['targetChange', '2024-09-01'],
    ]);
  });
});
