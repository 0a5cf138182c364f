// What kind of figure a numeral is: a rank, a target, growth, a share, a result achieved or a plain
// count, read from its qualifier, its unit and the words before it in its sentence.
import type { Candidate } from './candidates';
import { CHANGE_UNITS, RATE_UNITS } from './lexicon';
import type { IntakeKind } from './schema';
import type { YearMention } from './years';

const TARGET = String.raw`力争|目标|预期|计划|预计|争取|确保|[到至](?:19|20)\d\d年|将(?!近)|打造|构建|实施`;
const ACHIEVED = String.raw`已|累计|目前|截至|去年|上年|全年|实现|完成|获评|入选|新增|引进`;
const MARKER = new RegExp(`(${TARGET})|(${ACHIEVED})`, 'gu');
/** A verb of change right before the figure, nothing but numbers and 和/、 between (分别增长4.9%和6.5%). */
const CHANGE_VERB =
  /(?:增长|增速|增幅|提高|提升|上升|下降|降低|增加|减少|前移|后移|上涨|回落|翻)(?:了|为|达|到|至)?[^\u3400-\u9fff]*(?:[和、及][^\u3400-\u9fff]*)?$/u;

/** A verb of reaching right before the figure, with no target around it: 产量达到12.4万辆. */
const RESULT = /(?:达到|达|增至|实现)了?$/u;
/** Qualifiers that say a line was crossed: 总数突破3000家, 迈入千亿级. */
const RESULT_WORDS = new Set(['突破', '迈入', '迈上']);

/** Which of the two kinds of marker comes last in `before`, if any. */
function lastMarker(before: string): 'target' | 'achieved' | null {
  let last: 'target' | 'achieved' | null = null;
  for (const m of before.matchAll(MARKER)) last = m[1] ? 'target' : 'achieved';
  return last;
}

export interface KindContext {
  /** The sentence up to the figure's qualifier. */
  sentenceBefore: string;
  /** The clause up to the figure's qualifier. */
  clauseBefore: string;
  year: YearMention | null;
  docYear: number | null;
}

export function kindOf(c: Candidate, ctx: KindContext): IntakeKind {
  if (c.qualifier === '第' || c.qualifier === '前') return 'rank';
  const marker = lastMarker(ctx.sentenceBefore);
  if (marker === 'target') return 'target';
  if (CHANGE_UNITS.has(c.measure) || CHANGE_VERB.test(ctx.clauseBefore)) return 'growth';
  if (RATE_UNITS.has(c.measure)) return 'share';
  if (marker === 'achieved' || RESULT.test(ctx.clauseBefore) || RESULT_WORDS.has(c.qualifierWord)) {
    return 'achieved';
  }
  const { year, docYear } = ctx;
  if (year) {
    if (year.deadline || (docYear !== null && year.year > docYear)) return 'target';
    return 'achieved';
  }
  return 'count';
}
