// Where the figures on one screen come from, said once: a slide carries one source line for all
// its rows rather than one per row.
import { latestRecord } from './commitment-rows';
import type {
  Citation,
  Indicator,
  IsoDate,
  Localized,
  MilestoneUpdate,
  Observation,
} from './schemas';

/**
 * The record whose figure is shown: the newest, or with `reported` the source's own figure even
 * when a later illustrative one follows it (the headline tiles and slides lead with it).
 */
export function shownRecord(
  indicator: Indicator,
  today: IsoDate,
  prefer: 'latest' | 'reported' = 'latest',
): Observation | MilestoneUpdate | null {
  const latest = latestRecord(indicator, today);
  if (prefer === 'latest') return latest;
  // A milestone's state is led by the source's own too (F6: 初步构建形成, dated with its source).
  const records: readonly (Observation | MilestoneUpdate)[] =
    indicator.kind === 'quantitative' ? indicator.observations : indicator.updates;
  const reported = records
    .filter((o) => o.date <= today && o.provenance.kind === 'reported')
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
  return reported ?? latest;
}

/**
 * The citation behind the figure an indicator shows: the figure's own when it is reported, else
 * the commitment it tracks; `illustrative` when the figure itself was made up by this data set.
 * `reported` prefers the source's own figure over a later illustrative one (the headline tiles).
 */
export function figureCitation(
  indicator: Indicator,
  today: IsoDate,
  prefer: 'latest' | 'reported' = 'latest',
): { citation: Citation; illustrative: boolean } {
  const record = shownRecord(indicator, today, prefer);
  const provenance = record?.provenance;
  return provenance?.kind === 'reported'
    ? { citation: provenance.citation, illustrative: false }
    : { citation: indicator.commitment, illustrative: record !== null };
}

export interface SourceGroup {
  source: Localized;
  date: IsoDate;
  /** Speakers in the order their figures appear, each once. */
  speakers: Localized[];
}

/** Citations grouped by publication and date, speakers once each, in order of first appearance. */
export function sourceGroups(citations: readonly Citation[]): SourceGroup[] {
  const groups: SourceGroup[] = [];
  for (const c of citations) {
    let group = groups.find((g) => g.source.zh === c.source.zh && g.date === c.date);
    if (!group) {
      group = { source: c.source, date: c.date, speakers: [] };
      groups.push(group);
    }
    if (!group.speakers.some((s) => s.zh === c.speaker.zh)) group.speakers.push(c.speaker);
  }
  return groups;
}

/** The one source line of a screen of indicators: its groups, and whether any figure is made up. */
export function screenSources(
  indicators: readonly Indicator[],
  today: IsoDate,
  prefer: 'latest' | 'reported' = 'latest',
): { groups: SourceGroup[]; illustrative: boolean } {
  const cited = indicators.map((i) => figureCitation(i, today, prefer));
  return {
    groups: sourceGroups(cited.map((c) => c.citation)),
    illustrative: cited.some((c) => c.illustrative),
  };
}
