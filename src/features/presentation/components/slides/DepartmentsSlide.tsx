import { useTranslation } from '@/lib/i18n';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { pick } from '@/domain/format';
import { groupBodies, scorecards, sortScorecards } from '@/domain/scorecards';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import {
  forDepartment,
  SlideHeading,
  SlideSources,
  SlideStatusBar,
  SlideStatusLegend,
} from './common';

/** The departments side by side, as on the desk: one bar per body, worst first. */
export function DepartmentsSlide({ data, scope }: { data: ShowData; scope: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const bodies = groupBodies(data.departments ?? []).filter(
    (b) => scope.length === 0 || b.members.some((m) => scope.includes(m.id)),
  );
  const cards = sortScorecards(scorecards(bodies, data.indicators ?? []), 'worst', lang).filter(
    (c) => c.total > 0,
  );
  return (
    <>
      <SlideHeading title={t('departments.heading')} />
      {cards.length === 0 ? (
        <p className={styles.empty}>{t('empty.departments')}</p>
      ) : (
        <div className={styles.summary}>
          <ul
            className={styles.summaryBars}
            style={{ gridTemplateRows: `repeat(${Math.max(cards.length, 4)}, minmax(0, 1fr))` }}
          >
            {cards.map(({ body, total, counts }) => (
              <li key={body.id} className={styles.summaryRow}>
                <p className={styles.summaryName}>
                  {pick(body.shortName, lang)}
                  {body.provenance === 'illustrative' && (
                    <IllustrativeMark note={t('departments.illustrativeDept')} />
                  )}
                </p>
                <p className={styles.summaryTotal}>{t('departments.owns', { count: total })}</p>
                <SlideStatusBar counts={counts} total={total} />
              </li>
            ))}
          </ul>
          <SlideStatusLegend />
        </div>
      )}
      <SlideSources
        indicators={forDepartment(data.indicators ?? [], scope).map((i) => i.indicator)}
        today={data.today}
      />
    </>
  );
}
