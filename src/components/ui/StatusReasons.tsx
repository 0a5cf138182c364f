// Why a status is what it is, in words, from the inputs the engine returns.
import { useTranslation } from '@/lib/i18n';
import {
  formatDate,
  formatDays,
  formatPercent,
  formatRate,
  formatRatio,
  formatValue,
} from '@/domain/format';
import type { Indicator, Qualifier } from '@/domain/schemas';
import type { Assessment } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import { useIllustrativeInputs } from './StatusBadge';

export function useStatusReasons(indicator: Indicator, assessment: Assessment): string[] {
  const { t } = useTranslation();
  const lang = useLanguage();
  const lines: string[] = [];
  const inputs = assessment.inputs;
  const illustrativeInputs = useIllustrativeInputs(assessment.illustrative);

  if (inputs.kind === 'quantitative' && indicator.kind === 'quantitative') {
    const fmt = (v: number, q: Qualifier = 'exact') => formatValue(v, indicator.unit, lang, q);
    const latest = inputs.latest ? fmt(inputs.latest.value, inputs.latest.qualifier) : '';
    const target = inputs.target ? fmt(inputs.target.value) : '';
    const comparator = inputs.target ? t(`comparator.${inputs.target.comparator}`) : '';
    switch (assessment.reason) {
      case 'growthRatio':
        lines.push(
          t('reasons.growthRatio', {
            baseline: inputs.baseline ? fmt(inputs.baseline.value) : '',
            baselineDate: inputs.baseline ? formatDate(inputs.baseline.date, lang) : '',
            observedRate: formatRate(inputs.observedRate ?? 0, lang),
            requiredRate: formatRate(inputs.requiredRate ?? 0, lang),
            ratio: formatRatio(inputs.ratio ?? 0, lang),
          }),
        );
        break;
      case 'targetDatePassed':
        lines.push(
          t('reasons.targetDatePassed', {
            targetDate: inputs.target ? formatDate(inputs.target.date, lang) : '',
            latest,
            target,
          }),
        );
        break;
      default:
        lines.push(
          t(`reasons.${assessment.reason}` as 'reasons.targetMet', { latest, target, comparator }),
        );
    }
    if (
      inputs.progress !== null &&
      assessment.reason !== 'targetMet' &&
      assessment.reason !== 'targetMetWhenSet'
    ) {
      lines.push(
        t('reasons.progress', { progress: formatPercent(Math.max(0, inputs.progress), lang) }),
      );
    }
    if (inputs.expectedToday !== null && assessment.status !== 'achieved') {
      lines.push(
        t('reasons.expected', {
          value: fmt(inputs.expectedToday),
          date: formatDate(inputs.today, lang),
        }),
      );
    }
    if (inputs.approximate && inputs.latest) {
      lines.push(
        t(`reasons.qualified.${inputs.approximate}`, {
          stated: latest,
          value: fmt(inputs.latest.value),
        }),
      );
    }
  } else if (inputs.kind === 'milestone') {
    lines.push(
      t(`reasons.${assessment.reason}` as 'reasons.milestoneDone', {
        date: inputs.stateDate ? formatDate(inputs.stateDate, lang) : '',
        due: formatDate(inputs.due, lang),
        elapsed: formatPercent(Math.max(0, Math.min(1, inputs.elapsed)), lang),
      }),
    );
  }

  if (assessment.illustrative.length > 0 && assessment.status !== null) {
    lines.push(t('reasons.illustrativeBasis', { inputs: illustrativeInputs }));
  }
  if (assessment.stale && assessment.ageDays !== null && assessment.staleAfterDays !== null) {
    const date =
      inputs.kind === 'quantitative' ? inputs.latest?.date : (inputs.stateDate ?? undefined);
    lines.push(
      t('reasons.stale', {
        date: date ? formatDate(date, lang) : '',
        age: formatDays(assessment.ageDays, lang),
        allowed: formatDays(assessment.staleAfterDays, lang),
        cadence: t(`cadence.${indicator.cadence}`),
      }),
    );
  }
  return lines;
}

export function StatusReasons({
  indicator,
  assessment,
}: {
  indicator: Indicator;
  assessment: Assessment;
}) {
  const lines = useStatusReasons(indicator, assessment);
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
