import { describe, expect, it } from 'vitest';
import {
  assess,
  attentionRank,
  bandOf,
  compareForAttention,
  compareForReview,
  countByStatus,
  currentTarget,
  meetsTarget,
  needsAttention,
  type IllustrativeInput,
  type Status,
} from './status';
import type {
  Citation,
  MilestoneIndicator,
  MilestoneState,
  Observation,
  QuantitativeIndicator,
  Target,
} from './schemas';

const citation: Citation = {
  speaker: { zh: '陈之常', en: 'Chen Zhichang' },
  role: { zh: '市长', en: 'Mayor' },
  departmentId: 'gov-mayor',
  date: '2024-05-16',
  source: { zh: '南京发布', en: 'Nanjing Release' },
  event: { zh: '新闻发布会', en: 'Press conference' },
  quote: '示例',
};
const illustrative = { kind: 'illustrative' as const };
const reported = { kind: 'reported' as const, citation };

function obs(
  date: string,
  value: number,
  qualifier: Observation['qualifier'] = 'exact',
): Observation {
  return { date, value, qualifier, provenance: illustrative };
}
function target(
  value: number,
  date: string,
  comparator: Target['comparator'] = 'atLeast',
  setOn = '2023-01-01',
): Target {
  return { value, date, comparator, setOn, provenance: illustrative };
}
function quantitative(over: Partial<QuantitativeIndicator>): QuantitativeIndicator {
  return {
    kind: 'quantitative',
    id: 'q',
    headline: false,
    thrustId: 'T1',
    thrustAssignment: 'source',
    name: { zh: '指标', en: 'Indicator' },
    description: { zh: '说明', en: 'Description' },
    ownerIds: ['gov-mayor'],
    ownerProvenance: 'reported',
    commitment: citation,
    cadence: 'annual',
    unit: { kind: 'count', label: { zh: '家', en: 'firms' } },
    direction: 'higherIsBetter',
    targets: [target(200, '2026-01-01')],
    observations: [],
    ...over,
  };
}
function milestone(
  states: [string, MilestoneState][],
  due: string,
  cadence: MilestoneIndicator['cadence'] = 'semiannual',
): MilestoneIndicator {
  return {
    kind: 'milestone',
    id: 'm',
    headline: false,
    thrustId: 'T3',
    thrustAssignment: 'source',
    name: { zh: '里程碑', en: 'Milestone' },
    description: { zh: '说明', en: 'Description' },
    ownerIds: ['gov-mayor'],
    ownerProvenance: 'reported',
    commitment: citation,
    cadence,
    due: { date: due, provenance: illustrative },
    updates: states.map(([date, state]) => ({ date, state, provenance: illustrative })),
  };
}

