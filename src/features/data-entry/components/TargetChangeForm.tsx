// An admin's new target for a quantitative indicator: value, date, comparator, where it comes
// from, and why it changed. Saved against the version on screen; a change saved in between is a
// conflict (412), shown with what was saved, and what was typed stays.
import '@/lib/i18n/accounts';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel } from '@/components/ui/Panel';
import { EARLIEST_RECORD_DATE, type CheckContext, type FieldIssue } from '@/domain/entry';
import { checkTargetChange } from '@/domain/targets';
import type { TargetChangeInput } from '@/domain/accounts';
import {
  EMPTY_PROVENANCE_DRAFT,
  fieldOfPath,
  parseDateInput,
  parseNumberInput,
  validateProvenanceDraft,
  type DraftField,
  type ProvenanceDraft,
} from '@/domain/entry-draft';
import { formatDate, formatValue } from '@/domain/format';
import type { Comparator, QuantitativeIndicator } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { ApiConflictError, ApiValidationError } from '@/lib/api/client';
import { useTargetChange } from '@/lib/api/accounts';
import { departmentQueries } from '@/lib/api/queries';
import { ConflictNotice } from './ConflictNotice';
import { Field } from './Field';
import { issueText } from './issue-text';
import { ProvenanceFields } from './ProvenanceFields';
import styles from './data-entry.module.css';

const COMPARATORS: readonly Comparator[] = ['atLeast', 'about', 'atMost'];

type TargetDraft = ProvenanceDraft & {
  value: string;
  date: string;
  comparator: Comparator;
  note: string;
  reason: string;
};
type TargetField = DraftField | 'comparator' | 'reason';

function emptyDraft(indicator: QuantitativeIndicator): TargetDraft {
  return {
    ...EMPTY_PROVENANCE_DRAFT,
    departmentId: indicator.ownerIds[0] ?? '',
    value: '',
    date: '',
    comparator: indicator.targets.at(-1)?.comparator ?? 'atLeast',
    note: '',
    reason: '',
  };
}

/**
 * The typed target as the API takes it, or the fields refused: what does not parse, then the
 * API's own rules for a target (checkTargetChange), so the form refuses what the server would.
 */
function validate(
  draft: TargetDraft,
  indicator: QuantitativeIndicator,
  ctx: CheckContext,
): { input: TargetChangeInput | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const value = parseNumberInput(draft.value, [indicator.unit.label.zh]);
  if (!draft.value.trim()) issues.push({ path: 'value', code: 'required' });
  else if (value === null) issues.push({ path: 'value', code: 'notANumber' });
  const date = parseDateInput(draft.date);
  if (!draft.date.trim()) issues.push({ path: 'date', code: 'required' });
  else if (!date) issues.push({ path: 'date', code: 'notADate' });
  else if (date < EARLIEST_RECORD_DATE) {
    issues.push({ path: 'date', code: 'tooEarly', params: { min: EARLIEST_RECORD_DATE } });
  }
  const reason = draft.reason.trim();
  if (!reason) issues.push({ path: 'reason', code: 'required' });
  else if (reason.length > 500)
    issues.push({ path: 'reason', code: 'tooLong', params: { max: 500 } });
  const provenance = validateProvenanceDraft(draft, draft.note);
  issues.push(...provenance.issues);
  if (issues.length > 0 || value === null || !date || !provenance.provenance) {
    return { input: null, issues };
  }
  const input: TargetChangeInput = {
    target: { value, date, comparator: draft.comparator, provenance: provenance.provenance },
    reason,
  };
  const refused = checkTargetChange(indicator, input, ctx);
  return refused.length > 0 ? { input: null, issues: refused } : { input, issues: [] };
}

/** The field an issue is about: the API's paths may start with `target.`. */
function fieldOf(path: string): TargetField | null {
  const p = path.replace(/^target\./, '');
  if (p === 'comparator' || p === 'reason') return p;
  if (p === 'provenance.note') return 'note';
  return fieldOfPath(p);
}

