// Department scorecards: the bodies that own commitments (a body's portfolios grouped as one),
// what each owns by status, and the order that puts the worst first.
import { countByStatus, type Status } from './status';
import type { Department, Localized } from './schemas';
import type { Assessed } from './views';

export interface Body {
  /** The id that filters to the whole body (its member ids, comma-joined, in the URL). */
  id: string;
  name: Localized;
  shortName: Localized;
  members: Department[];
  provenance: Department['provenance'];
}

/** A portfolio of a body is written as the body's name with the portfolio in brackets. */
const PORTFOLIO = /\s*[（(][^（）()]*[）)]\s*$/;

/** The body a department belongs to: its name without a portfolio in brackets. */
export function bodyName(name: string): string {
  return name.replace(PORTFOLIO, '').trim();
}

/**
 * Groups departments that are one body (市政府 and its portfolios), keeping the order they come
 * in. The group takes the name of the member that is the body itself, when there is one.
 */
export function groupBodies(departments: readonly Department[]): Body[] {
  const groups = new Map<string, Department[]>();
  for (const d of departments) {
    const key = bodyName(d.name.zh);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.entries()].flatMap(([key, members]) => {
    const lead = members.find((m) => m.name.zh === key) ?? members[0];
    if (!lead) return [];
    const body: Body = {
      id: members.map((m) => m.id).join(','),
      name: members.length > 1 ? { zh: key, en: bodyName(lead.name.en) } : lead.name,
      shortName: lead.shortName,
      members,
      provenance: members.every((m) => m.provenance === 'illustrative')
        ? 'illustrative'
        : 'reported',
    };
    return [body];
  });
}

export type StatusCountsRecord = ReturnType<typeof countByStatus>;

export interface Scorecard {
  body: Body;
  total: number;
  counts: StatusCountsRecord;
}

/** Each body's commitments by status; an item owned by two portfolios of one body counts once. */
export function scorecards(bodies: readonly Body[], items: readonly Assessed[]): Scorecard[] {
  return bodies.map((body) => {
    const ids = new Set(body.members.map((m) => m.id));
    const owned = items.filter((a) => a.indicator.ownerIds.some((o) => ids.has(o)));
    return { body, total: owned.length, counts: countByStatus(owned.map((a) => a.assessment)) };
  });
}

/** The segments of a stacked status bar, worst first, with their share of the total. */
export const BAR_ORDER: readonly Status[] = [
  'offTrack',
  'atRisk',
  'insufficientData',
  'onTrack',
  'achieved',
];
export function statusSegments(
  counts: StatusCountsRecord,
  total: number,
): { status: Status; count: number; share: number }[] {
  return BAR_ORDER.filter((s) => counts[s] > 0).map((status) => ({
    status,
    count: counts[status],
    share: total > 0 ? counts[status] / total : 0,
  }));
}

export const SCORECARD_SORTS = ['worst', 'total', 'name'] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];

/**
 * Orders scorecards. `worst`: most off track first, then at risk, then short of data, then stale
 * (counts, not shares: three lagging commitments weigh more than one); `total`: most owned first;
 * `name`: by name in the reader's language. Ties fall back to the order the bodies came in.
 */
export function sortScorecards(
  cards: readonly Scorecard[],
  sort: ScorecardSort,
  lang: 'zh' | 'en',
): Scorecard[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en');
  const worst = (a: Scorecard, b: Scorecard) =>
    b.counts.offTrack - a.counts.offTrack ||
    b.counts.atRisk - a.counts.atRisk ||
    b.counts.insufficientData - a.counts.insufficientData ||
    b.counts.stale - a.counts.stale;
  const indexed = cards.map((card, i) => ({ card, i }));
  indexed.sort((x, y) => {
    const a = x.card;
    const b = y.card;
    const primary =
      sort === 'worst'
        ? worst(a, b)
        : sort === 'total'
          ? b.total - a.total
          : collator.compare(a.body.name[lang], b.body.name[lang]);
    return primary || x.i - y.i;
  });
  return indexed.map((x) => x.card);
}
