import { describe, expect, it } from 'vitest';
import { axisLabelWidth, buildIndicatorSeries, niceTicks, type IndicatorSeries } from './series';
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

describe('values on their own period', () => {
  const annual = (
    dates: string[],
    cadence: QuantitativeIndicator['cadence'] = 'annual',
  ): QuantitativeIndicator => ({
    ...ind,
    cadence,
    targets: [{ ...ind.targets[0]!, date: '2027-12-31' }],
    observations: dates.map((date, i) => ({
      date,
      value: 100 + i * 10,
      qualifier: 'exact' as const,
      provenance: { kind: 'illustrative' as const },
    })),
  });
  const yearOfTick = (series: IndicatorSeries, t: number) =>
    new Date(
      series.xTicks.reduce((best, x) => (Math.abs(x - t) < Math.abs(best - t) ? x : best)),
    ).getUTCFullYear();

  it.each([
    [
      'an annual value of 31 Dec 2023 sits on 2023’s tick',
      annual(['2022-12-31', '2023-12-31']),
      '2023-12-31',
      2023,
      true,
    ],
    [
      'a reported figure of 16 May 2024 stays on its day, nearest 2024',
      annual(['2023-12-31', '2024-05-16']),
      '2024-05-16',
      2024,
      false,
    ],
    [
      'an annual target of 31 Dec 2027 sits on 2027’s tick',
      annual(['2022-12-31']),
      '2027-12-31',
      2027,
      true,
    ],
  ])('%s', (_name, indicator, date, year, onTick) => {
    const series = buildIndicatorSeries(indicator, assess(indicator, '2025-01-01'), '2024-05-16');
    expect(series.xTickKind).toBe('period');
    const t =
      series.points.find((p) => p.date === date && p.observed !== undefined)?.t ??
      series.targets.find((tg) => tg.value === 200)!.t;
    expect(yearOfTick(series, t)).toBe(year);
    expect(series.xTicks.includes(t)).toBe(onTick);
    // every tick is inside the axis, in the middle of its year's band
    for (const tick of series.xTicks) {
      expect(tick).toBeGreaterThanOrEqual(series.xDomain[0]);
      expect(tick).toBeLessThanOrEqual(series.xDomain[1]);
    }
    expect(series.xBoundaries.every((b) => new Date(b).getUTCMonth() === 0)).toBe(true);
    expect(series.xBoundaries).toHaveLength(series.xTicks.length - 1);
  });

  it('leaves a half-yearly series on its days, with ticks on 1 January', () => {
    const indicator = annual(['2023-12-31', '2024-06-30'], 'semiannual');
    const series = buildIndicatorSeries(indicator, assess(indicator, '2025-01-01'), '2024-05-16');
    expect(series.xTickKind).toBe('instant');
    expect(series.xTicks.every((t) => new Date(t).getUTCMonth() === 0)).toBe(true);
  });

  it('moves nothing when moving year ends would reorder the values', () => {
    const indicator = annual(['2023-08-10', '2023-12-31']);
    const series = buildIndicatorSeries(indicator, assess(indicator, '2025-01-01'), '2024-05-16');
    expect(series.xTickKind).toBe('instant');
  });

  it('starts the required path at the baseline and ends it at the target, where they are drawn', () => {
    const indicator = annual(['2022-12-31', '2023-12-31']);
    const series = buildIndicatorSeries(indicator, assess(indicator, '2025-01-01'), '2024-05-16');
    const path = series.points.filter((p) => p.expected !== undefined);
    const base = series.points.find((p) => p.date === '2022-12-31' && p.observed !== undefined);
    expect(path[0]?.t).toBe(base?.t);
    expect(path.at(-1)?.t).toBe(series.targets[0]?.t);
  });
});

describe('round ticks', () => {
  it.each([
    [
      'GDP 4.45–6 trillion in steps of half a trillion',
      4.45e12,
      6e12,
      {},
      [4e12, 4.5e12, 5e12, 5.5e12, 6e12],
    ],
    ['firms 118–150, whole numbers', 118, 150, { integer: true }, [110, 120, 130, 140, 150]],
    ['firms 4–8, never a fraction', 4, 8, { integer: true }, [4, 5, 6, 7, 8]],
    ['ranks 3–9 from the first place down', 3, 9, { integer: true, floor: 1 }, [2, 4, 6, 8, 10]],
    ['ranks 1–3 never show a 0th place', 1, 3, { integer: true, floor: 1 }, [1, 2, 3]],
    ['one value gets a span around it', 12, 12, { integer: true }, [10, 11, 12, 13, 14]],
  ] as const)('%s', (_name, min, max, options, expected) => {
    expect(niceTicks(min, max, options)).toEqual(expected);
  });

  it('gives every indicator of the data set round ticks that span its values', () => {
    const series = buildIndicatorSeries(ind, assess(ind, '2025-01-01'), '2024-05-16');
    expect(series.yTicks).toEqual([100, 150, 200, 250]);
    expect(series.yDomain).toEqual([100, 250]);
  });
});

describe('axis width', () => {
  it.each([
    ['Chinese labels need about 1 em a character', ['6万亿'], 12, 12 * (2 + 0.62 * 1) + 12],
    ['English ones about 0.6 em', ['5.5 trillion'], 12, 12 * 0.62 * 12 + 12],
    ['the longest label decides', ['1', '22', '333'], 10, 10 * 0.62 * 3 + 10],
  ] as const)('%s', (_name, labels, size, expected) => {
    expect(axisLabelWidth(labels, size)).toBe(Math.ceil(expected));
  });
});
