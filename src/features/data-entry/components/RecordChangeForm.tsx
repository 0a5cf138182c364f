// Recording a new observation (or a milestone's progress) on an indicator page. Checked field by
// field before sending; on any failure the change is rolled back and what was typed stays.
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { EARLIEST_RECORD_DATE, type FieldIssue } from '@/domain/entry';
import { fieldOfPath, type DraftField } from '@/domain/entry-draft';
import { formatDate, formatValue } from '@/domain/format';
import type { Indicator } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { ApiValidationError, outcomeUnknown } from '@/lib/api/client';
import { departmentQueries } from '@/lib/api/queries';
import { useRecordChangeForm, type Outcome } from '../hooks/use-record-change-form';
import { ConflictNotice } from './ConflictNotice';
import { Field } from './Field';
import { issueText } from './issue-text';
import { MeasureFields } from './MeasureFields';
import { ProvenanceFields } from './ProvenanceFields';
import styles from './data-entry.module.css';

/** Why the last attempt did not save: the fields refused, or the API's answer. */
function SaveProblem({
  outcome,
  issues,
  formIssue,
}: {
  outcome: Extract<Outcome, { kind: 'invalid' | 'failed' }>;
  issues: readonly FieldIssue[];
  formIssue: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={styles.alert}>
      {outcome.kind === 'invalid' ? (
        <p>{t('entry.invalid', { count: issues.length })}</p>
      ) : (
        <>
          <p>
            {outcomeUnknown(outcome.error)
              ? t('faults.outcomeUnknown', { reason: errorText(outcome.error, t) })
              : t('entry.failed', {
                  reason:
                    outcome.error instanceof ApiValidationError
                      ? t('entry.invalid', { count: outcome.error.issues.length })
                      : errorText(outcome.error, t),
                })}
          </p>
          <p>{t('entry.kept')}</p>
        </>
      )}
      {formIssue && <p>{formIssue}</p>}
    </div>
  );
}

export function RecordChangeForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const prefix = `entry${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const departments = useQuery(departmentQueries.list());
  const form = useRecordChangeForm(indicator);
  const { draft, issues, outcome, existing, register, change } = form;

  const unit = indicator.kind === 'quantitative' ? indicator.unit : null;
  const ctx = { lang, today, unit };
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field && !errors[field]) errors[field] = issueText(issue, t, ctx);
  }
  const formIssue = issues.find((i) => fieldOfPath(i.path) === null);

  return (
    <form className={styles.form} noValidate onSubmit={form.submit}>
      <p className={styles.intro}>{t('entry.intro')}</p>
      <div className={styles.grid}>
        <Field
          prefix={prefix}
          field="date"
          label={t('entry.date')}
          hint={
            existing && unit
              ? t('entry.replaces', {
                  date: formatDate(existing.date, lang),
                  value: formatValue(existing.value, unit, lang, existing.qualifier),
                })
              : t('entry.dateHint')
          }
          error={errors.date}
          required
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={register('date')}
              type="date"
              min={EARLIEST_RECORD_DATE}
              max={today}
              value={draft.date}
              onChange={(e) => change('date', e.currentTarget.value)}
            />
          )}
        </Field>
        <MeasureFields
          indicator={indicator}
          prefix={prefix}
          draft={draft}
          errors={errors}
          onChange={change}
          register={register}
        />
      </div>

      <ProvenanceFields
        prefix={prefix}
        draft={draft}
        errors={errors}
        today={today}
        departments={departments.data ?? []}
        onChange={change}
        register={register}
      />

      <Field prefix={prefix} field="note" label={t('entry.note')} error={errors.note} wide>
        {(a11y) => (
          <textarea
            {...a11y}
            ref={register('note')}
            rows={2}
            maxLength={2000}
            value={draft.note}
            onChange={(e) => change('note', e.currentTarget.value)}
          />
        )}
      </Field>

      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={form.saving}>
          {form.saving ? t('entry.saving') : t('entry.save')}
        </button>
        <div role="status" className={styles.saved}>
          {outcome?.kind === 'saved' && t('entry.saved', { date: formatDate(outcome.date, lang) })}
          {outcome?.kind === 'restored' && t('entry.restored')}
        </div>
      </div>
      {outcome?.kind === 'conflict' && (
        <ConflictNotice
          changes={outcome.error.changes}
          unit={unit}
          saving={form.saving}
          onSaveAgain={form.saveAgain}
        />
      )}
      {((outcome?.kind === 'invalid' && issues.length > 0) || outcome?.kind === 'failed') && (
        <SaveProblem
          outcome={outcome}
          issues={issues}
          formIssue={formIssue ? issueText(formIssue, t, ctx) : null}
        />
      )}
    </form>
  );
}
