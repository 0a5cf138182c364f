// Every row of an import with its verdict: in the preview (checked here) and in the server's report.
import { useTranslation } from '@/lib/i18n';
import { ProvenanceNote, Value } from '@/components/ui/Provenance';
import tableStyles from '@/components/ui/table.module.css';
import type { ImportRow, ImportRowReport } from '@/domain/csv-import';
import { formatDate, pick } from '@/domain/format';
import type { Indicator, Observation } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { issueText } from './issue-text';
import styles from './import.module.css';

export function ImportRowsTable({
  caption,
  rows,
  reports,
  observations,
  indicators,
  okLabel,
}: {
  caption: string;
  rows: readonly ImportRow[];
  reports: readonly ImportRowReport[];
  /** The typed observation of each accepted row, by spreadsheet row. */
  observations: ReadonlyMap<number, Observation>;
  indicators: readonly Indicator[];
  okLabel: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const byRow = new Map(rows.map((r) => [r.row, r.cells]));
  return (
    <div className={tableStyles.scroll}>
      <table className={`${tableStyles.table} ${tableStyles.alignTop} ${styles.table}`}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importCsv.row')}</th>
            <th scope="col">{t('importCsv.indicator')}</th>
            <th scope="col">{t('indicator.date')}</th>
            <th scope="col">{t('indicator.value')}</th>
            <th scope="col">{t('importCsv.result')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => {
            const cells = byRow.get(report.row) ?? {};
            const indicator = indicators.find((i) => i.id === report.indicatorId);
            const unit = indicator?.kind === 'quantitative' ? indicator.unit : null;
            const observation = observations.get(report.row);
            const ok = report.status === 'accepted';
            return (
              <tr key={report.row} data-status={report.status}>
                <th scope="row" className="figure">
                  {report.row}
                </th>
                <td>{indicator ? pick(indicator.name, lang) : (cells.indicator_id ?? '')}</td>
                <td className="figure">
                  {observation ? formatDate(observation.date, lang, 'short') : (cells.date ?? '')}
                </td>
                <td>
                  {observation && unit ? (
                    <span className={styles.value}>
                      <Value
                        value={observation.value}
                        unit={unit}
                        qualifier={observation.qualifier}
                        provenance={observation.provenance}
                      />
                      {observation.provenance.kind === 'reported' && (
                        <ProvenanceNote provenance={observation.provenance} />
                      )}
                    </span>
                  ) : (
                    // What the file says, as text: it did not pass as a number.
                    <code>{cells.value ?? ''}</code>
                  )}
                </td>
                <td className={ok ? styles.ok : styles.bad}>
                  {ok ? (
                    <span>✓ {okLabel}</span>
                  ) : (
                    <ul>
                      {report.issues.map((issue) => (
                        <li key={`${issue.path}-${issue.code}`}>
                          {t('importCsv.column', {
                            column: issue.path,
                            message: issueText(issue, t, { lang, today, unit }),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