describe('quantitative status on a given day', () => {
  const cases: {
    name: string;
    ind: QuantitativeIndicator;
    today: string;
    status: Status;
    reason: string;
  }[] = [
    {
      name: 'no observation at all is insufficient data',
      ind: quantitative({}),
      today: '2024-06-01',
      status: 'insufficientData',
      reason: 'noObservations',
    },
    {
      name: 'no target is insufficient data, however good the trend',
      ind: quantitative({
        targets: [],
        observations: [obs('2022-01-01', 100), obs('2023-01-01', 150)],
      }),
      today: '2023-06-01',
      status: 'insufficientData',
      reason: 'noTarget',
    },
    {
      name: 'a single reported value that meets the target is achieved',
      ind: quantitative({ observations: [obs('2024-05-16', 250, 'over')] }),
      today: '2024-06-01',
      status: 'achieved',
      reason: 'targetMet',
    },
    {
      name: 'a single value below the target is never "on track": insufficient data',
      ind: quantitative({ observations: [obs('2024-05-16', 150, 'about')] }),
      today: '2024-06-01',
      status: 'insufficientData',
      reason: 'singleValue',
    },
    {
      // baseline 100 (2022), target 200 (2026): required rate 18.9 %/yr; observed 100→141 over 2 yrs = 18.7 %/yr, ratio 0.99
      name: 'growth at the required rate is on track (ratio ≥ 0.95)',
      ind: quantitative({ observations: [obs('2022-01-01', 100), obs('2024-01-01', 141)] }),
      today: '2024-06-01',
      status: 'onTrack',
      reason: 'growthRatio',
    },
    {
      // observed 100→125 over 2 yrs = 11.8 %/yr, ratio 0.62
      name: 'growth at two thirds of the required rate is at risk (0.6 ≤ ratio < 0.95)',
      ind: quantitative({ observations: [obs('2022-01-01', 100), obs('2024-01-01', 125)] }),
      today: '2024-06-01',
      status: 'atRisk',
      reason: 'growthRatio',
    },
    {
      name: 'slow growth is off track (ratio < 0.6)',
      ind: quantitative({ observations: [obs('2022-01-01', 100), obs('2024-01-01', 110)] }),
      today: '2024-06-01',
      status: 'offTrack',
      reason: 'growthRatio',
    },
    {
      name: 'a falling value is off track (deteriorating)',
      ind: quantitative({ observations: [obs('2022-01-01', 100), obs('2024-01-01', 90)] }),
      today: '2024-06-01',
      status: 'offTrack',
      reason: 'growthRatio',
    },
    {
      name: 'a target date passed without the target met is off track',
      ind: quantitative({ observations: [obs('2022-01-01', 100), obs('2025-12-01', 190)] }),
      today: '2026-03-01',
      status: 'offTrack',
      reason: 'targetDatePassed',
    },
    {
      name: '"achieved" wins over a slow trend',
      ind: quantitative({ observations: [obs('2022-01-01', 100), obs('2025-12-01', 201)] }),
      today: '2026-03-01',
      status: 'achieved',
      reason: 'targetMet',
    },
    {
      // rank 20 → 10 over four years needs −15.9 %/yr; observed 20 → 17 in two is −7.8 %/yr: ratio 0.49
      name: 'a ranking improves as it falls: 20th → 17th against a goal of 10th is off track',
      ind: quantitative({
        direction: 'lowerIsBetter',
        unit: { kind: 'rank', label: { zh: '位', en: 'rank' } },
        targets: [target(10, '2026-01-01', 'atMost')],
        observations: [obs('2022-01-01', 20), obs('2024-01-01', 17)],
      }),
      today: '2024-06-01',
      status: 'offTrack',
      reason: 'growthRatio',
    },
    {
      name: 'a ranking reaching its goal from above is achieved',
      ind: quantitative({
        direction: 'lowerIsBetter',
        targets: [target(10, '2026-01-01', 'atMost')],
        observations: [obs('2022-01-01', 20), obs('2024-01-01', 9)],
      }),
      today: '2024-06-01',
      status: 'achieved',
      reason: 'targetMet',
    },
    {
      name: 'an "about 30" target is met at 29 (within 5 %)',
      ind: quantitative({
        targets: [target(30, '2027-12-31', 'about')],
        observations: [obs('2022-01-01', 20), obs('2024-01-01', 29)],
      }),
      today: '2024-06-01',
      status: 'achieved',
      reason: 'targetMet',
    },
    {
      name: 'observations after today are not yet known',
      ind: quantitative({
        observations: [obs('2022-01-01', 100), obs('2024-01-01', 141), obs('2025-01-01', 300)],
      }),
      today: '2024-06-01',
      status: 'onTrack',
      reason: 'growthRatio',
    },
  ];
  it.each(cases)('$name', ({ ind, today, status, reason }) => {
    const a = assess(ind, today);
    expect(a.status).toBe(status);
    expect(a.reason).toBe(reason);
  });

  it('returns the inputs it used: ratio, rates, expected value and progress', () => {
    const a = assess(
      quantitative({ observations: [obs('2022-01-01', 100), obs('2024-01-01', 125)] }),
      '2024-06-01',
    );
    if (a.inputs.kind !== 'quantitative') throw new Error('expected quantitative inputs');
    expect(a.inputs.ratio).toBeCloseTo(0.624, 3);
    expect(a.inputs.band).toBe('moderate');
    expect(a.inputs.method).toBe('compound');
    expect(a.inputs.progress).toBeCloseTo(0.25, 5);
    // on the required path 100 → 200 over four years, two years in is √2 × 100
    expect(a.inputs.expectedAtLatest).toBeCloseTo(141.4, 0);
    expect(a.inputs.baseline).toEqual({ date: '2022-01-01', value: 100 });
  });

  it('uses a linear rate when the baseline is zero', () => {
    const a = assess(
      quantitative({
        targets: [target(10, '2026-01-01')],
        observations: [obs('2022-01-01', 0), obs('2024-01-01', 5)],
      }),
      '2024-06-01',
    );
    if (a.inputs.kind !== 'quantitative') throw new Error('expected quantitative inputs');
    expect(a.inputs.method).toBe('linear');
    expect(a.status).toBe('onTrack');
  });

  it('flags a figure older than its cadence allows as stale, independently of status', () => {
    const ind = quantitative({ observations: [obs('2022-01-01', 100), obs('2024-01-01', 141)] });
    expect(assess(ind, '2024-06-01').stale).toBe(false);
    const later = assess(ind, '2025-06-01');
    expect(later.stale).toBe(true);
    expect(later.ageDays).toBe(517);
    expect(assess({ ...ind, cadence: 'oneOff' }, '2030-01-01').stale).toBe(false);
  });
});

