// The chart of a quantitative indicator and the same data as a table.
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { IndicatorChart } from '@/components/charts/IndicatorChart';
import { indicatorChartProps } from '@/components/charts/indicator-chart-props';
import { Panel } from '@/components/ui/Panel';
import { TargetDate } from '@/components/ui/IndicatorFigure';
import { ProvenanceNote, Value } from '@/components/ui/Provenance';
import tableStyles from '@/components/ui/table.module.css';
import { byDate } from '@/domain/dates';
import { formatDate, pick } from '@/domain/format';
import type { QuantitativeIndicator } from '@/domain/schemas';
import { buildIndicatorSeries } from '@/domain/series';
import type { Assessment } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import styles from './indicator.module.css';

export function IndicatorTrend({
  indicator,
  assessment,
  sourceDate,
  chartActions,
}: {
  indicator: QuantitativeIndicator;
  assessment: Assessment;
  sourceDate: string;
  /** Controls for the chart's panel header, e.g. a download the app composes in. */
  chartActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const series = buildIndicatorSeries(indicator, assessment, sourceDate);
  const name = pick(indicator.name, lang);
  const rows = [...indicator.observations].sort(byDate);
  const inForce = assessment.inputs.kind === 'quantitative' ? assessment.inputs.target : null;

  return (
    <>
      <Panel title={t('indicator.chartHeading')} actions={chartActions}>
        {rows.length === 0 ? (
          <p>{t('chart.noData')}</p>
        ) : (
          <IndicatorChart series={series} {...indicatorChartProps(indicator, lang, t)} />
        )}
      </Panel>
      <Panel title={t('indicator.tableHeading')}>
        <table className={tableStyles.table}>
          <caption className="visually-hidden">{t('indicator.chartLabel', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator.date')}</th>
              <th scope="col">{t('indicator.value')}</th>
              <th scope="col">{t('indicator.provenance')}</th>
              <th scope="col">{t('indicator.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={`${o.date}-${o.value}`}>
                <td className="figure">{formatDate(o.date, lang)}</td>
                <td>
                  <Value
                    value={o.value}
                    unit={indicator.unit}
                    qualifier={o.qualifier}
                    provenance={o.provenance}
                  />
                </td>
                <td>
                  <ProvenanceNote provenance={o.provenance} />
                </td>
                <td>{o.note ? pick(o.note, lang) : ''}</td>
              </tr>
            ))}
            {indicator.targets.map((tg) => (
              <tr key={`target-${tg.setOn}-${tg.value}`} className={styles.targetRow}>
                <td className="figure">
                  <TargetDate target={tg} />
                </td>
                <td>
                  {tg === inForce ? t('indicator.targetLine') : t('indicator.supersededTarget')}
                  {': '}
                  {t(`comparator.${tg.comparator}`)}
                  <Value value={tg.value} unit={indicator.unit} provenance={tg.provenance} />
                </td>
                <td>
                  <ProvenanceNote provenance={tg.provenance} />
                </td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </>
  );
}
