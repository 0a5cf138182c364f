// The fields that say what was measured: a value and its precision, or a milestone's state.
import { useTranslation } from '@/lib/i18n';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { plausibleRange } from '@/domain/entry';
import { parseNumberInput, type DraftField, type ObservationDraft } from '@/domain/entry-draft';
import { formatValue } from '@/domain/format';
import { milestoneStateSchema, type Indicator, type Qualifier } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { Field } from './Field';
import type { Register } from '../hooks/use-record-change-form';
import styles from './data-entry.module.css';

type Draft = ObservationDraft & { state: string };

export function MeasureFields({
  indicator,
  prefix,
  draft,
  errors,
  onChange,
  register,
}: {
  indicator: Indicator;
  prefix: string;
  draft: Draft;
  errors: Partial<Record<DraftField, string>>;
  onChange: (field: keyof Draft, value: string) => void;
  register: Register;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unit = indicator.kind === 'quantitative' ? indicator.unit : null;
  const range = indicator.kind === 'quantitative' ? plausibleRange(indicator) : null;
  const typed = unit ? parseNumberInput(draft.value, [unit.label.zh]) : null;
  return unit && range ? (
    <>
      <Field
        prefix={prefix}
        field="value"
        label={t('entry.value')}
        error={errors.value}
        required
        hint={
          <>
            {t('entry.valueHint', { unit: unit.label[lang] })}
            {lang === 'zh' ? '' : ' '}
            {range.max === null
              ? t('entry.rangeHintOpen', { min: formatValue(range.min, unit, lang) })
              : t('entry.rangeHint', {
                  min: formatValue(range.min, unit, lang),
                  max: formatValue(range.max, unit, lang),
                })}
            {typed !== null && (
              <span className={styles.preview}>
                {t('entry.valuePreview', {
                  value: formatValue(typed, unit, lang, draft.qualifier as Qualifier),
                })}
                {draft.provenance === 'illustrative' && <IllustrativeMark />}
              </span>
            )}
          </>
        }
      >
        {(a11y) => (
          <input
            {...a11y}
            ref={register('value')}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft.value}
            onChange={(e) => onChange('value', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field prefix={prefix} field="qualifier" label={t('entry.qualifier')}>
        {(a11y) => (
          <select
            {...a11y}
            ref={register('qualifier')}
            value={draft.qualifier}
            onChange={(e) => onChange('qualifier', e.currentTarget.value)}
          >
            {(['exact', 'about', 'over'] as const).map((q) => (
              <option key={q} value={q}>
                {t(`entry.qualifierOption.${q}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  ) : (
    <Field prefix={prefix} field="state" label={t('entry.state')} error={errors.state} required>
      {(a11y) => (
        <select
          {...a11y}
          ref={register('state')}
          value={draft.state}
          onChange={(e) => onChange('state', e.currentTarget.value)}
        >
          <option value="" />
          {milestoneStateSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`milestoneState.${s}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