describe('targets', () => {
  it('the latest target set on or before today is in force; earlier ones are superseded', () => {
    const first = target(100, '2025-12-31', 'atLeast', '2023-01-01');
    const raised = target(150, '2026-12-31', 'atLeast', '2024-09-01');
    expect(currentTarget([raised, first], '2024-06-01')).toEqual({ target: first, superseded: [] });
    expect(currentTarget([first, raised], '2025-01-01')).toEqual({
      target: raised,
      superseded: [first],
    });
  });

  it.each([
    { value: 100, comparator: 'atLeast', direction: 'higherIsBetter', met: true },
    { value: 99, comparator: 'atLeast', direction: 'higherIsBetter', met: false },
    { value: 100, comparator: 'atMost', direction: 'lowerIsBetter', met: true },
    { value: 101, comparator: 'atMost', direction: 'lowerIsBetter', met: false },
    { value: 95, comparator: 'about', direction: 'higherIsBetter', met: true },
    { value: 94, comparator: 'about', direction: 'higherIsBetter', met: false },
    { value: 104, comparator: 'about', direction: 'lowerIsBetter', met: true },
    { value: 106, comparator: 'about', direction: 'lowerIsBetter', met: false },
  ] as const)(
    '$value $comparator 100 ($direction) met: $met',
    ({ value, comparator, direction, met }) => {
      expect(meetsTarget(value, { value: 100, comparator }, direction)).toBe(met);
    },
  );

  it.each([
    [1.2, 'substantial'],
    [0.95, 'substantial'],
    [0.94, 'moderate'],
    [0.6, 'moderate'],
    [0.59, 'limited'],
    [0, 'limited'],
    [-0.1, 'deteriorating'],
  ] as const)('ratio %s is %s progress', (ratio, band) => {
    expect(bandOf(ratio)).toBe(band);
  });
});

describe('milestone status on a given day', () => {
  const cases: {
    name: string;
    ind: MilestoneIndicator;
    today: string;
    status: Status;
    stale: boolean;
  }[] = [
    {
      name: 'no update is insufficient data',
      ind: milestone([], '2026-12-31'),
      today: '2025-01-01',
      status: 'insufficientData',
      stale: false,
    },
    {
      name: 'done is achieved and never stale',
      ind: milestone([['2024-05-16', 'done']], '2025-12-31'),
      today: '2026-11-26',
      status: 'achieved',
      stale: false,
    },
    {
      name: 'delayed is off track',
      ind: milestone([['2025-01-01', 'delayed']], '2027-12-31'),
      today: '2025-03-01',
      status: 'offTrack',
      stale: false,
    },
    {
      name: 'in progress past its due date is off track',
      ind: milestone([['2025-10-01', 'inProgress']], '2025-12-31'),
      today: '2026-01-15',
      status: 'offTrack',
      stale: false,
    },
    {
      name: 'in progress before due is on track',
      ind: milestone([['2025-10-01', 'inProgress']], '2026-12-31'),
      today: '2025-12-01',
      status: 'onTrack',
      stale: false,
    },
    {
      name: 'not started early in its window is on track',
      ind: milestone([['2024-06-01', 'notStarted']], '2027-12-31'),
      today: '2024-09-01',
      status: 'onTrack',
      stale: false,
    },
    {
      name: 'not started past half its window is at risk',
      ind: milestone([['2025-09-01', 'notStarted']], '2026-06-30'),
      today: '2025-10-01',
      status: 'atRisk',
      stale: false,
    },
    {
      name: 'an update older than the cadence allows is stale',
      ind: milestone([['2024-06-01', 'inProgress']], '2027-12-31'),
      today: '2025-06-01',
      status: 'onTrack',
      stale: true,
    },
  ];
  it.each(cases)('$name', ({ ind, today, status, stale }) => {
    const a = assess(ind, today);
    expect(a.status).toBe(status);
    expect(a.stale).toBe(stale);
  });
});

