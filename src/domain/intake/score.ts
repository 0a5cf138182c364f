// The intake's honest score: its proposals against a text's figures written out by hand. A figure
// is found when a proposal's words overlap the fixture's verbatim snippet (`at`, unique in the text).
import { z } from '../zod';
import { type Proposal, proposalSchema } from './schema';

/** A figure written out by hand: the fields a proposal is scored on, and where it stands. */
export const fixtureFigureSchema = z.extend(
  z.pick(proposalSchema, {
    value: true,
    unit: true,
    qualifier: true,
    year: true,
    kind: true,
    speaker: true,
  }),
  {
    /** A verbatim snippet of the text, found once in it, that holds the figure. */
    at: z.string().check(z.minLength(1)),
    note: z.optional(z.string()),
  },
);
export type FixtureFigure = z.infer<typeof fixtureFigureSchema>;

export const fixtureSchema = z.object({
  description: z.optional(z.string()),
  /** The text's path, relative to the fixture file. */
  text: z.string().check(z.minLength(1)),
  /** The text's date, for 去年 and 今年. */
  date: z.optional(z.nullable(z.string())),
  figures: z.array(fixtureFigureSchema),
});
export type Fixture = z.infer<typeof fixtureSchema>;

/** The bars: figures right on value, unit and qualifier; on speaker; proposals real. */
export const TARGETS = { valueUnitQualifier: 0.95, speaker: 0.9, precision: 0.85 } as const;

const FIELDS = ['value', 'unit', 'qualifier', 'year', 'kind', 'speaker'] as const;
export type ScoredField = (typeof FIELDS)[number];

export interface Miss {
  figure: FixtureFigure;
  /** The proposal found at the figure, or null when none was. */
  proposal: Proposal | null;
  /** The fields the proposal got wrong (all scored fields when it was not proposed). */
  wrong: ScoredField[];
}

export interface Score {
  figures: number;
  proposals: number;
  found: number;
  /** Figures proposed with value, unit and qualifier right. */
  valueUnitQualifier: number;
  /** Correct answers per field, over all figures. */
  right: Record<ScoredField, number>;
  /** Proposals that are a figure of the fixture. */
  real: number;
  recall: { valueUnitQualifier: number; speaker: number };
  precision: number;
  meets: { valueUnitQualifier: boolean; speaker: boolean; precision: boolean };
  /** Figures not proposed, or proposed with value, unit, qualifier or speaker wrong. */
  misses: Miss[];
  /** Proposals that are not figures of the fixture. */
  extra: Proposal[];
  /** Each figure with the proposal found at it, or null. */
  matched: { figure: FixtureFigure; proposal: Proposal | null }[];
}

/** Where each fixture figure is in the text; throws when a snippet is missing or not unique. */
export function locate(text: string, figures: readonly FixtureFigure[]): [number, number][] {
  return figures.map(({ at }) => {
    const first = text.indexOf(at);
    if (first < 0) throw new Error(`the fixture's snippet “${at}” is not in the text`);
    if (text.indexOf(at, first + 1) >= 0) {
      throw new Error(`the fixture's snippet “${at}” is in the text more than once`);
    }
    return [first, first + at.length];
  });
}

const same = (field: ScoredField, f: FixtureFigure, p: Proposal): boolean =>
  field === 'value' ? Math.abs(f.value - p.value) < 1e-9 : f[field] === p[field];

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function scoreProposals(
  text: string,
  figures: readonly FixtureFigure[],
  proposals: readonly Proposal[],
): Score {
  const spans = locate(text, figures);
  const used = new Set<Proposal>();
  const matched = figures.map((figure, i) => {
    const [start, end] = spans[i] ?? [0, 0];
    const proposal =
      proposals.find(
        (p) => !used.has(p) && p.figure.offset < end && p.figure.offset + p.figure.length > start,
      ) ?? null;
    if (proposal) used.add(proposal);
    return { figure, proposal };
  });
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  let valueUnitQualifier = 0;
  const misses: Miss[] = [];
  for (const { figure, proposal } of matched) {
    const wrong = FIELDS.filter((field) => !proposal || !same(field, figure, proposal));
    for (const field of FIELDS) if (!wrong.includes(field)) right[field] += 1;
    const vuq =
      proposal !== null && !wrong.some((w) => w === 'value' || w === 'unit' || w === 'qualifier');
    if (vuq) valueUnitQualifier += 1;
    if (!vuq || wrong.includes('speaker')) misses.push({ figure, proposal, wrong });
  }
  const recall = {
    valueUnitQualifier: ratio(valueUnitQualifier, figures.length),
    speaker: ratio(right.speaker, figures.length),
  };
  const precision = ratio(used.size, proposals.length);
  return {
    figures: figures.length,
    proposals: proposals.length,
    found: used.size,
    valueUnitQualifier,
    right,
    real: used.size,
    recall,
    precision,
    meets: {
      valueUnitQualifier: recall.valueUnitQualifier >= TARGETS.valueUnitQualifier,
      speaker: recall.speaker >= TARGETS.speaker,
      precision: precision >= TARGETS.precision,
    },
    misses,
    extra: proposals.filter((p) => !used.has(p)),
    matched,
  };
}
