import { useTranslation } from '@/lib/i18n';
import { Owners } from '@/components/ui/Owners';
import { useStatusReasons } from '@/components/ui/StatusReasons';
import { attentionList, reasonLine } from '@/domain/attention';
import { ROWS_PER_PAGE } from '@/domain/slides';
import { pick } from '@/domain/format';
import type { Department } from '@/domain/schemas';
import type { AssessedIndicator } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import {
  departmentName,
  forDepartment,
  SlideFigure,
  SlideHeading,
  SlideSources,
  SlideStatus,
} from './common';

/** The desk's attention list, in the desk's order, for the departments in scope. */
export function attentionItems(items: readonly AssessedIndicator[], scope: readonly string[]) {
  return attentionList(forDepartment(items, scope));
}

function Row({
  item,
  today,
  departments,
}: {
  item: AssessedIndicator;
  today: string;
  departments: readonly Department[];
}) {
  const lang = useLanguage();
  const reasons = useStatusReasons(item.indicator, item.assessment);
  const why = reasonLine(item.assessment) === 'first' ? reasons[0] : reasons.at(-1);
  return (
    <li className={styles.row} data-thrust={item.indicator.thrustId}>
      <SlideStatus item={item} />
      <div className={styles.rowMain}>
        <p className={styles.rowName}>
          <span className={styles.thrustId}>{item.indicator.thrustId}</span>{' '}
          {pick(item.indicator.name, lang)}
        </p>
        <p className={styles.rowMeta}>
          <Owners indicator={item.indicator} departments={departments} />
          {why ? ` · ${why}` : ''}
        </p>
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
        <ul
          className={styles.rows}
          style={{ gridTemplateRows: `repeat(${Math.max(rows.length, 5)}, minmax(0, 1fr))` }}
        >
          {rows.map((item) => (
            <Row
              key={item.indicator.id}
              item={item}
              today={data.today}
              departments={data.departments ?? []}
            />
          ))}
        </ul>
      )}
      <SlideSources indicators={rows.map((r) => r.indicator)} today={data.today} />
    </>
  );
}
