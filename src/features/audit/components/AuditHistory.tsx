// An indicator's change history: when, who, which record, what it was and what it became.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { Panel, QueryView } from '@/components/ui/Panel';
import { IllustrativeMark, ProvenanceNote, Value } from '@/components/ui/Provenance';
import tableStyles from '@/components/ui/table.module.css';
import type { AuditEntry } from '@/domain/audit';
import { formatDate, formatDateTime, pick } from '@/domain/format';
import type { Indicator, MilestoneUpdate, Observation, Target } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { auditQueries } from '@/lib/api/audit-queries';
import styles from './audit.module.css';

function Record({
  record,
  indicator,
  showDate,
}: {
  record: Observation | MilestoneUpdate | null;
  indicator: Indicator;
  showDate: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Nothing before: the first record (the What column says it was added).
  if (!record) return <span>—</span>;
  const provenance = record.provenance;
  return (
    <span className={styles.record}>
      <span>
        {'value' in record && indicator.kind === 'quantitative' ? (
          <Value
            value={record.value}
            unit={indicator.unit}
            qualifier={record.qualifier}
            provenance={provenance}
          />
        ) : 'state' in record ? (
          <span>
            {t(`milestoneState.${record.state}`)}
            {provenance.kind === 'illustrative' && (
              <IllustrativeMark note={provenance.note ? pick(provenance.note, lang) : undefined} />
            )}
          </span>
        ) : null}
        {showDate && (
          <span className={styles.muted}> · {formatDate(record.date, lang, 'short')}</span>
        )}
      </span>
      {provenance.kind === 'reported' && (
        <span className={styles.source}>
          <ProvenanceNote provenance={provenance} />
        </span>
      )}
    </span>
  );
}

/** A target: comparator, value and date, with its source or illustrative mark. */
function TargetCell({ target, indicator }: { target: Target | null; indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!target || indicator.kind !== 'quantitative') return <span>—</span>;
  return (
    <span className={styles.record}>
      <span>
        {t(`comparator.${target.comparator}`)}
        <Value value={target.value} unit={indicator.unit} provenance={target.provenance} />
        <span className={styles.muted}> · {formatDate(target.date, lang, 'short')}</span>
      </span>
      {target.provenance.kind === 'reported' && (
        <span className={styles.source}>
          <ProvenanceNote provenance={target.provenance} />
        </span>
      )}
    </span>
  );
}

function Row({ entry, indicator }: { entry: AuditEntry; indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <tr>
      <td className="figure">
        <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
      </td>
      <td>
        {entry.author}
        {/* The sign-in name, when it says more than the display name does. */}
        {entry.account && entry.account !== entry.author && (
          <span className={styles.account}> ({entry.account})</span>
        )}
      </td>
      <td>
        {t('audit.forDate', {
          date: formatDate(entry.key, lang),
          field: t(`audit.field.${entry.field}`),
        })}
        {entry.field === 'target' ? (
          <span className={styles.muted}> {t('audit.reason', { reason: entry.reason })}</span>
        ) : (
          <span className={styles.muted}>
            {t('audit.how', { how: entry.replaced ? t('audit.replaced') : t('audit.added') })}
          </span>
        )}
      </td>
      {entry.field === 'target' ? (
        <>
          <td>
            <TargetCell target={entry.before} indicator={indicator} />
          </td>
          <td>
            <TargetCell target={entry.after} indicator={indicator} />
          </td>
        </>
      ) : (
        <>
          <td>
            <Record record={entry.before} indicator={indicator} showDate={!entry.replaced} />
          </td>
          <td>
            <Record record={entry.after} indicator={indicator} showDate={false} />
          </td>
        </>
      )}
      <td>{entry.via === 'import' ? t('audit.viaImport') : t('audit.viaForm')}</td>
    </tr>
  );
}

export function AuditHistory({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const query = useQuery(auditQueries.list(indicator.id));
  return (
    <Panel title={t('audit.heading')}>
      <QueryView query={query} loadingLabel={t('app.loading')}>
        {(entries) =>
          entries.length === 0 ? (
            <p className={styles.muted}>{t('audit.empty')}</p>
          ) : (
            <div className={tableStyles.scroll}>
              <table className={`${tableStyles.table} ${tableStyles.alignTop}`}>
                <caption className="visually-hidden">{t('audit.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.what')}</th>
                    <th scope="col">{t('audit.before')}</th>
                    <th scope="col">{t('audit.after')}</th>
                    <th scope="col">{t('audit.via')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <Row key={entry.id} entry={entry} indicator={indicator} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </Panel>
  );
}
