// Importing observations from a CSV file: read and check every row here (the preview), then send
// them all; the API writes all or none, and its report names each refused row.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { ErrorMessage, errorText } from '@/components/ui/ErrorMessage';
import { Panel } from '@/components/ui/Panel';
import { toCsv } from '@/domain/csv';
import {
  decodeCsv,
  IMPORT_COLUMNS,
  importTemplateRows,
  parseCsv,
  REQUIRED_COLUMNS,
  validateImportRows,
  type FileIssue,
  type ImportReport,
  type ImportRow,
} from '@/domain/csv-import';
import type { Observation } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { ApiValidationError, outcomeUnknown } from '@/lib/api/client';
import { departmentQueries, indicatorQueries } from '@/lib/api/queries';
import { saveCsv } from '@/lib/download';
import { usePreferences } from '@/stores/preferences';
import { useImportRows } from '../api/use-data-admin';
import { ImportRowsTable } from './ImportRowsTable';
import formStyles from './data-entry.module.css';
import styles from './import.module.css';

/** Larger than any honest import of MAX_IMPORT_ROWS rows; refused before it is read into memory. */
const MAX_FILE_MB = 5;

/** What the file chooser can refuse before the CSV reader sees the file. */
type PickIssue = FileIssue | { code: 'tooLarge' } | { code: 'notCsv' };

/** A zip (.xlsx) or an OLE2 compound file (.xls): a workbook, not text. */
function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

interface Preview {
  fileName: string;
  rows: ImportRow[];
  report: ImportReport;
  observations: Map<number, Observation>;
}

function fileIssueText(issue: PickIssue, t: ReturnType<typeof useTranslation>['t']): string {
  switch (issue.code) {
    case 'tooLarge':
      return t('faults.fileTooLarge', { max: MAX_FILE_MB });
    case 'notCsv':
      return t('faults.notCsv');
    case 'missingColumns':
    case 'unknownColumns':
    case 'duplicateColumns':
      return t(`importCsv.fileIssue.${issue.code}`, { columns: issue.columns.join(', ') });
    case 'tooManyRows':
      return t('importCsv.fileIssue.tooManyRows', { max: issue.max });
    case 'malformed':
      return t('importCsv.fileIssue.malformed', { row: issue.row });
    default:
      return t(`importCsv.fileIssue.${issue.code}`);
  }
}