describe('review order', () => {
  it('lists the worst status first, then facts by code, then by id', () => {
    const item = (id: string, status: Status, factCode?: string) => ({
      indicator: { id, factCode },
      assessment: { status },
    });
    const items = [
      item('b', 'achieved'),
      item('a', 'onTrack'),
      item('f2', 'offTrack', 'F2'),
      item('z', 'offTrack'),
      item('f1', 'offTrack', 'F1'),
      item('q', 'insufficientData'),
      item('r', 'atRisk'),
    ];
    expect([...items].sort(compareForReview).map((i) => i.indicator.id)).toEqual([
      'q',
      'f1',
      'f2',
      'z',
      'r',
      'a',
      'b',
    ]);
  });
});

describe('context figures', () => {
  const population = (over: Partial<QuantitativeIndicator>) =>
    quantitative({
      context: true,
      targets: [],
      observations: [obs('2022-12-31', 34.8e6), obs('2023-12-31', 35e6)],
      ...over,
    });
  const cases: {
    name: string;
    ind: QuantitativeIndicator;
    status: Status | null;
    reason: string;
  }[] = [
    {
      name: 'a context figure without a target has no status at all, not insufficient data',
      ind: population({}),
      status: null,
      reason: 'context',
    },
    {
      name: 'a context figure without any value still has no status',
      ind: population({ observations: [] }),
      status: null,
      reason: 'context',
    },
    {
      name: 'a commitment without a target is insufficient data, as before',
      ind: population({ context: false }),
      status: 'insufficientData',
      reason: 'noTarget',
    },
    {
      name: 'a context figure given a target is judged like any other',
      ind: population({ targets: [target(36e6, '2026-12-31')] }),
      status: 'atRisk',
      reason: 'growthRatio',
    },
  ];
  it.each(cases)('$name', ({ ind, status, reason }) => {
    const a = assess(ind, '2024-06-01');
    expect(a.status).toBe(status);
    expect(a.reason).toBe(reason);
  });

  it('is never stale, never needs attention and is not counted', () => {
    const a = assess(population({}), '2030-01-01');
    expect(a.stale).toBe(false);
    expect(needsAttention(a)).toBe(false);
    const counts = countByStatus([a]);
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(0);
  });
});

