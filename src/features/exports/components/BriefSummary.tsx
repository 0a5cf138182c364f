// The brief's first page: how many commitments stand at each status, pictured and counted, and
// every off-track commitment with its owner and the reason it is off track.
import { useTranslation } from '@/lib/i18n';
import { StatusStack } from '@/components/charts/StatusStack';
import { Owners } from '@/components/ui/Owners';
import { StatusCounts } from '@/components/ui/StatusCounts';
import { useStatusReasons } from '@/components/ui/StatusReasons';
import tableStyles from '@/components/ui/table.module.css';
import { attentionList } from '@/domain/attention';
import { pick } from '@/domain/format';
import type { Department } from '@/domain/schemas';
import { BAR_ORDER } from '@/domain/scorecards';
import { countByStatus } from '@/domain/status';
import type { AssessedIndicator } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import styles from './brief.module.css';

function OffTrackRow({
  item,
  departments,
}: {
  item: AssessedIndicator;
  departments: readonly Department[];
}) {
  const lang = useLanguage();
  const [reason] = useStatusReasons(item.indicator, item.assessment);
  return (
    <tr>
      <th scope="row">
        {item.indicator.factCode && <span className={styles.code}>{item.indicator.factCode}</span>}
        <span className={styles.thrustId} data-thrust={item.indicator.thrustId}>
          {item.indicator.thrustId}
        </span>{' '}
        {pick(item.indicator.name, lang)}
      </th>
      <td>
        <Owners indicator={item.indicator} departments={departments} />
      </td>
      <td>{reason}</td>
    </tr>
  );
}

export function BriefSummary({
  items,
  departments,
}: {
  items: readonly AssessedIndicator[];
  departments: readonly Department[];
}) {
  const { t } = useTranslation();
  const counts = countByStatus(items.map((i) => i.assessment));
  const judged = BAR_ORDER.reduce((n, s) => n + counts[s], 0);
  const offTrack = attentionList(items).filter((i) => i.assessment.status === 'offTrack');
  return (
    // Not a landmark region: the brief's regions are its thrusts.
    <section className={styles.summary}>
      <h2 className={styles.summaryTitle}>{t('brief.summary')}</h2>
      <h3 className={styles.summaryHeading}>{t('brief.statusCounts', { count: judged })}</h3>
      {judged > 0 && <StatusStack counts={counts} total={judged} />}
      <StatusCounts counts={counts} order={BAR_ORDER} />
      <h3 className={styles.summaryHeading}>{t('brief.offTrack')}</h3>
      {offTrack.length === 0 ? (
        <p>{t('brief.offTrackNone')}</p>
      ) : (
        <table className={`${tableStyles.table} ${tableStyles.alignTop} ${styles.table}`}>
          <thead>
            <tr>
              <th scope="col">{t('thrust.indicator')}</th>
              <th scope="col">{t('brief.owner')}</th>
              <th scope="col">{t('brief.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {offTrack.map((item) => (
              <OffTrackRow key={item.indicator.id} item={item} departments={departments} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
