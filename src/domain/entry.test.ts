import { describe, expect, it } from 'vitest';
import { applyChange, issuesFromZod, observationInputSchema, plausibleRange } from './entry';
import {
  EMPTY_PROVENANCE_DRAFT,
  parseDateInput,
  parseNumberInput,
  validateMilestoneDraft,
  validateObservationDraft,
  type ObservationDraft,
} from './entry-draft';
import type { MilestoneIndicator, QuantitativeIndicator, Unit } from './schemas';

const citation = {
  speaker: { zh: '陈之常', en: 'Chen Zhichang' },
  role: { zh: '市长', en: 'Mayor' },
  departmentId: 'gov-mayor',
  date: '2024-05-16',
  source: { zh: '南京发布', en: 'Nanjing Release' },
  event: { zh: '新闻发布会', en: 'Press conference' },
  quote: '示例',
};
const base = {
  id: 'q',
  headline: false,
  thrustId: 'T1' as const,
  thrustAssignment: 'source' as const,
  name: { zh: '指标', en: 'Indicator' },
  description: { zh: '说明', en: 'Description' },
  ownerIds: ['gov-mayor'],
  ownerProvenance: 'reported' as const,
  commitment: citation,
  cadence: 'annual' as const,
};
function quantitative(unit: Unit, values: number[]): QuantitativeIndicator {
  return {
    ...base,
    kind: 'quantitative',
    unit,
    direction: unit.kind === 'rank' ? 'lowerIsBetter' : 'higherIsBetter',
    targets: [],
    observations: values.map((value, i) => ({
      date: `202${i}-12-31`,
      value,
      qualifier: 'exact',
      provenance: { kind: 'illustrative' },
    })),
  };
}
const firms = quantitative({ kind: 'count', label: { zh: '家', en: 'firms' } }, [100, 138]);
const yuan = quantitative({ kind: 'currency', label: { zh: '元', en: 'yuan' } }, [5e12]);
const rank = quantitative({ kind: 'rank', label: { zh: '位', en: 'rank' } }, [9, 7]);
const empty = quantitative({ kind: 'count', label: { zh: '项', en: 'items' } }, []);
const milestone: MilestoneIndicator = {
  ...base,
  kind: 'milestone',
  due: { date: '2027-12-31', provenance: { kind: 'illustrative' } },
  updates: [],
};

const ctx = { today: '2026-11-26', departments: new Set(['gov-mayor', 'finance']) };
const draft = (over: Partial<ObservationDraft>): ObservationDraft => ({
  ...EMPTY_PROVENANCE_DRAFT,
  date: '2026-10-31',
  value: '150',
  qualifier: '',
  note: '',
  ...over,
});
const reported = {
  provenance: 'reported',
  source: '南京发布',
  speaker: '陈之常',
  role: '市长',
  departmentId: 'gov-mayor',
  citationDate: '2026-11-01',
  quote: '突破150家',
};

describe('the plausible range: [0 (1 for a rank), 10 × the largest known value]', () => {
  it.each([
    ['a count', firms, { min: 0, max: 1380, whole: true }],
    ['money, fractions allowed', yuan, { min: 0, max: 5e13, whole: false }],
    ['a rank', rank, { min: 1, max: 90, whole: true }],
    ['nothing known yet: no upper bound', empty, { min: 0, max: null, whole: true }],
  ])('%s', (_, indicator, range) => {
    expect(plausibleRange(indicator)).toEqual(range);
  });
});

