// Small builders that keep the indicator files short. Everything a builder adds that the source
// does not say (history, later values, targets, due dates, progress updates) is marked illustrative.
import type {
  Cadence,
  Citation,
  Comparator,
  IsoDate,
  Localized,
  MilestoneIndicator,
  MilestoneState,
  MilestoneUpdate,
  Observation,
  Provenance,
  QuantitativeIndicator,
  Qualifier,
  Target,
  ThrustId,
  Unit,
} from '@/domain/schemas';
import { cite, SOURCE_DATE, type SpeakerId } from './citations';

/** [Chinese, English] */
export type Text = readonly [zh: string, en: string];

export const loc = ([zh, en]: Text): Localized => ({ zh, en });

export function illustrative(zh: string, en: string): Provenance {
  return { kind: 'illustrative', note: { zh, en } };
}

export function reported(speaker: SpeakerId, quote: string): Provenance {
  return { kind: 'reported', citation: cite(speaker, quote) };
}

/** The notes an illustrative value carries, saying briefly why it is there. */
export const NOTE = {
  history: () =>
    illustrative('示意数据：来源未给出历史值', 'Illustrative: the source gives no history'),
  later: () =>
    illustrative(
      '示意数据：发布会之后的数值为虚构',
      'Illustrative: values after the press conference are invented',
    ),
  target: () =>
    illustrative('示意目标：来源未给出目标', 'Illustrative: the source states no target'),
  revised: () =>
    illustrative(
      '示意目标：目标的修订为虚构',
      'Illustrative: the revision of the target is invented',
    ),
  due: () =>
    illustrative('示意日期：来源未给出完成时限', 'Illustrative: the source gives no due date'),
  targetDate: () =>
    illustrative(
      '示意日期：来源给出了目标值，但未给出目标日期',
      'Illustrative date: the source states the target, not when it is due',
    ),
  update: () =>
    illustrative('示意进展：来源未报告实施进展', 'Illustrative: the source reports no progress'),
};

/** A counter word: Chinese, English plural, English singular (1 firm, 2 firms). */
const count = (zh: string, en: string, one: string): Unit => ({
  kind: 'count',
  label: { zh, en },
  one,
});

export const UNIT = {
  yuan: { kind: 'currency', label: { zh: '元', en: 'yuan' } },
  persons: { kind: 'persons', label: { zh: '人', en: 'people' }, one: 'person' },
  rank: { kind: 'rank', label: { zh: '位', en: 'rank' } },
  firms: count('家', 'firms', 'firm'),
  labs: count('家', 'laboratories', 'laboratory'),
  items: count('项', 'items', 'item'),
  universities: count('所', 'universities', 'university'),
  years: count('年', 'years', 'year'),
  measures: count('条', 'measures', 'measure'),
  instruments: count('项', 'instruments', 'instrument'),
} satisfies Record<string, Unit>;

/** An illustrative target, set on the day of the press conference unless said otherwise. */
export function illTarget(
  value: number,
  date: IsoDate,
  comparator: Comparator = 'atLeast',
  setOn: IsoDate = SOURCE_DATE,
  provenance: Provenance = NOTE.target(),
): Target {
  return { value, date, comparator, setOn, provenance };
}

/**
 * A target whose value the source states. The source gives no date for any of them, so `date` is
 * illustrative and marked so (约30家, but by 2027-12-31 only in this data set).
 */
export function repTarget(
  value: number,
  date: IsoDate,
  comparator: Comparator,
  speaker: SpeakerId,
  quote: string,
): Target {
  return {
    value,
    date,
    comparator,
    setOn: SOURCE_DATE,
    provenance: reported(speaker, quote),
    dateProvenance: NOTE.targetDate(),
  };
}

interface Common {
  id: string;
  factCode?: `F${number}`;
  headline?: boolean;
  thrust: ThrustId;
  /** `source`: listed under the thrust by the source; `dataset`: classified by this data set. */
  assign: 'source' | 'dataset';
  name: Text;
  description: Text;
  /** The body whose speaker states the commitment. */
  by: SpeakerId;
  /** The commitment in the source's words. */
  quote: string;
  /** The commitment's citation, when it is not `by`'s own words (a journalist's question). */
  commitment?: Citation;
  /** An owner this data set assigns (illustrative); by default the speaking body, reported. */
  owner?: string;
  /** Reported owners other than the speaking body (a body the source has answer for the item). */
  owners?: string[];
  cadence: Cadence;
}

function base(spec: Common) {
  return {
    id: spec.id,
    ...(spec.factCode ? { factCode: spec.factCode } : {}),
    headline: spec.headline ?? false,
    thrustId: spec.thrust,
    thrustAssignment: spec.assign,
    name: loc(spec.name),
    description: loc(spec.description),
    ownerIds: spec.owner ? [spec.owner] : (spec.owners ?? [spec.by]),
    ownerProvenance: spec.owner ? ('illustrative' as const) : ('reported' as const),
    commitment: spec.commitment ?? cite(spec.by, spec.quote),
    cadence: spec.cadence,
  };
}

interface QuantSpec extends Common {
  unit: Unit;
  lowerIsBetter?: boolean;
  /** A figure that sets the scene rather than a commitment: no target, no status. */
  context?: boolean;
  /** The figure as the source reports it; `quote` defaults to the commitment's quote. */
  reported?: { date: IsoDate; value: number; qualifier: Qualifier; quote?: string; note?: Text };
  /** Illustrative values: before the reported date they are history, after it invented updates. */
  values?: ReadonlyArray<readonly [IsoDate, number]>;
  targets?: Target[];
}

export function quant(spec: QuantSpec): QuantitativeIndicator {
  const observations: Observation[] = (spec.values ?? []).map(([date, value]) => ({
    date,
    value,
    qualifier: 'exact',
    provenance: date < (spec.reported?.date ?? SOURCE_DATE) ? NOTE.history() : NOTE.later(),
  }));
  const rep = spec.reported;
  if (rep) {
    observations.push({
      date: rep.date,
      value: rep.value,
      qualifier: rep.qualifier,
      provenance: reported(spec.by, rep.quote ?? spec.quote),
      ...(rep.note ? { note: loc(rep.note) } : {}),
    });
  }
  observations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = observations[0];
  return {
    kind: 'quantitative',
    ...base(spec),
    unit: spec.unit,
    direction: spec.lowerIsBetter ? 'lowerIsBetter' : 'higherIsBetter',
    ...(spec.context ? { context: true } : {}),
    ...(first
      ? { baseline: { date: first.date, value: first.value, provenance: first.provenance } }
      : {}),
    targets: spec.targets ?? [],
    observations,
  };
}

interface MilestoneSpec extends Common {
  /** Illustrative due date. */
  due: IsoDate;
  /** Illustrative progress: [date, state] pairs. */
  updates?: ReadonlyArray<readonly [IsoDate, MilestoneState]>;
  /** Progress the source itself reports. */
  reportedUpdates?: MilestoneUpdate[];
}

export function milestone(spec: MilestoneSpec): MilestoneIndicator {
  const updates: MilestoneUpdate[] = [
    ...(spec.reportedUpdates ?? []),
    ...(spec.updates ?? []).map(([date, state]) => ({ date, state, provenance: NOTE.update() })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    kind: 'milestone',
    ...base(spec),
    due: { date: spec.due, provenance: NOTE.due() },
    updates,
  };
}
