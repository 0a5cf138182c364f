import { useTranslation } from '@/lib/i18n';
import { useStatusReasons } from '@/components/ui/StatusReasons';
import { ROWS_PER_PAGE } from '@/domain/slides';
import { pick } from '@/domain/format';
import { attentionList } from '@/domain/attention';
import type { AssessedIndicator } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import { departmentName, forDepartment, SlideFigure, SlideHeading } from './common';

/** The desk's attention list, in the desk's order, for the departments in scope. */
export function attentionItems(items: readonly AssessedIndicator[], scope: readonly string[]) {
  return attentionList(forDepartment(items, scope));
}

function Row({ item, today }: { item: AssessedIndicator; today: string }) {
  const lang = useLanguage();
  const reasons = useStatusReasons(item.indicator, item.assessment);
  const reason =
    item.assessment.status === 'offTrack' || item.assessment.status === 'atRisk'
      ? reasons[0]
      : reasons.at(-1);
  return (
    <li className={styles.row} data-thrust={item.indicator.thrustId}>
      <div className={styles.rowMain}>
        <p className={styles.rowName}>
          <span className={styles.thrustId}>{item.indicator.thrustId}</span>{' '}
          {pick(item.indicator.name, lang)}
        </p>
        <p className={styles.rowMeta}>{reason}</p>
      </div>
      <SlideFigure item={item} today={today} />
    </li>
  );
}

export function AttentionSlide({
  data,
  page,
  pages,
  scope,
}: {
  data: ShowData;
  page: number;
  pages: number;
  scope: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = attentionItems(data.indicators ?? [], scope).slice(
    (page - 1) * ROWS_PER_PAGE,
    page * ROWS_PER_PAGE,
  );
  return (
    <>
      <SlideHeading
        kicker={departmentName(data.departments, scope, lang)}
        title={t('overview.attention')}
        page={{ page, pages }}
      />
      {rows.length === 0 ? (
        <p className={styles.empty}>
          {(data.indicators ?? []).length === 0
            ? t('empty.indicators')
            : t('overview.attentionEmpty')}
        </p>
      ) : (
        <ul className={styles.rows}>
          {rows.map((item) => (
            <Row key={item.indicator.id} item={item} today={data.today} />
          ))}
        </ul>
      )}
    </>
  );
}