describe('numbers and dates as analysts type them', () => {
  it.each([
    ['150', 150],
    ['5,000,000', 5e6],
    ['5万亿', 5e12],
    ['3.5万', 35000],
    ['１３８', 138],
    ['138家', 138],
    ['-2', -2],
    ['abc', null],
    ['1.2.3', null],
    ['', null],
  ])('%s → %s', (text, value) => {
    expect(parseNumberInput(text, ['家'])).toBe(value);
  });

  it.each([
    ['2026-10-31', '2026-10-31'],
    ['2026/1/5', '2026-01-05'],
    ['2026-02-30', null],
    ['31/10/2026', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });
});

describe('a new observation', () => {
  it.each([
    ['a valid illustrative value', draft({}), []],
    ['a valid reported value', draft(reported), []],
    ['not a number', draft({ value: '一百五十' }), [['value', 'notANumber']]],
    ['no value', draft({ value: ' ' }), [['value', 'required']]],
    ['a date in the future', draft({ date: '2026-12-01' }), [['date', 'futureDate']]],
    ['not a calendar date', draft({ date: '2026-02-30' }), [['date', 'notADate']]],
    ['ten times the largest value and more', draft({ value: '1381' }), [['value', 'outOfRange']]],
    ['negative', draft({ value: '-1' }), [['value', 'outOfRange']]],
    ['a fraction of a firm', draft({ value: '150.5' }), [['value', 'notWhole']]],
    [
      'reported without a source',
      draft({ ...reported, source: '' }),
      [['provenance.citation.source', 'reportedWithoutSource']],
    ],
    [
      'reported without speaker or quote',
      draft({ ...reported, speaker: '', quote: '' }),
      [
        ['provenance.citation.speaker', 'citationRequired'],
        ['provenance.citation.quote', 'citationRequired'],
      ],
    ],
    [
      'reported before the day it is about',
      draft({ ...reported, citationDate: '2026-10-01' }),
      [['date', 'afterSource']],
    ],
    [
      'a source dated in the future',
      draft({ ...reported, citationDate: '2027-01-01' }),
      [['provenance.citation.date', 'futureDate']],
    ],
    [
      'an unknown department',
      draft({ ...reported, departmentId: 'nobody' }),
      [['provenance.citation.departmentId', 'unknownDepartment']],
    ],
    [
      'every problem at once',
      draft({ value: 'x', date: '2030-01-01', provenance: 'reported' }),
      [
        ['date', 'futureDate'],
        ['value', 'notANumber'],
        ['provenance.citation.source', 'reportedWithoutSource'],
        ['provenance.citation.speaker', 'citationRequired'],
        ['provenance.citation.role', 'citationRequired'],
        ['provenance.citation.quote', 'citationRequired'],
        ['provenance.citation.date', 'citationRequired'],
        ['provenance.citation.departmentId', 'citationRequired'],
      ],
    ],
  ])('%s', (_, input, expected) => {
    const { observation, issues } = validateObservationDraft(input, firms, ctx);
    expect(issues.map((i) => [i.path, i.code]).sort()).toEqual([...expected].sort());
    expect(observation === null).toBe(expected.length > 0);
  });

  it('carries the range the value missed, for the message', () => {
    const { issues } = validateObservationDraft(draft({ value: '2000' }), firms, ctx);
    expect(issues[0]).toMatchObject({ params: { min: 0, max: 1380 } });
  });

  it('stores typed text in both languages and the note on an illustrative mark', () => {
    const { observation } = validateObservationDraft(
      draft({ value: '150', qualifier: '约', note: '估算' }),
      firms,
      ctx,
    );
    expect(observation).toEqual({
      date: '2026-10-31',
      value: 150,
      qualifier: 'about',
      provenance: { kind: 'illustrative', note: { zh: '估算', en: '估算' } },
      note: { zh: '估算', en: '估算' },
    });
  });

  it.each([
    ['约', 'about'],
    ['近', 'nearly'],
    ['nearly', 'nearly'],
    ['超', 'over'],
    ['前', 'withinTop'],
    ['withinTop', 'withinTop'],
  ])('reads the qualifier %s as %s', (typed, qualifier) => {
    const { observation } = validateObservationDraft(
      draft({ value: '150', qualifier: typed }),
      firms,
      ctx,
    );
    expect(observation?.qualifier).toBe(qualifier);
  });

  it('takes the source as the occasion when none is given', () => {
    const { observation } = validateObservationDraft(draft(reported), firms, ctx);
    expect(observation?.provenance).toMatchObject({
      kind: 'reported',
      citation: { event: { zh: '南京发布' }, source: { zh: '南京发布' } },
    });
  });

  it('refuses an observation for a milestone', () => {
    expect(validateObservationDraft(draft({}), milestone, ctx).issues).toEqual([
      { path: '', code: 'wrongKind' },
    ]);
  });
});

describe('a milestone update', () => {
  const m = (over: object) => ({
    ...EMPTY_PROVENANCE_DRAFT,
    date: '2026-11-01',
    state: 'done',
    note: '',
    ...over,
  });
  it.each([
    ['valid', m({}), []],
    ['no state', m({ state: '' }), [['state', 'required']]],
    ['a future date', m({ date: '2027-01-01' }), [['date', 'futureDate']]],
    [
      'reported without a source',
      m({ ...reported, source: '', citationDate: '2026-11-02' }),
      [['provenance.citation.source', 'reportedWithoutSource']],
    ],
  ])('%s', (_, input, expected) => {
    const { issues } = validateMilestoneDraft(input, milestone, ctx);
    expect(issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
});

describe('the API body', () => {
  it('names the field a malformed body got wrong, in the form’s codes', () => {
    const parsed = observationInputSchema.safeParse({
      author: '王',
      observation: {
        date: '2026-1-1',
        value: 'x',
        qualifier: 'exact',
        provenance: { kind: 'reported' },
      },
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(
      issuesFromZod(parsed.error, 'observation')
        .map((i) => [i.path, i.code])
        .sort(),
    ).toEqual([
      ['date', 'notADate'],
      ['provenance.citation', 'reportedWithoutSource'],
      ['value', 'notANumber'],
    ]);
  });
});

describe('applying a change', () => {
  it('adds an observation in date order and replaces one on the same date', () => {
    const obs = (date: string, value: number) => ({
      date,
      value,
      qualifier: 'exact' as const,
      provenance: { kind: 'illustrative' as const },
    });
    const added = applyChange(firms, { observation: obs('2021-06-30', 120) });
    expect(added.kind === 'quantitative' && added.observations.map((o) => o.value)).toEqual([
      100, 120, 138,
    ]);
    const replaced = applyChange(firms, { observation: obs('2021-12-31', 140) });
    expect(replaced.kind === 'quantitative' && replaced.observations.map((o) => o.value)).toEqual([
      100, 140,
    ]);
    // The indicator itself is left as it was: the cache's snapshot stays valid for a rollback.
    expect(firms.observations.map((o) => o.value)).toEqual([100, 138]);
  });
});
