// From what a person typed (a form, a CSV row: all text) to a typed record, with every refused
// field named at once, so the form can show them all and the import can report them all.
import {
  checkMilestoneUpdate,
  checkObservation,
  MAX_LONG_TEXT,
  MAX_TEXT,
  type CheckContext,
  type FieldIssue,
} from './entry';
import {
  isoDateSchema,
  milestoneStateSchema,
  type Indicator,
  type IsoDate,
  type Localized,
  type MilestoneUpdate,
  type Observation,
  type Provenance,
  type Qualifier,
} from './schemas';

export interface ProvenanceDraft {
  /** `reported` or `illustrative` (公开发布 / 示意 are read too). */
  provenance: string;
  source: string;
  speaker: string;
  role: string;
  departmentId: string;
  citationDate: string;
  event: string;
  quote: string;
}

export interface ObservationDraft extends ProvenanceDraft {
  date: string;
  value: string;
  /** `exact`, `about` or `over` (精确 / 约 / 超 are read too); blank is exact. */
  qualifier: string;
  note: string;
}

export interface MilestoneDraft extends ProvenanceDraft {
  date: string;
  state: string;
  note: string;
}

export type DraftField = keyof ObservationDraft | keyof MilestoneDraft;

/** Where each typed field lands in the record; issues come back on these paths. */
export const FIELD_PATH: Record<DraftField, string> = {
  date: 'date',
  value: 'value',
  qualifier: 'qualifier',
  note: 'note',
  state: 'state',
  provenance: 'provenance.kind',
  source: 'provenance.citation.source',
  speaker: 'provenance.citation.speaker',
  role: 'provenance.citation.role',
  departmentId: 'provenance.citation.departmentId',
  citationDate: 'provenance.citation.date',
  event: 'provenance.citation.event',
  quote: 'provenance.citation.quote',
};

/** The field an issue belongs to; null when it is about the record as a whole. */
export function fieldOfPath(path: string): DraftField | null {
  if (path === 'provenance') return 'provenance';
  if (path === 'provenance.citation') return 'source';
  const found = (Object.keys(FIELD_PATH) as DraftField[]).find((f) => FIELD_PATH[f] === path);
  return found ?? null;
}

export const EMPTY_PROVENANCE_DRAFT: ProvenanceDraft = {
  provenance: 'illustrative',
  source: '',
  speaker: '',
  role: '',
  departmentId: '',
  citationDate: '',
  event: '',
  quote: '',
};

const FULL_WIDTH_DIGIT = /[\uff10-\uff19\uff0e\uff0d]/g;
const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

/**
 * A number as analysts write it: 5000000000000, 5,000,000, 5万亿, 3.5万, full-width digits, with
 * the unit's own label after it (元, 家) or not. Null when it is not a number.
 */
export function parseNumberInput(text: string, unitLabels: readonly string[] = []): number | null {
  let s = text
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，_]/g, '');
  for (const label of unitLabels) if (label && s.endsWith(label)) s = s.slice(0, -label.length);
  let factor = 1;
  for (const [suffix, m] of MULTIPLIERS) {
    if (s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      factor = m;
      break;
    }
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  // Scale in decimal so 3.5万 is exactly 35000, not 35000.000000000004.
  const value = Number((Number(s) * factor).toPrecision(15));
  return Number.isFinite(value) ? value : null;
}

/** YYYY-MM-DD, or the YYYY/M/D a spreadsheet writes. Null when it is not a calendar date. */
export function parseDateInput(text: string): IsoDate | null {
  const [, y = '', m = '', d = ''] =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim()) ?? [];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isoDateSchema.safeParse(iso).success ? iso : null;
}

const QUALIFIERS: Record<string, Qualifier> = {
  '': 'exact',
  exact: 'exact',
  精确: 'exact',
  about: 'about',
  约: 'about',
  nearly: 'nearly',
  近: 'nearly',
  over: 'over',
  超: 'over',
  // 前N (within the top N) is a rank's, not a form option; an import may still say so.
  withintop: 'withinTop',
  前: 'withinTop',
};
/** A typed qualifier (exact, about, over; 精确, 约, 超; blank is exact), or null. */
export function parseQualifier(text: string): Qualifier | null {
  return QUALIFIERS[text.trim().toLowerCase()] ?? null;
}

const PROVENANCES: Record<string, Provenance['kind']> = {
  reported: 'reported',
  公开发布: 'reported',
  illustrative: 'illustrative',
  示意: 'illustrative',
};

const both = (text: string): Localized => ({ zh: text, en: text });

class Issues {
  readonly list: FieldIssue[] = [];
  add(field: DraftField, code: FieldIssue['code'], params?: FieldIssue['params']) {
    const path = FIELD_PATH[field];
    if (!this.list.some((i) => i.path === path))
      this.list.push({ path, code, ...(params ? { params } : {}) });
  }
  text(field: DraftField, value: string, max = MAX_TEXT): string {
    const t = value.trim();
    if (t.length > max) this.add(field, 'tooLong', { max });
    return t;
  }
}

