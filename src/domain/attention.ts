// The "needs attention" list the desk strip, the wall slides and the brief share. Which items and
// in what order are the status engine's (needsAttention, compareForAttention); this adds the
// groups a summary counts by and which reason a one-line view shows.
import { attentionRank, compareForAttention, needsAttention, type Assessment } from './status';
import type { Assessed } from './views';

/** The attention groups, worst first, in attentionRank's order. `stale`: only its age is wrong. */
export const ATTENTION_GROUPS = ['offTrack', 'atRisk', 'insufficientData', 'stale'] as const;
export type AttentionGroup = (typeof ATTENTION_GROUPS)[number];

/** Which group an assessment falls in, or null when it needs no attention. */
export function attentionGroup(a: Pick<Assessment, 'status' | 'stale'>): AttentionGroup | null {
  return ATTENTION_GROUPS[attentionRank(a)] ?? null;
}

/** The attention list of `items`, worst first, in the one order desk and wall share. */
export function attentionList<T extends Assessed>(items: readonly T[]): T[] {
  return items.filter((a) => needsAttention(a.assessment)).sort(compareForAttention);
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
