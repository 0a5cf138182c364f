// What the intake proposes for one figure of a text: the shape the CLI prints and the review
// table (issue 29, item 3) will read, with the spans it needs to highlight the figure in the text.
import { z } from '../zod';
import type { Qualifier as IndicatorQualifier } from '../schemas';

/**
 * How the text bounds the figure, as written: 超 (超/超过/突破/迈入/逾), 约 (约/大约/约合), 近
 * (近/将近/接近), 余 (余/多余), 多, 以上 (以上/不少于/不低于/至少), 左右 (左右/上下), 前 (前N: within
 * the top N), 第 (第N, 第N位, 居全国第N, 首位), or "" when the figure stands bare.
 */
export const intakeQualifierSchema = z.enum([
  '',
  '超',
  '约',
  '近',
  '余',
  '多',
  '以上',
  '左右',
  '前',
  '第',
]);
export type IntakeQualifier = z.infer<typeof intakeQualifierSchema>;

/**
 * What the figure is: `achieved` (a result: 累计, 已, a past year), `target` (到2025年, 力争,
 * 打造…), `rank` (第N, 前N), `growth` (增长 N%, N倍, N个百分点), `share` (占…N%, a rate) or
 * `count` (a number of things the text names, with neither a result nor a target around it).
 */
export const intakeKindSchema = z.enum(['achieved', 'target', 'rank', 'count', 'growth', 'share']);
export type IntakeKind = z.infer<typeof intakeKindSchema>;

const offset = () => z.int().check(z.nonnegative());

/** A span of the text: offsets and lengths count UTF-16 code units, as JavaScript strings do. */
export const textSpanSchema = z.object({ text: z.string(), offset: offset(), length: offset() });
export type TextSpan = z.infer<typeof textSpanSchema>;

export const proposalSchema = z.object({
  /** Stable for the same text: the figure's offset and a hash of its words. */
  id: z.string().check(z.minLength(1)),
  /** The number in the unit as written: 5264 for 5264亿元, 10 for 前十, 7 for 第7位. */
  value: z.number(),
  /** The unit as written, magnitude included: 亿元, 万人, %, 个百分点, 家; "" when there is none. */
  unit: z.string(),
  qualifier: intakeQualifierSchema,
  /** The year the figure refers to or targets, or null when the text does not say. */
  year: z.nullable(z.int()),
  kind: intakeKindSchema,
  /** The speaker of the turn the figure stands in (陈之常, 主持人, 记者 for 问：), or null. */
  speaker: z.nullable(z.string()),
  /** The speaker's role as the turn label gives it (南京市委副书记、市长), or null. */
  role: z.nullable(z.string()),
  /** The shortest verbatim clause (or sentence) of the text that holds the figure. */
  quote: z.string().check(z.minLength(1)),
  /** Where `quote` starts in the text. */
  offset: offset(),
  /** `quote`'s length: text.slice(offset, offset + length) === quote. */
  length: offset(),
  /** The figure's own words (qualifier, number, unit), to highlight inside the quote. */
  figure: textSpanSchema,
  /**
   * What one unit is worth in the unit without its magnitude: 1e8 for 亿元 (so 5264亿元 is
   * value × scale = 5.264e11 元), 0.01 for %; 1 when the unit has no magnitude.
   */
  scale: z.number(),
  /** The unit without its magnitude: 元 for 亿元, 人 for 万人, "" for 万亿 or %. */
  baseUnit: z.string(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** The fields `npm run intake -- FILE --json` prints, in this order. */
export const PRINTED_FIELDS = [
  'value',
  'unit',
  'qualifier',
  'year',
  'kind',
  'speaker',
  'quote',
  'offset',
] as const satisfies readonly (keyof Proposal)[];

export type PrintedProposal = Pick<Proposal, (typeof PRINTED_FIELDS)[number]>;

export function printedProposal(p: Proposal): PrintedProposal {
  return {
    value: p.value,
    unit: p.unit,
    qualifier: p.qualifier,
    year: p.year,
    kind: p.kind,
    speaker: p.speaker,
    quote: p.quote,
    offset: p.offset,
  };
}

/**
 * The indicator qualifier a proposal becomes when an analyst accepts it: 前N is "within the top
 * N"; 第N is the exact place. 余, 多 and 以上 say "over" as 超 does.
 */
export function indicatorQualifier(q: IntakeQualifier): IndicatorQualifier {
  switch (q) {
    case '超':
    case '余':
    case '多':
    case '以上':
      return 'over';
    case '约':
    case '左右':
      return 'about';
    case '近':
      return 'nearly';
    case '前':
      return 'withinTop';
    case '第':
    case '':
      return 'exact';
  }
}
