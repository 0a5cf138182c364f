import { useTranslation } from '@/lib/i18n';
import { Sparkline } from '@/components/charts/Sparkline';
import { IndicatorTarget, NewerValue } from '@/components/ui/IndicatorFigure';
import { Progress } from '@/components/ui/Progress';
import { pick } from '@/domain/format';
import { sparklineValues } from '@/domain/series';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import { useRemPx } from '../../hooks/use-screen';
import styles from '../present.module.css';
import {
  departmentName,
  forDepartment,
  SlideFigure,
  SlideHeading,
  SlideSources,
  SlideStatus,
} from './common';

/**
 * The headline figures as rows, each with its status in the fixed column, the source's figure,
 * its trend and its progress to target, as the desk tiles show them. Rows share the slide's height,
 * so one department's one or two figures fill the screen as eight do.
 */
export function HeadlinesSlide({ data, scope }: { data: ShowData; scope: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rem = useRemPx();
  const tiles = forDepartment(data.indicators ?? [], scope)
    .filter((i) => i.indicator.headline)
    .sort(
      (a, b) => Number(a.indicator.factCode?.slice(1)) - Number(b.indicator.factCode?.slice(1)),
    );
  // Fewer figures, bigger pictures: a room should see a lone figure's trend from the back.
  const few = tiles.length <= 3;
  return (
    <>
      <SlideHeading
        kicker={departmentName(data.departments, scope, lang)}
        title={t('overview.headlines')}
      />
      {tiles.length === 0 ? (
        <p className={styles.empty}>
          {(data.indicators ?? []).length === 0 ? t('empty.indicators') : t('present.noHeadlines')}
        </p>
      ) : (
        <ul className={styles.headlines} data-few={few || undefined}>
          {tiles.map((item) => {
            const { indicator, assessment } = item;
            const progress =
              assessment.inputs.kind === 'quantitative' ? assessment.inputs.progress : null;
            return (
              <li key={indicator.id} className={styles.headline} data-thrust={indicator.thrustId}>
                <SlideStatus item={item} />
                <div className={styles.rowMain}>
                  <p className={styles.rowName}>
                    <span className={styles.code}>{indicator.factCode}</span>{' '}
                    {pick(indicator.name, lang)}
                  </p>
                  <p className={styles.rowMeta}>
                    {t('thrust.target')}{' '}
                    <IndicatorTarget indicator={indicator} today={data.today} />
                  </p>
                  {/* Eight rows leave no line for it; the trend beside shows the later points. */}
                  {few && (
                    <NewerValue
                      indicator={indicator}
                      today={data.today}
                      className={styles.rowMeta}
                    />
                  )}
                </div>
                <SlideFigure item={item} today={data.today} big roomy={few} />
                <div className={styles.picture}>
                  {indicator.kind === 'quantitative' && (
                    <Sparkline
                      values={sparklineValues(indicator)}
                      width={Math.round(rem * (few ? 18 : 6))}
                      height={Math.round(rem * (few ? 11 : 1.5))}
                      color="var(--text)"
                    />
                  )}
                  {progress !== null && (
                    <Progress value={progress} label={t('overview.progressLabel')} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <SlideSources
        indicators={tiles.map((i) => i.indicator)}
        today={data.today}
        prefer="reported"
      />
    </>
  );
}
