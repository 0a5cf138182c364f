import { useTranslation } from '@/lib/i18n';
import { StatusStack } from '@/components/charts/StatusStack';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { formatNumber, pick } from '@/domain/format';
import {
  BAR_ORDER,
  groupBodies,
  scorecards,
  sortScorecards,
  statusSegments,
} from '@/domain/scorecards';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import { forDepartment, SlideHeading, SlideSources } from './common';

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
                <div className={styles.summaryBar}>
                  <StatusStack counts={counts} total={total} className={styles.stack} />
                  <p className={styles.segmentCounts} aria-hidden="true">
                    {statusSegments(counts, total).map((s) => (
                      <span key={s.status} style={{ flexGrow: s.count }} data-segment={s.status}>
                        {formatNumber(s.count, lang)}
                      </span>
                    ))}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <ul className={styles.legendColumn} aria-label={t('filters.status')}>
            {BAR_ORDER.map((s) => (
              <li key={s}>
                <StatusBadge status={s} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <SlideSources
        indicators={forDepartment(data.indicators ?? [], scope).map((i) => i.indicator)}
        today={data.today}
      />
    </>
  );
}
