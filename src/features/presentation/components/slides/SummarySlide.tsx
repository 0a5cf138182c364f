// Each thrust's commitments by status, drawn as one stacked bar per thrust: a picture the room
// reads at a glance. The legend is a column, so the status words line up with one another.
import { useTranslation } from '@/lib/i18n';
import { pick } from '@/domain/format';
import { BAR_ORDER } from '@/domain/scorecards';
import { countByStatus } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import {
  departmentName,
  forDepartment,
  SlideHeading,
  SlideSources,
  SlideStatusBar,
  SlideStatusLegend,
} from './common';

export function SummarySlide({ data, scope }: { data: ShowData; scope: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const items = forDepartment(data.indicators ?? [], scope);
  const thrusts = (data.thrusts ?? []).map((thrust) => {
    const owned = items.filter((i) => i.indicator.thrustId === thrust.id);
    const counts = countByStatus(owned.map((i) => i.assessment));
    const total = BAR_ORDER.reduce((n, s) => n + counts[s], 0);
    return { thrust, counts, total };
  });
  return (
    <>
      <SlideHeading
        kicker={departmentName(data.departments, scope, lang)}
        title={t('present.summaryTitle')}
      />
      {items.length === 0 ? (
        <p className={styles.empty}>{t('empty.indicators')}</p>
      ) : (
        <div className={styles.summary}>
          <ul className={styles.summaryBars}>
            {thrusts.map(({ thrust, counts, total }) => (
              <li key={thrust.id} className={styles.summaryRow} data-thrust={thrust.id}>
                <p className={styles.summaryName}>
                  <span className={styles.thrustId}>{thrust.id}</span>{' '}
                  {pick(thrust.shortName, lang)}
                </p>
                <p className={styles.summaryTotal}>{t('overview.indicators', { count: total })}</p>
                {total > 0 ? (
                  <SlideStatusBar counts={counts} total={total} />
                ) : (
                  <p className={styles.summaryTotal}>—</p>
                )}
              </li>
            ))}
          </ul>
          <SlideStatusLegend />
        </div>
      )}
      <SlideSources indicators={items.map((i) => i.indicator)} today={data.today} />
    </>
  );
}