function parseProvenance(d: ProvenanceDraft, note: string, issues: Issues): Provenance | null {
  const before = issues.list.length;
  const kind = PROVENANCES[d.provenance.trim().toLowerCase()];
  if (!kind) {
    issues.add('provenance', d.provenance.trim() ? 'unknownOption' : 'required');
    return null;
  }
  if (kind === 'illustrative') {
    return note ? { kind, note: both(note) } : { kind };
  }
  const source = issues.text('source', d.source);
  if (!source) issues.add('source', 'reportedWithoutSource');
  const required = { speaker: d.speaker, role: d.role, quote: d.quote } as const;
  for (const [field, value] of Object.entries(required) as [DraftField, string][]) {
    if (!issues.text(field, value, field === 'quote' ? MAX_LONG_TEXT : MAX_TEXT)) {
      issues.add(field, 'citationRequired');
    }
  }
  const date = parseDateInput(d.citationDate);
  if (!d.citationDate.trim()) issues.add('citationDate', 'citationRequired');
  else if (!date) issues.add('citationDate', 'notADate');
  const departmentId = d.departmentId.trim();
  if (!departmentId) issues.add('departmentId', 'citationRequired');
  // A figure published without a separate occasion: the publication is the occasion.
  const event = issues.text('event', d.event) || source;
  if (!source || !date || !departmentId || issues.list.length > before) return null;
  return {
    kind,
    citation: {
      speaker: both(d.speaker.trim()),
      role: both(d.role.trim()),
      departmentId,
      date,
      source: both(source),
      event: both(event),
      quote: d.quote.trim(),
    },
  };
}

/**
 * A typed provenance on its own (a target's): the provenance, or null with the refused fields.
 * `note` is the illustrative value's note.
 */
export function validateProvenanceDraft(
  d: ProvenanceDraft,
  note: string,
): { provenance: Provenance | null; issues: FieldIssue[] } {
  const issues = new Issues();
  const text = issues.text('note', note, MAX_LONG_TEXT);
  const provenance = parseProvenance(d, text, issues);
  return { provenance: issues.list.length === 0 ? provenance : null, issues: issues.list };
}

function parseDate(text: string, issues: Issues): IsoDate | null {
  const date = parseDateInput(text);
  if (!text.trim()) issues.add('date', 'required');
  else if (!date) issues.add('date', 'notADate');
  return date;
}

/** Parses and checks a typed observation; `observation` is null when any field was refused. */
export function validateObservationDraft(
  d: ObservationDraft,
  indicator: Indicator,
  ctx: CheckContext,
): { observation: Observation | null; issues: FieldIssue[] } {
  const issues = new Issues();
  const date = parseDate(d.date, issues);
  const labels = indicator.kind === 'quantitative' ? [indicator.unit.label.zh] : [];
  const value = parseNumberInput(d.value, labels);
  if (!d.value.trim()) issues.add('value', 'required');
  else if (value === null) issues.add('value', 'notANumber');
  const qualifier = parseQualifier(d.qualifier);
  if (!qualifier) issues.add('qualifier', 'unknownOption');
  const note = issues.text('note', d.note, MAX_LONG_TEXT);
  const provenance = parseProvenance(d, note, issues);

  // Check what did parse, with neutral stand-ins for what did not; a field keeps its first issue.
  const probe: Observation = {
    date: date ?? ctx.today,
    value: value ?? 0,
    qualifier: qualifier ?? 'exact',
    provenance: provenance ?? { kind: 'illustrative' },
    ...(note ? { note: both(note) } : {}),
  };
  const checked = checkObservation(indicator, probe, ctx).filter(
    (i) => (i.path !== 'value' || value !== null) && (i.path !== 'date' || date !== null),
  );
  for (const i of checked) {
    if (!issues.list.some((x) => x.path === i.path)) issues.list.push(i);
  }
  return { observation: issues.list.length === 0 ? probe : null, issues: issues.list };
}

export function validateMilestoneDraft(
  d: MilestoneDraft,
  indicator: Indicator,
  ctx: CheckContext,
): { update: MilestoneUpdate | null; issues: FieldIssue[] } {
  const issues = new Issues();
  const date = parseDate(d.date, issues);
  const state = milestoneStateSchema.safeParse(d.state.trim());
  if (!state.success) issues.add('state', d.state.trim() ? 'unknownOption' : 'required');
  const note = issues.text('note', d.note, MAX_LONG_TEXT);
  const provenance = parseProvenance(d, note, issues);
  const probe: MilestoneUpdate = {
    date: date ?? ctx.today,
    state: state.success ? state.data : 'inProgress',
    provenance: provenance ?? { kind: 'illustrative' },
    ...(note ? { note: both(note) } : {}),
  };
  for (const i of checkMilestoneUpdate(indicator, probe, ctx)) {
    if (i.path === 'date' && date === null) continue;
    if (!issues.list.some((x) => x.path === i.path)) issues.list.push(i);
  }
  return { update: issues.list.length === 0 ? probe : null, issues: issues.list };
}
