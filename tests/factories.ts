// Test data built one way everywhere: a valid record with plain defaults, and only what a test is
// about spelled out in its overrides. Every call returns new objects.
import type {
  Citation,
  MilestoneIndicator,
  MilestoneState,
  MilestoneUpdate,
  Observation,
  Provenance,
  QuantitativeIndicator,
  Target,
  Unit,
} from '@/domain/schemas';

export const illustrative = (): Provenance => ({ kind: 'illustrative' });

/** The mayor at the 16 May 2024 press conference, unless the test says otherwise. */
export function aCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    speaker: { zh: '陈之常', en: 'Chen Zhichang' },
    role: { zh: '市长', en: 'Mayor' },
    departmentId: 'gov-mayor',
    date: '2024-05-16',
    source: { zh: '南京发布', en: 'Nanjing Release' },
    event: { zh: '新闻发布会', en: 'Press conference' },
    quote: '示例',
    ...overrides,
  };
}

export const reportedBy = (citation: Citation = aCitation()): Provenance => ({
  kind: 'reported',
  citation,
});

export function anObservation(
  date: string,
  value: number,
  overrides: Partial<Observation> = {},
): Observation {
  return { date, value, qualifier: 'exact', provenance: illustrative(), ...overrides };
}

/** At least `value` by `date`, set long before any test's today. */
export function aTarget(value: number, date: string, overrides: Partial<Target> = {}): Target {
  return {
    value,
    date,
    comparator: 'atLeast',
    setOn: '2023-01-01',
    provenance: illustrative(),
    ...overrides,
  };
}

export const units = {
  firms: { kind: 'count', label: { zh: '家', en: 'firms' } },
  items: { kind: 'count', label: { zh: '项', en: 'items' } },
  yuan: { kind: 'currency', label: { zh: '元', en: 'yuan' } },
  rank: { kind: 'rank', label: { zh: '位', en: 'rank' } },
  persons: { kind: 'persons', label: { zh: '人', en: 'people' } },
} as const satisfies Record<string, Unit>;

const common = {
  headline: false,
  thrustAssignment: 'source',
  description: { zh: '说明', en: 'Description' },
  ownerIds: ['gov-mayor'],
  ownerProvenance: 'reported',
  cadence: 'annual',
} as const;

/** A yearly count of firms, owned by the mayor's office, with no figure and no target yet. */
export function anIndicator(overrides: Partial<QuantitativeIndicator> = {}): QuantitativeIndicator {
  return {
    ...common,
    ownerIds: [...common.ownerIds],
    kind: 'quantitative',
    id: 'q',
    thrustId: 'T1',
    name: { zh: '指标', en: 'Indicator' },
    commitment: aCitation(),
    unit: units.firms,
    direction: 'higherIsBetter',
    targets: [],
    observations: [],
    ...overrides,
  };
}

export function aMilestoneUpdate(
  date: string,
  state: MilestoneState,
  overrides: Partial<MilestoneUpdate> = {},
): MilestoneUpdate {
  return { date, state, provenance: illustrative(), ...overrides };
}

/** A half-yearly milestone due at the end of 2027, not yet started. */
export function aMilestone(overrides: Partial<MilestoneIndicator> = {}): MilestoneIndicator {
  return {
    ...common,
    ownerIds: [...common.ownerIds],
    kind: 'milestone',
    id: 'm',
    thrustId: 'T3',
    name: { zh: '里程碑', en: 'Milestone' },
    commitment: aCitation(),
    cadence: 'semiannual',
    due: { date: '2027-12-31', provenance: illustrative() },
    updates: [],
    ...overrides,
  };
}
