import { describe, expect, it } from 'vitest';
import { buildIndicatorSeries } from './series';
import { assess } from './status';
import type { QuantitativeIndicator } from './schemas';

const cite = {
  speaker: { zh: '陈之常', en: 'Chen Zhichang' },
  role: { zh: '市长', en: 'Mayor' },
  departmentId: 'gov-mayor',
  date: '2024-05-16',
  source: { zh: '南京发布', en: 'Nanjing Release' },
  event: { zh: '发布会', en: 'Press conference' },
  quote: '示例',
};
const ind: QuantitativeIndicator = {
  kind: 'quantitative',
  id: 'x',
  headline: false,
  thrustId: 'T1',
  thrustAssignment: 'source',
  name: { zh: '指标', en: 'Indicator' },
  description: { zh: '说明', en: 'Description' },
  ownerIds: ['gov-mayor'],
  ownerProvenance: 'reported',
  commitment: cite,
  cadence: 'annual',
  unit: { kind: 'count', label: { zh: '家', en: 'firms' } },
  direction: 'higherIsBetter',
  targets: [
    {
      value: 200,
      date: '2026-01-01',
      comparator: 'atLeast',
      setOn: '2022-01-01',
      provenance: { kind: 'illustrative' },
    },
    {
      value: 250,
      date: '2027-01-01',
      comparator: 'atLeast',
      setOn: '2024-09-01',
      provenance: { kind: 'illustrative' },
    },
  ],
  observations: [
    {
      date: '2024-05-16',
      value: 140,
      qualifier: 'over',
      provenance: { kind: 'reported', citation: cite },
    },
    { date: '2022-01-01', value: 100, qualifier: 'exact', provenance: { kind: 'illustrative' } },
  ],
};

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
