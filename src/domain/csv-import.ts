// Importing observations from a spreadsheet: decode the bytes, read the CSV, check the columns,
// and validate every row with the same rules as the form. The API applies them all or none.
import Papa from 'papaparse';
import type { CheckContext, FieldIssue } from './entry';
import {
  EMPTY_PROVENANCE_DRAFT,
  fieldOfPath,
  validateObservationDraft,
  type DraftField,
  type ObservationDraft,
} from './entry-draft';
import type { Indicator, Observation } from './schemas';

/** The file's columns, in the template's order; the header names them in any order. */
export const IMPORT_COLUMNS = [
  'indicator_id',
  'date',
  'value',
  'qualifier',
  'provenance',
  'source',
  'speaker',
  'role',
  'department',
  'citation_date',
  'event',
  'quote',
  'note',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'indicator_id',
  'date',
  'value',
  'provenance',
];
import { MAX_IMPORT_ROWS } from './import-schemas';

export { MAX_IMPORT_ROWS };

/** The column each field of a typed draft is read from; every field has one. */
const COLUMN_FIELDS: readonly (readonly [
  Exclude<ImportColumn, 'indicator_id'>,
  keyof ObservationDraft,
])[] = [
  ['date', 'date'],
  ['value', 'value'],
  ['qualifier', 'qualifier'],
  ['provenance', 'provenance'],
  ['source', 'source'],
  ['speaker', 'speaker'],
  ['role', 'role'],
  ['department', 'departmentId'],
  ['citation_date', 'citationDate'],
  ['event', 'event'],
  ['quote', 'quote'],
  ['note', 'note'],
];

function columnOfField(field: DraftField | null): ImportColumn {
  return COLUMN_FIELDS.find(([, f]) => f === field)?.[0] ?? 'indicator_id';
}

import type { ImportReport, ImportRow, ImportRowReport } from './import-schemas';

// The wire schemas live apart from the parser, so the API client can read an import's report
// without pulling the CSV parser onto the first screen.
export {
  importReportSchema,
  importRequestSchema,
  importRowReportSchema,
  importRowSchema,
  type ImportReport,
  type ImportRequest,
  type ImportRow,
  type ImportRowReport,
} from './import-schemas';

export type FileIssue =
  | { code: 'notUtf8' | 'empty' | 'noRows' }
  | { code: 'missingColumns' | 'unknownColumns' | 'duplicateColumns'; columns: string[] }
  | { code: 'tooManyRows'; max: number }
  | { code: 'malformed'; row: number };

/**
 * The file's text. UTF-8 with or without a BOM; UTF-16 with a BOM (Excel's "Unicode text") is
 * read too. Anything else — GBK/ANSI from an older Excel, most often — is refused, not guessed.
 */
export function decodeCsv(bytes: Uint8Array): { text: string } | { issue: FileIssue } {
  if (bytes.length === 0) return { issue: { code: 'empty' } };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { issue: { code: 'notUtf8' } };
  }
  // NUL is valid UTF-8 and UTF-16 but never part of a CSV: text full of it was written in a wider
  // encoding than it was read in (UTF-16 without a BOM, UTF-32 with or without one), and would
  // otherwise come out as a header with no known column.
  if (text.includes('\u0000')) return { issue: { code: 'notUtf8' } };
  return { text };
}

/** A zip (.xlsx) or an OLE2 compound file (.xls): a workbook, not text. */
export function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

export interface ParsedCsv {
  rows: ImportRow[];
  delimiter: ',' | '\t';
}

/** Reads comma- or tab-separated text with a header row into rows keyed by column. */
export function parseCsv(text: string): ParsedCsv | { issue: FileIssue } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t'],
  });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return { issue: { code: 'malformed', row: (quoteError.row ?? 0) + 1 } };
  const records = result.data;
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.every((h) => h === '')) return { issue: { code: 'empty' } };

  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return { issue: { code: 'missingColumns', columns: missing } };
  const unknown = header.filter(
    (h) => h !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(h),
  );
  if (unknown.length > 0) return { issue: { code: 'unknownColumns', columns: unknown } };
  const repeated = header.filter((h, i) => h !== '' && header.indexOf(h) !== i);
  if (repeated.length > 0) return { issue: { code: 'duplicateColumns', columns: repeated } };

  const rows: ImportRow[] = [];
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells: Record<string, string> = {};
    header.forEach((column, c) => {
      if (column) cells[column] = record[c] ?? '';
    });
    rows.push({ row: i + 2, cells });
  });
  if (rows.length === 0) return { issue: { code: 'noRows' } };
  if (rows.length > MAX_IMPORT_ROWS)
    return { issue: { code: 'tooManyRows', max: MAX_IMPORT_ROWS } };
  return { rows, delimiter: result.meta.delimiter === '\t' ? '\t' : ',' };
}

