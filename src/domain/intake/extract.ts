// The intake's entry point: every quantitative figure of a Chinese text, proposed with its unit,
// qualifier, year, kind, speaker and the clause that holds it. Pure and deterministic.
import { type Candidate, findCandidates } from './candidates';
import { kindOf } from './kind';
import { MAGNITUDES, RATE_UNITS } from './lexicon';
import { notFigure } from './not-figures';
import type { Proposal } from './schema';
import { quoteSpan, segment, spanAt } from './segments';
import { findTurns, turnAt } from './turns';
import { documentDate, findYears, yearOf } from './years';

export interface IntakeOptions {
  /** The text's date (YYYY-MM-DD), for 去年 and 今年; read from the text when it gives one. */
  date?: string | null;
}

export interface IntakeResult {
  proposals: Proposal[];
  /** The date 去年/今年 were resolved from, and where it came from. */
  date: { value: string; from: 'option' | 'text' } | null;
}

/** How far back the kind looks for its words: a sentence of a few hundred characters at most. */
const CONTEXT = 300;

/** FNV-1a, 32 bits: a short, stable fingerprint of a proposal's words. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function scaleOf(c: Candidate): number {
  const magnitude = c.magnitude ? (MAGNITUDES[c.magnitude] ?? 1) : 1;
  if (c.measure === '‰') return magnitude / 1000;
  if (RATE_UNITS.has(c.measure)) return c.measure === '成' ? magnitude / 10 : magnitude / 100;
  return magnitude;
}

function baseUnitOf(c: Candidate): string {
  return RATE_UNITS.has(c.measure) ? '' : c.measure;
}

/** Proposes every figure of `text`, in the order they appear. */
export function intake(text: string, options: IntakeOptions = {}): IntakeResult {
  const fromText = options.date ? null : documentDate(text);
  const date = options.date
    ? { value: options.date, from: 'option' as const }
    : fromText
      ? { value: fromText, from: 'text' as const }
      : null;
  const docYear = date ? Number(date.value.slice(0, 4)) : null;
  const seg = segment(text);
  const turns = findTurns(text);
  const years = findYears(text, docYear);
  const proposals: Proposal[] = [];
  for (const c of findCandidates(text)) {
    if (notFigure(text, c) !== null) continue;
    const quote = quoteSpan(seg, c.start, c.end);
    const sentence = spanAt(seg.sentences, c.start) ?? quote;
    const clause = spanAt(seg.clauses, c.start) ?? quote;
    const year = yearOf(seg, years, c.start, c.end);
    const turn = turnAt(turns, c.start);
    const figureText = text.slice(c.start, c.end);
    proposals.push({
      id: `f${c.start}-${fingerprint(figureText + text.slice(quote.start, quote.end))}`,
      value: c.value,
      unit: c.magnitude + c.measure,
      qualifier: c.qualifier,
      year: year?.year ?? null,
      kind: kindOf(c, {
        sentenceBefore: text.slice(Math.max(sentence.start, c.start - CONTEXT), c.start),
        clauseBefore: text.slice(Math.max(clause.start, c.start - CONTEXT), c.start),
        year,
        docYear,
      }),
      speaker: turn?.speaker ?? null,
      role: turn?.role ?? null,
      quote: text.slice(quote.start, quote.end),
      offset: quote.start,
      length: quote.end - quote.start,
      figure: { text: figureText, offset: c.start, length: c.end - c.start },
      scale: scaleOf(c),
      baseUnit: baseUnitOf(c),
    });
  }
  return { proposals, date };
}

/** The proposals alone. */
export function proposeFigures(text: string, options: IntakeOptions = {}): Proposal[] {
  return intake(text, options).proposals;
}
