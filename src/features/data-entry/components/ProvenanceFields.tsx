// Where the figure comes from: reported (with its citation) or illustrative (marked as such).
import { useTranslation } from '@/lib/i18n';
import { IllustrativeMark } from '@/components/ui/Provenance';
import type { DraftField, ProvenanceDraft } from '@/domain/entry-draft';
import { pick } from '@/domain/format';
import type { Department } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import type { Register } from '../hooks/use-record-change-form';
import { Field, fieldIds } from './Field';
import styles from './data-entry.module.css';

export function ProvenanceFields({
  prefix,
  draft,
  errors,
  today,
  departments,
  onChange,
  register,
}: {
  prefix: string;
  draft: ProvenanceDraft;
  errors: Partial<Record<DraftField, string>>;
  today: string;
  departments: readonly Department[];
  onChange: (field: keyof ProvenanceDraft, value: string) => void;
  register: Register;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const kindIds = fieldIds(prefix, 'provenance');
  const text = (field: 'source' | 'speaker' | 'role' | 'event', required = true) => (
    <Field
      prefix={prefix}
      field={field}
      label={t(`entry.${field}`)}
      error={errors[field]}
      required={required}
    >
      {(a11y) => (
        <input
          {...a11y}
          ref={register(field)}
          type="text"
          maxLength={200}
          value={draft[field]}
          onChange={(e) => onChange(field, e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <>
      <fieldset
        className={styles.choice}
        aria-describedby={errors.provenance ? kindIds.error : undefined}
      >
        <legend className={styles.label}>{t('entry.provenance')}</legend>
        {(['reported', 'illustrative'] as const).map((kind) => (
          <label key={kind} className={styles.radio}>
            <input
              type="radio"
              name={kindIds.id}
              value={kind}
              ref={kind === 'reported' ? register('provenance') : undefined}
              checked={draft.provenance === kind}
              onChange={() => onChange('provenance', kind)}
            />
            {t(`entry.${kind}`)}
            {kind === 'illustrative' && <IllustrativeMark />}
          </label>
        ))}
        {errors.provenance && (
          <p id={kindIds.error} className={styles.error}>
            {errors.provenance}
          </p>
        )}
      </fieldset>

      {draft.provenance === 'reported' && (
        <fieldset className={styles.citation}>
          <legend className={styles.label}>{t('entry.citationLegend')}</legend>
          {text('source')}
          {text('speaker')}
          {text('role')}
          <Field
            prefix={prefix}
            field="departmentId"
            label={t('entry.department')}
            error={errors.departmentId}
            required
          >
            {(a11y) => (
              <select
                {...a11y}
                ref={register('departmentId')}
                value={draft.departmentId}
                onChange={(e) => onChange('departmentId', e.currentTarget.value)}
              >
                <option value="" />
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {pick(d.name, lang)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            prefix={prefix}
            field="citationDate"
            label={t('entry.citationDate')}
            error={errors.citationDate}
            required
          >
            {(a11y) => (
              <input
                {...a11y}
                ref={register('citationDate')}
                type="date"
                max={today}
                value={draft.citationDate}
                onChange={(e) => onChange('citationDate', e.currentTarget.value)}
              />
            )}
          </Field>
          {text('event', false)}
          <Field
            prefix={prefix}
            field="quote"
            label={t('entry.quote')}
            error={errors.quote}
            required
            wide
          >
            {(a11y) => (
              <textarea
                {...a11y}
                ref={register('quote')}
                rows={2}
                lang="zh-CN"
                maxLength={2000}
                value={draft.quote}
                onChange={(e) => onChange('quote', e.currentTarget.value)}
              />
            )}
          </Field>
        </fieldset>
      )}
    </>
  );
}
