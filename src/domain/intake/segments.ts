// The text cut into paragraphs (lines), sentences and clauses, once, so each figure finds its
// own by binary search: the quote is the clause, the year and the kind are read in the sentence.

export interface Span {
  start: number;
  end: number;
}

export interface Segments {
  text: string;
  lines: Span[];
  sentences: Span[];
  clauses: Span[];
}

const OPENING = '“‘「『（(';
const CLOSING = '”’」』）)';
const SENTENCE_END = '。！？!?；;';
const CLAUSE_END = '，,：:';

const DIGIT = /[0-9０-９]/;
/** The colon of a ratio (11.1:47.5, 2.51:1) or a time (10:30) does not end a clause. */
const isRatioColon = (text: string, i: number) =>
  ':：∶'.includes(text.charAt(i)) &&
  DIGIT.test(text.charAt(i - 1)) &&
  DIGIT.test(text.charAt(i + 1));

/**
 * Cuts at sentence and clause punctuation, never inside quotation marks or brackets (a quoted
 * “企业为主体、…” stays whole); a mark left open ends with its line or sentence.
 */
function cut(text: string): { sentences: Span[]; clauses: Span[]; lines: Span[] } {
  const sentences: Span[] = [];
  const clauses: Span[] = [];
  const lines: Span[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  let lineStart = 0;
  let depth = 0;
  const close = (list: Span[], start: number, end: number) => {
    if (end > start) list.push({ start, end });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      close(clauses, clauseStart, i);
      close(sentences, sentenceStart, i);
      close(lines, lineStart, i);
      clauseStart = sentenceStart = lineStart = i + 1;
      depth = 0;
    } else if (OPENING.includes(ch)) {
      depth += 1;
    } else if (CLOSING.includes(ch)) {
      depth = Math.max(0, depth - 1);
    } else if (SENTENCE_END.includes(ch) && (depth === 0 || ch === '。')) {
      close(clauses, clauseStart, i + 1);
      close(sentences, sentenceStart, i + 1);
      clauseStart = sentenceStart = i + 1;
      depth = 0;
    } else if (CLAUSE_END.includes(ch) && depth === 0 && !isRatioColon(text, i)) {
      close(clauses, clauseStart, i + 1);
      clauseStart = i + 1;
    }
  }
  close(clauses, clauseStart, text.length);
  close(sentences, sentenceStart, text.length);
  close(lines, lineStart, text.length);
  return { sentences, clauses, lines };
}

export function segment(text: string): Segments {
  return { text, ...cut(text) };
}

/** The span of `spans` (sorted, disjoint) that holds `at`, or null. */
export function spanAt(spans: readonly Span[], at: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The index of the first span that starts at or after `at`. */
export function firstFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest quote: beyond it, the quote is the figure and the words just before it. */
const MAX_QUOTE = 200;
const QUOTE_BEFORE = 120;

const TRIM_START = /^[\s，,：:；;。、]+/;
const TRIM_END = /[\s，,：:；;、]+$/;

/** `span` without its surrounding blanks and separators (a final 。 stays). */
export function trimmed(text: string, span: Span): Span {
  const raw = text.slice(span.start, span.end);
  const lead = TRIM_START.exec(raw)?.[0].length ?? 0;
  const tail = TRIM_END.exec(raw.slice(lead))?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end - tail };
}

/**
 * The shortest clause that holds the figure `[start, end)`, with the clause before it when the
 * clause says little else (前十 alone, 排名第三); never past its sentence.
 */
export function quoteSpan(seg: Segments, start: number, end: number): Span {
  const clause = spanAt(seg.clauses, start) ?? { start, end };
  const sentence = spanAt(seg.sentences, start) ?? clause;
  const to = Math.max(clause.end, end);
  let from = clause.start;
  if (end - from <= MAX_QUOTE) {
    const own = trimmed(seg.text, { start: from, end: Math.min(to, from + MAX_QUOTE) });
    if (own.end - own.start - (end - start) < 4) {
      const before = seg.clauses[firstFrom(seg.clauses, clause.start) - 1];
      if (before && before.start >= sentence.start) from = before.start;
    }
  }
  // A clause that runs on (a text without punctuation) is cut to a window around the figure.
  if (to - from > MAX_QUOTE) from = Math.max(from, start - QUOTE_BEFORE);
  const out = trimmed(seg.text, {
    start: from,
    end: Math.min(to, Math.max(end, from + MAX_QUOTE)),
  });
  // A closing 。 belongs to the sentence, not the quote.
  return seg.text.charAt(out.end - 1) === '。' ? { start: out.start, end: out.end - 1 } : out;
}