describe('verdicts on illustrative inputs', () => {
  const illTarget = target(200, '2026-01-01');
  const repTarget: Target = { ...illTarget, provenance: reported };
  const repTargetIllDate: Target = { ...repTarget, dateProvenance: illustrative };
  const rep = (date: string, value: number): Observation => ({
    ...obs(date, value),
    provenance: reported,
  });
  const cases: {
    name: string;
    ind: QuantitativeIndicator | MilestoneIndicator;
    today: string;
    status: Status;
    reason: string;
    illustrative: IllustrativeInput[];
  }[] = [
    {
      name: 'reported figures against a reported target rest on nothing illustrative',
      ind: quantitative({
        targets: [{ ...repTarget, dateProvenance: reported }],
        observations: [rep('2022-01-01', 100), rep('2024-01-01', 141)],
      }),
      today: '2024-06-01',
      status: 'onTrack',
      reason: 'growthRatio',
      illustrative: [],
    },
    {
      name: 'a reported target value with a date the source does not state names the target date',
      ind: quantitative({
        targets: [repTargetIllDate],
        observations: [rep('2022-01-01', 100), rep('2024-01-01', 141)],
      }),
      today: '2024-06-01',
      status: 'onTrack',
      reason: 'growthRatio',
      illustrative: ['targetDate'],
    },
    {
      name: 'an illustrative baseline and latest value are named, in a fixed order',
      ind: quantitative({
        targets: [repTargetIllDate],
        observations: [obs('2022-01-01', 100), obs('2024-01-01', 141)],
      }),
      today: '2024-06-01',
      status: 'onTrack',
      reason: 'growthRatio',
      illustrative: ['baseline', 'latest', 'targetDate'],
    },
    {
      name: 'achieved names the latest value and target it compares, not the target date',
      ind: quantitative({
        targets: [illTarget],
        observations: [rep('2022-01-01', 100), rep('2025-01-01', 210)],
      }),
      today: '2025-06-01',
      status: 'achieved',
      reason: 'targetMet',
      illustrative: ['target'],
    },
    {
      name: 'an illustrative target already met when it was set is not "achieved" by construction',
      ind: quantitative({
        targets: [target(12, '2024-12-31', 'atLeast', '2024-05-16')],
        observations: [rep('2024-05-16', 12)],
      }),
      today: '2026-11-26',
      status: 'insufficientData',
      reason: 'targetMetWhenSet',
      illustrative: ['target'],
    },
    {
      name: 'an illustrative target met by a later figure is achieved, with the mark',
      ind: quantitative({
        targets: [target(12, '2024-12-31', 'atLeast', '2024-05-16')],
        observations: [rep('2024-05-16', 10), obs('2024-11-30', 12)],
      }),
      today: '2026-11-26',
      status: 'achieved',
      reason: 'targetMet',
      illustrative: ['latest', 'target'],
    },
    {
      name: 'a reported target met on the day it was stated stays achieved',
      ind: quantitative({
        targets: [{ ...repTarget, value: 12, setOn: '2024-05-16' }],
        observations: [rep('2024-05-16', 12)],
      }),
      today: '2026-11-26',
      status: 'achieved',
      reason: 'targetMet',
      illustrative: [],
    },
    {
      name: 'a passed illustrative target date is named',
      ind: quantitative({
        targets: [repTargetIllDate],
        observations: [rep('2022-01-01', 100), rep('2025-12-01', 190)],
      }),
      today: '2026-03-01',
      status: 'offTrack',
      reason: 'targetDatePassed',
      illustrative: ['targetDate'],
    },
    {
      name: 'no target: insufficient data rests on nothing made up',
      ind: quantitative({ targets: [], observations: [obs('2022-01-01', 100)] }),
      today: '2024-06-01',
      status: 'insufficientData',
      reason: 'noTarget',
      illustrative: [],
    },
    {
      name: 'an illustrative milestone update and due date are both named',
      ind: milestone([['2025-10-01', 'inProgress']], '2026-12-31'),
      today: '2025-12-01',
      status: 'onTrack',
      reason: 'milestoneInProgress',
      illustrative: ['due', 'progress'],
    },
    {
      name: 'a milestone done by its reported update rests on nothing made up',
      ind: {
        ...milestone([], '2025-12-31'),
        updates: [{ date: '2024-05-16', state: 'done', provenance: reported }],
      },
      today: '2026-11-26',
      status: 'achieved',
      reason: 'milestoneDone',
      illustrative: [],
    },
  ];
  it.each(cases)('$name', ({ ind, today, status, reason, illustrative: expected }) => {
    const a = assess(ind, today);
    expect(a.status).toBe(status);
    expect(a.reason).toBe(reason);
    expect(a.illustrative).toEqual(expected);
  });
});

describe('attention order', () => {
  const item = (id: string, status: Status | null, stale = false, factCode?: string) => ({
    indicator: { id, factCode },
    assessment: { status, stale },
  });

  it.each([
    { name: 'off track', of: item('x', 'offTrack'), rank: 0, needs: true },
    { name: 'at risk', of: item('x', 'atRisk'), rank: 1, needs: true },
    { name: 'insufficient data', of: item('x', 'insufficientData'), rank: 2, needs: true },
    {
      name: 'on track but stale (待更新 alone)',
      of: item('x', 'onTrack', true),
      rank: 3,
      needs: true,
    },
    { name: 'on track and fresh', of: item('x', 'onTrack'), rank: 4, needs: false },
    { name: 'achieved, however stale', of: item('x', 'achieved', true), rank: 4, needs: false },
    { name: 'a context figure', of: item('x', null), rank: 4, needs: false },
  ])('$name: rank $rank, needs attention $needs', ({ of, rank, needs }) => {
    expect(attentionRank(of.assessment)).toBe(rank);
    expect(needsAttention(of.assessment)).toBe(needs);
  });

  it('lists 滞后, then 需关注, then 数据不足, then 待更新 alone; stale first within a status; then facts, then ids', () => {
    const items = [
      item('stale-only', 'onTrack', true),
      item('no-data', 'insufficientData'),
      item('risk', 'atRisk'),
      item('off-b', 'offTrack'),
      item('off-stale', 'offTrack', true),
      item('off-f7', 'offTrack', false, 'F7'),
      item('off-a', 'offTrack'),
    ];
    expect([...items].sort(compareForAttention).map((i) => i.indicator.id)).toEqual([
      'off-stale',
      'off-f7',
      'off-a',
      'off-b',
      'risk',
      'no-data',
      'stale-only',
    ]);
  });
});
