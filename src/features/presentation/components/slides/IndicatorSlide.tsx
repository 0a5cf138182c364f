import { useTranslation } from '@/lib/i18n';
import { IndicatorChart } from '@/components/charts/IndicatorChart';
import { NewerValue } from '@/components/ui/IndicatorFigure';
import { StatusReasons } from '@/components/ui/StatusReasons';
import { formatAxisValue, formatYear, pick } from '@/domain/format';
import { buildIndicatorSeries } from '@/domain/series';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import { useRemPx } from '../../hooks/use-screen';
import styles from '../present.module.css';
import { SlideFigure, SlideHeading } from './common';

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
          <SlideFigure item={item} today={data.today} big />
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
                formatX={(ms) => formatYear(ms, lang)}
                formatY={(v) => formatAxisValue(v, indicator.unit, lang)}
                invert={indicator.direction === 'lowerIsBetter'}
                integer={indicator.unit.kind === 'rank'}
                height={Math.round(rem * 24)}
                fontSize={Math.round(rem * 0.7)}
                labels={{
                  title: t('indicator.chartLabel', { name: pick(indicator.name, lang) }),
                  observed: t('indicator.observed'),
                  reported: t('indicator.reported'),
                  illustrative: t('provenance.illustrative'),
                  expected: t('indicator.expected'),
                  target: t('indicator.targetLine'),
                  supersededTarget: t('indicator.supersededTarget'),
                  events: {
                    source: t('indicator.eventSource'),
                    targetChange: t('indicator.eventTargetChange'),
                  },
                }}
              />
            </div>
          )}
      </div>
    </>
  );
}
