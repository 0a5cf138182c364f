import { useTranslation } from '@/lib/i18n';
import { IndicatorChart } from '@/components/charts/IndicatorChart';
import { indicatorChartProps } from '@/components/charts/indicator-chart-props';
import { NewerValue } from '@/components/ui/IndicatorFigure';
import { StatusReasons } from '@/components/ui/StatusReasons';
import { pick } from '@/domain/format';
import { buildIndicatorSeries } from '@/domain/series';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import { useRemPx } from '../../hooks/use-screen';
import styles from '../present.module.css';
import { SlideFigure, SlideHeading, SlideSources, SlideStatus } from './common';

export function IndicatorSlide({ data, indicatorId }: { data: ShowData; indicatorId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rem = useRemPx();
  const item = data.indicators?.find((i) => i.indicator.id === indicatorId);
  if (!item) return <p className={styles.empty}>{t('indicator.unknown', { id: indicatorId })}</p>;
  const { indicator, assessment } = item;
  const thrust = data.thrusts?.find((th) => th.id === indicator.thrustId);
  return (
    <>
      <SlideHeading
        thrustId={indicator.thrustId}
        kicker={
          <>
            <span className={styles.thrustId}>{indicator.thrustId}</span>{' '}
            {thrust ? pick(thrust.shortName, lang) : ''}
            {indicator.factCode ? ` · ${indicator.factCode}` : ''}
          </>
        }
        title={pick(indicator.name, lang)}
      />
      <div className={styles.indicatorBody}>
        <div className={styles.indicatorSide}>
          <div className={styles.indicatorFigure}>
            <SlideStatus item={item} />
            <SlideFigure item={item} today={data.today} big />
          </div>
          <NewerValue indicator={indicator} today={data.today} className={styles.rowMeta} />
          <div className={styles.reasons}>
            <StatusReasons indicator={indicator} assessment={assessment} />
          </div>
        </div>
        {indicator.kind === 'quantitative' &&
          indicator.observations.length > 0 &&
          data.programme && (
            <div className={styles.indicatorChart}>
              <IndicatorChart
                series={buildIndicatorSeries(indicator, assessment, data.programme.sourceDate)}
                {...indicatorChartProps(indicator, lang, t)}
                height={Math.round(rem * 21)}
                // 0.9rem: 25 px at 1080p, above the 24 px a room can read
                fontSize={Math.round(rem * 0.9)}
              />
            </div>
          )}
      </div>
      <SlideSources indicators={[indicator]} today={data.today} prefer="reported" />
    </>
  );
}