/**
 * A cell a spreadsheet would run as a formula (=, +, @, a tab or CR first; or a minus not
 * followed by a number). Refused rather than cleaned, so nobody imports a formula by accident.
 */
export function isFormulaLike(cell: string): boolean {
  // Spaces before the formula do not stop a spreadsheet from running it.
  const trimmed = cell.trimStart();
  return /^[=+@\t\r]/.test(cell) || /^[=+@]/.test(trimmed) || /^-(?![\d.])/.test(trimmed);
}

export interface ValidatedRow {
  report: ImportRowReport;
  observation: Observation | null;
}

/**
 * Every row checked against the indicators as they are before the import. `mayRecord` says
 * whether the importer may record an indicator (an editor, only their departments'): a row for
 * any other is refused as outside their scope.
 */
export function validateImportRows(
  rows: readonly ImportRow[],
  indicators: readonly Indicator[],
  ctx: CheckContext,
  mayRecord: (indicator: Indicator) => boolean = () => true,
): ValidatedRow[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  return rows.map(({ row, cells }) => {
    const cell = (c: ImportColumn) => cells[c] ?? '';
    const indicatorId = cell('indicator_id').trim();
    const issues: FieldIssue[] = [];
    for (const column of IMPORT_COLUMNS) {
      if (isFormulaLike(cell(column))) issues.push({ path: column, code: 'formulaLike' });
    }
    const indicator = byId.get(indicatorId);
    let observation: Observation | null = null;
    if (!indicatorId) issues.push({ path: 'indicator_id', code: 'required' });
    else if (!indicator) issues.push({ path: 'indicator_id', code: 'unknownIndicator' });
    else if (!mayRecord(indicator)) issues.push({ path: 'indicator_id', code: 'outsideScope' });
    else if (indicator.kind !== 'quantitative') {
      issues.push({ path: 'indicator_id', code: 'wrongKind' });
    } else {
      const draft: ObservationDraft = {
        ...EMPTY_PROVENANCE_DRAFT,
        date: '',
        value: '',
        qualifier: '',
        note: '',
      };
      for (const [column, field] of COLUMN_FIELDS) draft[field] = cell(column);
      // A reported figure names its department; the indicator's owner when the file leaves it out.
      if (!draft.departmentId.trim()) draft.departmentId = indicator.ownerIds[0] ?? '';
      const result = validateObservationDraft(draft, indicator, ctx);
      for (const issue of result.issues) {
        const column = columnOfField(fieldOfPath(issue.path));
        if (!issues.some((i) => i.path === column)) issues.push({ ...issue, path: column });
      }
      observation = result.observation;
      const key = `${indicatorId}|${observation?.date ?? ''}`;
      if (observation && seen.has(key)) issues.push({ path: 'date', code: 'duplicateInFile' });
      seen.add(key);
    }
    const accepted = issues.length === 0;
    return {
      report: { row, indicatorId, status: accepted ? 'accepted' : 'rejected', issues },
      observation: accepted ? observation : null,
    };
  });
}

export function summarise(rows: readonly ValidatedRow[], written: boolean): ImportReport {
  const reports = rows.map((r) => r.report);
  const accepted = reports.filter((r) => r.status === 'accepted').length;
  return { written, accepted, rejected: reports.length - accepted, rows: reports };
}

/** The template to download: the columns, and one example row to replace. */
export function importTemplateRows(): string[][] {
  return [
    [...IMPORT_COLUMNS],
    [
      'metro-gdp',
      '2026-10-31',
      '6.2万亿',
      'about',
      'illustrative',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '示例行，导入前请替换 / Example row: replace before importing',
    ],
  ];
}