export function ImportCsv() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const ids = { file: useId(), author: useId(), hint: useId() };
  const indicators = useQuery(indicatorQueries.list());
  const departments = useQuery(departmentQueries.list());
  const authorName = usePreferences((s) => s.authorName);
  const authorNameChanged = usePreferences((s) => s.authorNameChanged);
  const importRows = useImportRows();
  const [file, setFile] = useState<{ name: string; rows: ImportRow[] } | null>(null);
  const [fileIssue, setFileIssue] = useState<PickIssue | null>(null);
  const [authorMissing, setAuthorMissing] = useState(false);

  const read = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.currentTarget.files?.[0];
    importRows.reset();
    setFile(null);
    setFileIssue(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_MB * 1024 * 1024) return setFileIssue({ code: 'tooLarge' });
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    if (isWorkbook(bytes)) return setFileIssue({ code: 'notCsv' });
    const decoded = decodeCsv(bytes);
    if ('issue' in decoded) return setFileIssue(decoded.issue);
    const parsed = parseCsv(decoded.text);
    if ('issue' in parsed) return setFileIssue(parsed.issue);
    setFile({ name: chosen.name, rows: parsed.rows });
  };

  // Checked against the indicators as the cache has them, whenever either changes.
  const preview = useMemo((): Preview | null => {
    if (!file || !indicators.data || !departments.data) return null;
    const validated = validateImportRows(file.rows, indicators.data.items, {
      today,
      departments: new Set(departments.data.map((d) => d.id)),
    });
    const observations = new Map<number, Observation>();
    for (const v of validated) if (v.observation) observations.set(v.report.row, v.observation);
    const reports = validated.map((v) => v.report);
    const accepted = reports.filter((r) => r.status === 'accepted').length;
    return {
      fileName: file.name,
      rows: file.rows,
      observations,
      report: { written: false, accepted, rejected: reports.length - accepted, rows: reports },
    };
  }, [file, indicators.data, departments.data, today]);

  const confirm = () => {
    if (!preview) return;
    if (!authorName.trim()) return setAuthorMissing(true);
    setAuthorMissing(false);
    importRows.mutate({ author: authorName.trim(), rows: preview.rows });
  };

  const serverReport =
    importRows.data ??
    (importRows.error instanceof ApiValidationError ? importRows.error.report : null);
  const refusedRows = serverReport?.rows.filter((r) => r.status === 'rejected') ?? [];

  return (
    <Panel title={t('importCsv.heading')}>
      <div className={styles.page}>
        <p>{t('importCsv.intro')}</p>
        <p className={styles.muted}>
          {t('importCsv.columns', {
            columns: IMPORT_COLUMNS.join(', '),
            required: REQUIRED_COLUMNS.join(', '),
          })}
        </p>
        <div className={styles.controls}>
          <button
            type="button"
            className={formStyles.secondary}
            onClick={() => saveCsv(toCsv(importTemplateRows()), 'npf-import-template.csv')}
          >
            {t('importCsv.template')}
          </button>
          <div className={formStyles.field}>
            <label htmlFor={ids.author} className={formStyles.label}>
              {t('entry.author')}
            </label>
            <input
              id={ids.author}
              type="text"
              autoComplete="name"
              maxLength={80}
              value={authorName}
              aria-invalid={authorMissing || undefined}
              aria-describedby={authorMissing ? `${ids.author}-error` : undefined}
              onChange={(e) => authorNameChanged(e.currentTarget.value)}
            />
            {authorMissing && (
              <p id={`${ids.author}-error`} className={formStyles.error}>
                {t('entry.authorRequired')}
              </p>
            )}
          </div>
          <div className={formStyles.field}>
            <label htmlFor={ids.file} className={formStyles.label}>
              {t('importCsv.file')}
            </label>
            <input
              id={ids.file}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              aria-describedby={ids.hint}
              onChange={(e) => void read(e)}
            />
            <p id={ids.hint} className={formStyles.hint}>
              {t('importCsv.fileHint')}
            </p>
          </div>
        </div>

        {/* Rows are checked against the indicator list: without it, nothing can be previewed. */}
        {(indicators.error ?? departments.error) && !(indicators.data && departments.data) && (
          <div className={styles.section}>
            <p>{t('faults.importNeedsList')}</p>
            <ErrorMessage
              error={indicators.error ?? departments.error}
              onRetry={() => {
                void indicators.refetch();
                void departments.refetch();
              }}
            />
          </div>
        )}

        {fileIssue && (
          <p role="alert" className={formStyles.alert}>
            {fileIssueText(fileIssue, t)}
          </p>
        )}

        {preview && !serverReport && (
          <section aria-label={t('importCsv.previewHeading')} className={styles.section}>
            <p role="status">
              {t('importCsv.summary', {
                total: preview.rows.length,
                ok: preview.report.accepted,
                bad: preview.report.rejected,
              })}
              {preview.report.rejected > 0 &&
                `${lang === 'zh' ? '' : ' '}${t('importCsv.allOrNothing')}`}
            </p>
            <ImportRowsTable
              caption={`${t('importCsv.previewHeading')} · ${preview.fileName}`}
              rows={preview.rows}
              reports={preview.report.rows}
              observations={preview.observations}
              indicators={indicators.data?.items ?? []}
              okLabel={t('importCsv.ok')}
            />
            <div className={formStyles.actions}>
              <button
                type="button"
                className={formStyles.primary}
                disabled={importRows.isPending}
                onClick={confirm}
              >
                {importRows.isPending ? t('importCsv.importing') : t('importCsv.confirm')}
              </button>
              <button
                type="button"
                className={formStyles.secondary}
                onClick={() => {
                  setFile(null);
                  importRows.reset();
                }}
              >
                {t('importCsv.cancel')}
              </button>
            </div>
            {importRows.isError && !serverReport && (
              <p role="alert" className={formStyles.alert}>
                {outcomeUnknown(importRows.error)
                  ? t('faults.outcomeUnknown', { reason: errorText(importRows.error, t) })
                  : t('importCsv.failed', { reason: errorText(importRows.error, t) })}
              </p>
            )}
          </section>
        )}

        {preview && serverReport && (
          <section aria-label={t('importCsv.reportHeading')} className={styles.section}>
            <p role={serverReport.written ? 'status' : 'alert'} className={formStyles.alert}>
              {serverReport.written
                ? t('importCsv.done', { count: serverReport.accepted })
                : t('importCsv.rejected', {
                    count: serverReport.rejected,
                    rows: refusedRows.map((r) => r.row).join(', '),
                  })}
            </p>
            <ImportRowsTable
              caption={`${t('importCsv.reportHeading')} · ${preview.fileName}`}
              rows={preview.rows}
              reports={serverReport.rows}
              observations={preview.observations}
              indicators={indicators.data?.items ?? []}
              okLabel={serverReport.written ? t('importCsv.accepted') : t('importCsv.ok')}
            />
          </section>
        )}
      </div>
    </Panel>
  );
}
