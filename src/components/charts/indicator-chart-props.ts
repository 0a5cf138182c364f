// How an indicator's chart reads, the same on the indicator page and on the wall screen: its axes'
// formatters, direction, and the words of its legend and table.
import type { TFunction } from '@/lib/i18n';
import { formatAxisValue, formatYear, pick, type Language } from '@/domain/format';
import type { QuantitativeIndicator } from '@/domain/schemas';

export function indicatorChartProps(
  indicator: QuantitativeIndicator,
  lang: Language,
  t: TFunction,
) {
  return {
    formatX: (ms: number) => formatYear(ms, lang),
    formatY: (v: number) => formatAxisValue(v, indicator.unit, lang),
    invert: indicator.direction === 'lowerIsBetter',
    integer: indicator.unit.kind !== 'currency',
    unitLabel: t('chart.unit', { unit: indicator.unit.label[lang] }),
    labels: {
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
    },
  };
}
