// Importing observations from a CSV file: read and check every row here (the preview), then send
// them all; the API writes all or none, and its report names each refused row.
import { useId } from 'react';
import { useTranslation } from '@/lib/i18n';
import { ErrorMessage, errorText } from '@/components/ui/ErrorMessage';
import { Panel } from '@/components/ui/Panel';
import { toCsv } from '@/domain/csv';
import {
  IMPORT_COLUMNS,
  importTemplateRows,
  REQUIRED_COLUMNS,
  type ImportReport,
} from '@/domain/csv-import';
import type { Principal } from '@/domain/accounts';
import type { Indicator } from '@/domain/schemas';
import { useDepartmentNames } from '@/hooks/use-department-names';
import { useLanguage } from '@/hooks/use-language';
import { outcomeUnknown } from '@/lib/api/client';
import { saveCsv } from '@/lib/download';
import { useCsvImport, type Preview } from '../hooks/use-csv-import';
import { fileIssueText } from './file-issue-text';
import { ImportRowsTable } from './ImportRowsTable';
import { RecordGate } from './WriteRefusal';
import formStyles from './data-entry.module.css';
import styles from './import.module.css';

/** Every row as read and checked here, before anything is sent. */
function ImportPreview({
  preview,
  indicators,
  importing,
  sendError,
  onConfirm,
  onCancel,
}: {
  preview: Preview;
  indicators: readonly Indicator[];
  importing: boolean;
  sendError: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-label={t('importCsv.previewHeading')} className={styles.section}>
      <p role="status">
        {t('importCsv.summary', {
          total: preview.rows.length,
          ok: preview.report.accepted,
          bad: preview.report.rejected,
        })}
        {preview.report.rejected > 0 && `${lang === 'zh' ? '' : ' '}${t('importCsv.allOrNothing')}`}
      </p>
      <ImportRowsTable
        caption={`${t('importCsv.previewHeading')} · ${preview.fileName}`}
        rows={preview.rows}
        reports={preview.report.rows}
        observations={preview.observations}
        indicators={indicators}
        okLabel={t('importCsv.ok')}
      />
      <div className={formStyles.actions}>
        <button
          type="button"
          className={formStyles.primary}
          disabled={importing}
          onClick={onConfirm}
        >
          {importing ? t('importCsv.importing') : t('importCsv.confirm')}
        </button>
        <button type="button" className={formStyles.secondary} onClick={onCancel}>
          {t('importCsv.cancel')}
        </button>
      </div>
      {sendError !== null && (
        <p role="alert" className={formStyles.alert}>
          {outcomeUnknown(sendError)
            ? t('faults.outcomeUnknown', { reason: errorText(sendError, t) })
            : t('importCsv.failed', { reason: errorText(sendError, t) })}
        </p>
      )}
    </section>
  );
}

/** The API's report: every row written, or none and why. */
function ImportResult({
  preview,
  report,
  indicators,
}: {
  preview: Preview;
  report: ImportReport;
  indicators: readonly Indicator[];
}) {
  const { t } = useTranslation();
  const refusedRows = report.rows.filter((r) => r.status === 'rejected');
  return (
    <section aria-label={t('importCsv.reportHeading')} className={styles.section}>
      <p role={report.written ? 'status' : 'alert'} className={formStyles.alert}>
        {report.written
          ? t('importCsv.done', { count: report.accepted })
          : t('importCsv.rejected', {
              count: report.rejected,
              rows: refusedRows.map((r) => r.row).join(', '),
            })}
      </p>
      <ImportRowsTable
        caption={`${t('importCsv.reportHeading')} · ${preview.fileName}`}
        rows={preview.rows}
        reports={report.rows}
        observations={preview.observations}
        indicators={indicators}
        okLabel={report.written ? t('importCsv.accepted') : t('importCsv.ok')}
      />
    </section>
  );
}

/** What an editor may import: their own departments' indicators, all or nothing. */
function ImportScope({ principal }: { principal: Principal | null }) {
  const { t } = useTranslation();
  const names = useDepartmentNames();
  if (principal?.kind !== 'user' || principal.role !== 'editor') return null;
  return (
    <p className={formStyles.refusal}>
      {t('accounts.refusal.importScope', { departments: names(principal.departments) })}
    </p>
  );
}

export function ImportCsv() {
  const { t } = useTranslation();
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
        {/* An editor imports for their own departments; the API refuses any other row. */}
        <RecordGate ownerIds={(p) => (p.kind === 'user' ? p.departments : [])}>
          {(principal) => (
            <>
              <ImportScope principal={principal} />
              <ImportControls principal={principal} />
            </>
          )}
        </RecordGate>
      </div>
    </Panel>
  );
}

function ImportControls({ principal }: { principal: Principal | null }) {
  const { t } = useTranslation();
  const ids = { file: useId(), hint: useId() };
  const csv = useCsvImport(principal);
  const { indicators, departments, preview, serverReport } = csv;
  const items = indicators.data?.items ?? [];

  return (
    <>
      <div className={styles.controls}>
        <button
          type="button"
          className={formStyles.secondary}
          onClick={() => saveCsv(toCsv(importTemplateRows()), 'npf-import-template.csv')}
        >
          {t('importCsv.template')}
        </button>
        <div className={formStyles.field}>
          <label htmlFor={ids.file} className={formStyles.label}>
            {t('importCsv.file')}
          </label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            aria-describedby={ids.hint}
            onChange={(e) => void csv.choose(e.currentTarget.files?.[0])}
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

      {csv.fileIssue && (
        <p role="alert" className={formStyles.alert}>
          {fileIssueText(csv.fileIssue, t)}
        </p>
      )}

      {preview && !serverReport && (
        <ImportPreview
          preview={preview}
          indicators={items}
          importing={csv.importing}
          sendError={csv.sendError}
          onConfirm={csv.confirm}
          onCancel={csv.cancel}
        />
      )}
      {preview && serverReport && (
        <ImportResult preview={preview} report={serverReport} indicators={items} />
      )}
    </>
  );
}
