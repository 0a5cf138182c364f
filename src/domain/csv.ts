// Writing CSV that Excel opens safely: UTF-8 with a BOM (so Chinese is read as UTF-8), CRLF,
// RFC 4180 quoting, and text cells that a spreadsheet would run as a formula defused.
import { byDate } from './dates';
import { formatValue, pick, type Language } from './format';
import type {
  Citation,
  Comparator,
  Department,
  Indicator,
  MilestoneState,
  Thrust,
} from './schemas';
import { currentTarget, type Assessment, type Status } from './status';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';

/**
 * OWASP's advice for CSV injection: a text cell starting with = + - @ (or a tab or CR, which
 * some spreadsheets skip before reading one of those) is prefixed with an apostrophe, so it is
 * shown as text and never evaluated.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  // Numbers are written by this code, never typed by a user, so they cannot carry a formula.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = escapeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const EXPORT_COLUMNS = [
  'id',
  'code',
  'thrust',
  'indicator',
  'owners',
  'value',
  'display',
  'asOf',
  'provenance',
  'source',
  'target',
  'targetDate',
  'status',
  'stale',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The words the export needs from the interface, so this module stays free of i18n. */
export interface ExportLabels {
  headers: Record<ExportColumn, string>;
  status: Record<Status, string>;
  stale: string;
  provenance: Record<'reported' | 'illustrative', string>;
  milestoneState: Record<MilestoneState, string>;
  comparator: Record<Comparator, string>;
  dueBy: (date: string) => string;
  sourceLine: (citation: Citation) => string;
}

export interface ExportContext {
  lang: Language;
  today: string;
  thrusts: readonly Thrust[];
  departments: readonly Department[];
  labels: ExportLabels;
}

function figureCells(indicator: Indicator, ctx: ExportContext): CsvCell[] {
  const { lang, today, labels } = ctx;
  if (indicator.kind === 'milestone') {
    const latest = indicator.updates
      .filter((u) => u.date <= today)
      .sort(byDate)
      .at(-1);
    if (!latest) return [null, null, null, null, null];
    return [
      null,
      labels.milestoneState[latest.state],
      latest.date,
      labels.provenance[latest.provenance.kind],
      latest.provenance.kind === 'reported'
        ? labels.sourceLine(latest.provenance.citation)
        : latest.provenance.note
          ? pick(latest.provenance.note, lang)
          : null,
    ];
  }
  const latest = indicator.observations
    .filter((o) => o.date <= today)
    .sort(byDate)
    .at(-1);
  if (!latest) return [null, null, null, null, null];
  return [
    latest.value,
    formatValue(latest.value, indicator.unit, lang, latest.qualifier),
    latest.date,
    labels.provenance[latest.provenance.kind],
    latest.provenance.kind === 'reported'
      ? labels.sourceLine(latest.provenance.citation)
      : latest.provenance.note
        ? pick(latest.provenance.note, lang)
        : null,
  ];
}

function targetCells(indicator: Indicator, ctx: ExportContext): CsvCell[] {
  if (indicator.kind === 'milestone')
    return [ctx.labels.dueBy(indicator.due.date), indicator.due.date];
  const { target } = currentTarget(indicator.targets, ctx.today);
  if (!target) return [null, null];
  // The target's value or its date made up by this data set: either way the target is marked.
  const mark =
    target.provenance.kind === 'illustrative' ||
    (target.dateProvenance ?? target.provenance).kind === 'illustrative'
      ? ` (${ctx.labels.provenance.illustrative})`
      : '';
  return [
    `${ctx.labels.comparator[target.comparator]}${formatValue(target.value, indicator.unit, ctx.lang)}${mark}`,
    target.date,
  ];
}

/**
 * One row per indicator in view: the raw latest value for calculation beside the figure as the
 * screen writes it, its date, provenance and source, the target and the status.
 */
export function viewCsvRows(
  items: readonly { indicator: Indicator; assessment: Assessment }[],
  ctx: ExportContext,
): CsvCell[][] {
  const { lang, labels } = ctx;
  const header = EXPORT_COLUMNS.map((c) => labels.headers[c]);
  const rows = items.map(({ indicator, assessment }): CsvCell[] => {
    const thrust = ctx.thrusts.find((t) => t.id === indicator.thrustId);
    const owners = indicator.ownerIds
      .map((id) => ctx.departments.find((d) => d.id === id))
      .map((d, i) => (d ? pick(d.shortName, lang) : (indicator.ownerIds[i] ?? '')))
      .join(lang === 'zh' ? '、' : '; ');
    return [
      indicator.id,
      indicator.factCode ?? null,
      thrust ? `${thrust.id} ${pick(thrust.shortName, lang)}` : indicator.thrustId,
      pick(indicator.name, lang),
      owners,
      ...figureCells(indicator, ctx),
      ...targetCells(indicator, ctx),
      assessment.status === null
        ? null
        : `${labels.status[assessment.status]}${assessment.illustrative.length > 0 ? ` (${labels.provenance.illustrative})` : ''}`,
      assessment.stale ? labels.stale : null,
    ];
  });
  return [header, ...rows];
}
