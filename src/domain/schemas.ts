// The programme's data model: zod schemas validated at the API boundary, with their inferred types.
import { z } from './zod';

/** An ISO calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date'),
);
export type IsoDate = z.infer<typeof isoDateSchema>;

const nonEmpty = () => z.string().check(z.minLength(1));

/** Text in the interface's two languages: Chinese (primary) and English. */
export const localizedSchema = z.object({ zh: nonEmpty(), en: nonEmpty() });
export type Localized = z.infer<typeof localizedSchema>;

export const thrustIdSchema = z.enum(['T1', 'T2', 'T3', 'T4']);
export type ThrustId = z.infer<typeof thrustIdSchema>;

/** Who said it, where and when: the citation of a reported fact. */
export const citationSchema = z.object({
  speaker: localizedSchema,
  role: localizedSchema,
  departmentId: nonEmpty(),
  date: isoDateSchema,
  /** The publication, e.g. 南京发布 (Nanjing Release). */
  source: localizedSchema,
  /** The occasion, e.g. the provincial government's press conference. */
  event: localizedSchema,
  /** The words of the source the figure is taken from, in Chinese. */
  quote: nonEmpty(),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * Where a value comes from: `reported` by the source (with its citation), or `illustrative`,
 * added by this data set and never to be shown without its mark.
 */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reported'), citation: citationSchema }),
  z.object({ kind: z.literal('illustrative'), note: z.optional(localizedSchema) }),
]);
export type Provenance = z.infer<typeof provenanceSchema>;

export const programmeSchema = z.object({
  id: nonEmpty(),
  title: localizedSchema,
  headline: localizedSchema,
  aim: localizedSchema,
  city: localizedSchema,
  /** Date of the press conference the programme was presented at. */
  sourceDate: isoDateSchema,
  source: localizedSchema,
  event: localizedSchema,
  citation: citationSchema,
});
export type Programme = z.infer<typeof programmeSchema>;

export const thrustSchema = z.object({
  id: thrustIdSchema,
  order: z.int(),
  name: localizedSchema,
  /** One short name used on cards, charts and slides. */
  shortName: localizedSchema,
  summary: localizedSchema,
  citation: citationSchema,
});
export type Thrust = z.infer<typeof thrustSchema>;

export const departmentSchema = z.object({
  id: nonEmpty(),
  name: localizedSchema,
  shortName: localizedSchema,
  /** The person who answered for the body at the press conference, when the source names one. */
  representative: z.optional(z.object({ name: localizedSchema, role: localizedSchema })),
  /** `reported`: a body the source names; `illustrative`: an owner this data set adds. */
  provenance: z.enum(['reported', 'illustrative']),
});
export type Department = z.infer<typeof departmentSchema>;

/**
 * How a figure is qualified in the source, kept in the source's own words: exact; 约 about; 近
 * nearly (just under the figure); 超/余/突破 over; 前N within the top N (a rank no worse than N).
 */
export const qualifierSchema = z.enum(['exact', 'about', 'nearly', 'over', 'withinTop']);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const observationSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
  qualifier: qualifierSchema,
  provenance: provenanceSchema,
  note: z.optional(localizedSchema),
});
export type Observation = z.infer<typeof observationSchema>;

export const comparatorSchema = z.enum(['atLeast', 'about', 'atMost']);
export type Comparator = z.infer<typeof comparatorSchema>;

export const targetSchema = z.object({
  value: z.number(),
  date: isoDateSchema,
  comparator: comparatorSchema,
  /** When this target was set; a later target supersedes an earlier one. */
  setOn: isoDateSchema,
  /** Where the target's value comes from (and its date, unless `dateProvenance` says otherwise). */
  provenance: provenanceSchema,
  /**
   * Where the target's date comes from, when not from the same place as its value: a value the
   * source states with a date it does not (约30家, but by when?) is marked on its date.
   */
  dateProvenance: z.optional(provenanceSchema),
});
export type Target = z.infer<typeof targetSchema>;

export const baselineSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
  provenance: provenanceSchema,
});
export type Baseline = z.infer<typeof baselineSchema>;

export const cadenceSchema = z.enum(['monthly', 'quarterly', 'semiannual', 'annual', 'oneOff']);
export type Cadence = z.infer<typeof cadenceSchema>;

/** What the number counts; decides how it is formatted (5万亿元, 约3500项, 第7位). */
export const unitSchema = z.object({
  kind: z.enum(['currency', 'count', 'rank', 'persons']),
  /** The counter word or currency: 元 / yuan, 家 / firms, 项 / items (English in the plural). */
  label: localizedSchema,
  /** The English word for exactly one (firm, item), when it differs from the plural. */
  one: z.optional(nonEmpty()),
});
export type Unit = z.infer<typeof unitSchema>;

const indicatorBaseSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The fact in FACTS.md this indicator carries (F1–F8), when it carries one. */
  factCode: z.optional(z.string().check(z.regex(/^F\d+$/))),
  /** The one indicator shown on the fact's headline tile. */
  headline: z.boolean(),
  thrustId: thrustIdSchema,
  /** `source`: the source lists it under this thrust; `dataset`: this data set's classification. */
  thrustAssignment: z.enum(['source', 'dataset']),
  name: localizedSchema,
  description: localizedSchema,
  ownerIds: z.array(nonEmpty()).check(z.minLength(1)),
  /** `reported`: the source has this body speak for it; `illustrative`: this data set assigns it. */
  ownerProvenance: z.enum(['reported', 'illustrative']),
  /** The commitment itself, as the source states it. */
  commitment: citationSchema,
  cadence: cadenceSchema,
});

export const quantitativeIndicatorSchema = z.extend(indicatorBaseSchema, {
  kind: z.literal('quantitative'),
  unit: unitSchema,
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  /**
   * A figure that sets the scene (the metropolitan area's population) rather than a commitment:
   * with no target it carries no status at all, rather than "insufficient data".
   */
  context: z.optional(z.boolean()),
  baseline: z.optional(baselineSchema),
  targets: z.array(targetSchema),
  observations: z.array(observationSchema),
});
export type QuantitativeIndicator = z.infer<typeof quantitativeIndicatorSchema>;

export const milestoneStateSchema = z.enum(['notStarted', 'inProgress', 'done', 'delayed']);
export type MilestoneState = z.infer<typeof milestoneStateSchema>;

export const milestoneUpdateSchema = z.object({
  date: isoDateSchema,
  state: milestoneStateSchema,
  provenance: provenanceSchema,
  note: z.optional(localizedSchema),
});
export type MilestoneUpdate = z.infer<typeof milestoneUpdateSchema>;

export const milestoneIndicatorSchema = z.extend(indicatorBaseSchema, {
  kind: z.literal('milestone'),
  due: z.object({ date: isoDateSchema, provenance: provenanceSchema }),
  updates: z.array(milestoneUpdateSchema),
});
export type MilestoneIndicator = z.infer<typeof milestoneIndicatorSchema>;

export const indicatorSchema = z.discriminatedUnion('kind', [
  quantitativeIndicatorSchema,
  milestoneIndicatorSchema,
]);
export type Indicator = z.infer<typeof indicatorSchema>;

export const programmeResponseSchema = programmeSchema;
export const thrustsResponseSchema = z.object({ items: z.array(thrustSchema) });
export const departmentsResponseSchema = z.object({ items: z.array(departmentSchema) });
export const indicatorsResponseSchema = z.object({
  items: z.array(indicatorSchema),
  total: z.int().check(z.nonnegative()),
});
export const indicatorResponseSchema = indicatorSchema;
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
