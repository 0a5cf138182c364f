// Rows of the commitments table (overview, thrust pages, brief, slides): the newest figure's
// record, a sort by any column, and pages that always add up to the rows counted.
import { byDate } from './dates';
import type { Indicator, IsoDate, Observation, MilestoneUpdate } from './schemas';
import type { Status } from './status';
import type { Assessed } from './views';

/** The newest observation or milestone update on or before `today`. */
export function latestRecord(
  indicator: Indicator,
  today: IsoDate,
): Observation | MilestoneUpdate | null {
  const records: readonly (Observation | MilestoneUpdate)[] =
    indicator.kind === 'quantitative' ? indicator.observations : indicator.updates;
  return (
    records
      .filter((r) => r.date <= today)
      .sort(byDate)
      .at(-1) ?? null
  );
}

export const COMMITMENT_SORT_KEYS = ['status', 'name', 'thrust', 'owner', 'asOf'] as const;
export type CommitmentSortKey = (typeof COMMITMENT_SORT_KEYS)[number];
export interface CommitmentSort {
  key: CommitmentSortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: CommitmentSort = { key: 'status', dir: 'asc' };

/** How bad a status is, worst (0) first: the order the review lists use. */
export const SEVERITY: readonly Status[] = [
  'offTrack',
  'atRisk',
  'insufficientData',
  'onTrack',
  'achieved',
];
function severity(a: Assessed): number {
  // A context figure (no status) sorts after every verdict.
  const s = a.assessment.status;
  return (s === null ? SEVERITY.length : SEVERITY.indexOf(s)) * 2 + (a.assessment.stale ? 0 : 1);
}

/** The same order for every view: headline facts by code, then thrust, then id. */
function tieBreak(a: Assessed, b: Assessed): number {
  const code = (x: Assessed) =>
    x.indicator.factCode ? Number(x.indicator.factCode.slice(1)) : Number.POSITIVE_INFINITY;
  return (
    code(a) - code(b) ||
    a.indicator.thrustId.localeCompare(b.indicator.thrustId) ||
    a.indicator.id.localeCompare(b.indicator.id)
  );
}

/**
 * The review order every list of commitments shares (the table's default, the brief, the slides):
 * worst first (滞后, 需关注, 数据不足, 正常推进, 已达成; stale before fresh within each), then
 * headline facts by code, then thrust, then id.
 */
export function compareCommitments(a: Assessed, b: Assessed): number {
  return severity(a) - severity(b) || tieBreak(a, b);
}

/**
 * Sorts rows by a column. `status` ascending is worst first (off track, at risk, no data, on track,
 * achieved; stale before fresh within each); `asOf` ascending is oldest first, rows with no figure
 * last either way. Ties always fall back to one order, so the table never reshuffles.
 */
export function sortCommitments<T extends Assessed>(
  rows: readonly T[],
  sort: CommitmentSort,
  options: {
    lang: 'zh' | 'en';
    today: IsoDate;
    ownerName: (id: string) => string;
  },
): T[] {
  const collator = new Intl.Collator(options.lang === 'zh' ? 'zh-Hans-CN' : 'en');
  const sign = sort.dir === 'asc' ? 1 : -1;
  const owner = (x: Assessed) => options.ownerName(x.indicator.ownerIds[0] ?? '');
  const asOf = (x: Assessed) => latestRecord(x.indicator, options.today)?.date ?? null;
  const byKey = (a: T, b: T): number => {
    switch (sort.key) {
      case 'status':
        return sign * (severity(a) - severity(b));
      case 'name':
        return (
          sign * collator.compare(a.indicator.name[options.lang], b.indicator.name[options.lang])
        );
      case 'thrust':
        return sign * a.indicator.thrustId.localeCompare(b.indicator.thrustId);
      case 'owner':
        return sign * collator.compare(owner(a), owner(b));
      case 'asOf': {
        const da = asOf(a);
        const db = asOf(b);
        if (da === db) return 0;
        if (da === null) return 1;
        if (db === null) return -1;
        return sign * (da < db ? -1 : 1);
      }
    }
  };
  return [...rows].sort((a, b) => byKey(a, b) || tieBreak(a, b));
}

/** The next sort when a column's header is chosen: the same column flips, another starts asc. */
export function toggleSort(current: CommitmentSort, key: CommitmentSortKey): CommitmentSort {
  return current.key === key
    ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' }
    : { key, dir: 'asc' };
}

export interface Page<T> {
  rows: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based position of the first and last row shown; 0 and 0 when there are none. */
  from: number;
  to: number;
  total: number;
}

/** One page of rows; every row is on exactly one page, so the pages add up to the count. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (p - 1) * size;
  const shown = rows.slice(start, start + size);
  return {
    rows: shown,
    page: p,
    pages,
    from: shown.length ? start + 1 : 0,
    to: start + shown.length,
    total: rows.length,
  };
}
