import { useTranslation } from '@/lib/i18n';
import { IndicatorTarget } from '@/components/ui/IndicatorFigure';
import { Owners } from '@/components/ui/Owners';
import { ROWS_PER_PAGE } from '@/domain/slides';
import { pick } from '@/domain/format';
import type { ThrustId } from '@/domain/schemas';
import { compareCommitments } from '@/domain/commitment-rows';
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

export function ThrustSlide({
  data,
  thrustId,
  page,
  pages,
  scope,
}: {
  data: ShowData;
  thrustId: ThrustId;
  page: number;
  pages: number;
  scope: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const thrust = data.thrusts?.find((th) => th.id === thrustId);
  const rows = forDepartment(data.indicators ?? [], scope)
    .filter((i) => i.indicator.thrustId === thrustId)
    // worst first, as on the desk view
    .sort(compareCommitments)
    .slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
  const dept = departmentName(data.departments, scope, lang);
  return (
    <>
      <SlideHeading
        thrustId={thrustId}
        kicker={
          <>
            <span className={styles.thrustId}>{thrustId}</span>{' '}
            {thrust ? pick(thrust.shortName, lang) : ''}
            {dept ? ` · ${dept}` : ''}
          </>
        }
        title={thrust ? pick(thrust.name, lang) : thrustId}
        page={{ page, pages }}
      />
      {rows.length === 0 ? (
        <p className={styles.empty}>{t('thrust.empty')}</p>
      ) : (
        <ul
          className={styles.rows}
          style={{ gridTemplateRows: `repeat(${Math.max(rows.length, 5)}, minmax(0, 1fr))` }}
        >
          {rows.map((item) => (
            <li key={item.indicator.id} className={styles.row} data-thrust={thrustId}>
              <SlideStatus item={item} />
              <div className={styles.rowMain}>
                <p className={styles.rowName}>{pick(item.indicator.name, lang)}</p>
                <p className={styles.rowMeta}>
                  <Owners indicator={item.indicator} departments={data.departments ?? []} /> ·{' '}
                  {t('thrust.target')}{' '}
                  <IndicatorTarget indicator={item.indicator} today={data.today} />
                </p>
              </div>
              <SlideFigure item={item} today={data.today} />
            </li>
          ))}
        </ul>
      )}
      <SlideSources indicators={rows.map((r) => r.indicator)} today={data.today} />
    </>
  );
}