export function TargetChangeForm({ indicator }: { indicator: QuantitativeIndicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const prefix = `target${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const departments = useQuery(departmentQueries.list());
  const mutation = useTargetChange(indicator.id);
  const [draft, setDraft] = useState(() => emptyDraft(indicator));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [basedOn, setBasedOn] = useState(indicator.version ?? 1);
  const [outcome, setOutcome] = useState<
    | { kind: 'saved' }
    | { kind: 'invalid' }
    | { kind: 'failed'; error: unknown }
    | { kind: 'conflict'; error: ApiConflictError; input: TargetChangeInput }
    | null
  >(null);
  const elements = useRef(new Map<TargetField, HTMLElement>());
  const register = (field: TargetField) => (el: HTMLElement | null) => {
    if (el) elements.current.set(field, el);
    else elements.current.delete(field);
  };

  const change = (field: keyof TargetDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setIssues((list) => list.filter((i) => fieldOf(i.path) !== field));
  };
  const errors: Partial<Record<TargetField, string>> = {};
  const ctx = { lang, today, unit: indicator.unit };
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field && !errors[field]) errors[field] = issueText(issue, t, ctx);
  }

  const showIssues = (found: FieldIssue[]) => {
    setIssues(found);
    const first = found.map((i) => fieldOf(i.path)).find((f) => f !== null);
    if (first) elements.current.get(first)?.focus();
  };

  const save = (input: TargetChangeInput, version: number) => {
    setOutcome(null);
    mutation.mutate(
      { input, basedOn: version },
      {
        onSuccess: ({ indicator: saved }) => {
          setBasedOn(saved.version ?? version + 1);
          setDraft(emptyDraft(saved.kind === 'quantitative' ? saved : indicator));
          setOutcome({ kind: 'saved' });
        },
        onError: (error) => {
          if (error instanceof ApiConflictError) {
            setOutcome({ kind: 'conflict', error, input });
            return;
          }
          setOutcome({ kind: 'failed', error });
          if (error instanceof ApiValidationError) showIssues(error.issues);
        },
      },
    );
  };

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { input, issues: found } = validate(draft, indicator, {
      today,
      departments: departments.data ? new Set(departments.data.map((d) => d.id)) : null,
    });
    if (!input) {
      setOutcome({ kind: 'invalid' });
      showIssues(found);
      return;
    }
    setIssues([]);
    save(input, basedOn);
  };

  const current = [...indicator.targets].sort((a, b) => (a.setOn < b.setOn ? -1 : 1)).at(-1);

  return (
    <Panel title={t('accounts.target.heading')}>
      <form className={styles.form} noValidate onSubmit={submit}>
        <p className={styles.intro}>{t('accounts.target.intro')}</p>
        {current && (
          <p className={styles.intro}>
            {t('accounts.target.current', {
              target: `${t(`comparator.${current.comparator}`)}${formatValue(current.value, indicator.unit, lang)}`,
              date: formatDate(current.date, lang),
            })}
          </p>
        )}
        <div className={styles.grid}>
          <Field
            prefix={prefix}
            field="comparator"
            label={t('accounts.target.comparator')}
            required
          >
            {(a11y) => (
              <select
                {...a11y}
                ref={register('comparator')}
                value={draft.comparator}
                onChange={(e) => change('comparator', e.currentTarget.value)}
              >
                {COMPARATORS.map((c) => (
                  <option key={c} value={c}>
                    {t(`comparator.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            prefix={prefix}
            field="value"
            label={t('accounts.target.value')}
            hint={t('entry.valueHint', { unit: indicator.unit.label[lang] })}
            error={errors.value}
            required
          >
            {(a11y) => (
              <input
                {...a11y}
                ref={register('value')}
                type="text"
                inputMode="decimal"
                value={draft.value}
                onChange={(e) => change('value', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            prefix={prefix}
            field="date"
            label={t('accounts.target.date')}
            error={errors.date}
            required
          >
            {(a11y) => (
              <input
                {...a11y}
                ref={register('date')}
                type="date"
                min={EARLIEST_RECORD_DATE}
                value={draft.date}
                onChange={(e) => change('date', e.currentTarget.value)}
              />
            )}
          </Field>
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
        {draft.provenance === 'illustrative' && (
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
        )}
        <Field
          prefix={prefix}
          field="reason"
          label={t('accounts.target.reason')}
          hint={t('accounts.target.reasonHint')}
          error={errors.reason}
          required
          wide
        >
          {(a11y) => (
            <textarea
              {...a11y}
              ref={register('reason')}
              rows={2}
              maxLength={500}
              value={draft.reason}
              onChange={(e) => change('reason', e.currentTarget.value)}
            />
          )}
        </Field>
        <div className={styles.actions}>
          <button type="submit" className={styles.primary} disabled={mutation.isPending}>
            {mutation.isPending ? t('accounts.target.saving') : t('accounts.target.save')}
          </button>
          <div role="status" className={styles.saved}>
            {outcome?.kind === 'saved' && t('accounts.target.saved')}
          </div>
        </div>
        {outcome?.kind === 'conflict' && (
          <ConflictNotice
            changes={outcome.error.changes}
            unit={indicator.unit}
            saving={mutation.isPending}
            onSaveAgain={() => save(outcome.input, outcome.error.current.version ?? basedOn)}
          />
        )}
        {outcome?.kind === 'invalid' && issues.length > 0 && (
          <div role="alert" className={styles.alert}>
            <p>{t('accounts.target.invalid', { count: issues.length })}</p>
          </div>
        )}
        {outcome?.kind === 'failed' && (
          <div role="alert" className={styles.alert}>
            <p>{t('accounts.target.failed', { reason: errorText(outcome.error, t) })}</p>
            <p>{t('accounts.target.kept')}</p>
          </div>
        )}
      </form>
    </Panel>
  );
}
