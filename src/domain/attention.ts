// The "needs attention" list the desk strip, the wall slides and the brief share: what is off
// track, at risk, short of data or stale, worst first, with one tie-break everywhere.
import type { Assessment } from './status';
import type { Assessed } from './views';

/** The attention groups, worst first. `stale` is an item whose only trouble is its age. */
export const ATTENTION_GROUPS = ['offTrack', 'atRisk', 'insufficientData', 'stale'] as const;
export type AttentionGroup = (typeof ATTENTION_GROUPS)[number];

/**
 * Which group an assessment falls in, or null when it needs no attention. An achieved commitment
 * that has gone stale has nothing left to do, so it stays off the list.
 */
export function attentionGroup(a: Pick<Assessment, 'status' | 'stale'>): AttentionGroup | null {
  if (a.status === 'offTrack' || a.status === 'atRisk' || a.status === 'insufficientData')
    return a.status;
  if (a.stale && a.status !== 'achieved') return 'stale';
  return null;
}

/**
 * Worst first: by group; within a group a stale figure before a fresh one, then the source's
 * headline facts by code (F1…F8), then the thrust, then the id, so every view breaks ties alike.
 */
export function compareAttention(a: Assessed, b: Assessed): number {
  const rank = (x: Assessed) => {
    const g = attentionGroup(x.assessment);
    return g === null ? ATTENTION_GROUPS.length : ATTENTION_GROUPS.indexOf(g);
  };
  const code = (x: Assessed) =>
    x.indicator.factCode ? Number(x.indicator.factCode.slice(1)) : Number.POSITIVE_INFINITY;
  return (
    rank(a) - rank(b) ||
    Number(b.assessment.stale) - Number(a.assessment.stale) ||
    code(a) - code(b) ||
    a.indicator.thrustId.localeCompare(b.indicator.thrustId) ||
    a.indicator.id.localeCompare(b.indicator.id)
  );
}

/** The attention list of `items`, worst first. */
export function attentionList<T extends Assessed>(items: readonly T[]): T[] {
  return items.filter((a) => attentionGroup(a.assessment) !== null).sort(compareAttention);
}

/** How many items fall in each attention group, for the strip's summary. */
export function attentionCounts(items: readonly Assessed[]): Record<AttentionGroup, number> {
  const counts = { offTrack: 0, atRisk: 0, insufficientData: 0, stale: 0 };
  for (const a of items) {
    const g = attentionGroup(a.assessment);
    if (g) counts[g] += 1;
  }
  return counts;
}

/** Which of a status's reasons a one-line view shows: the verdict's, or the age when only stale. */
export function reasonLine(a: Pick<Assessment, 'status' | 'stale'>): 'first' | 'last' {
  return attentionGroup(a) === 'stale' ? 'last' : 'first';
}
