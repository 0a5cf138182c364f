// Recording a new observation (or a milestone's progress) on an indicator page. Checked field by
// field before sending; on any failure the change is rolled back and what was typed stays.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { EARLIEST_RECORD_DATE, type FieldIssue } from '@/domain/entry';
import {
  EMPTY_PROVENANCE_DRAFT,
  fieldOfPath,
  validateMilestoneDraft,
  validateObservationDraft,
  type DraftField,
  type ObservationDraft,
} from '@/domain/entry-draft';
import { formatDate, formatValue } from '@/domain/format';
import type { Indicator } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { ApiConflictError, ApiValidationError, outcomeUnknown } from '@/lib/api/client';
import { departmentQueries } from '@/lib/api/queries';
import { usePreferences } from '@/stores/preferences';
import { useRecordChange, type Change } from '../api/use-record-change';
import { ConflictNotice } from './ConflictNotice';
import { Field } from './Field';
import { issueText } from './issue-text';
import { MeasureFields } from './MeasureFields';
import { ProvenanceFields, type Register } from './ProvenanceFields';
import styles from './data-entry.module.css';

type Draft = ObservationDraft & { state: string };

/** The order a person meets the fields in: the first refused one gets the focus. */
const ORDER: DraftField[] = [
  'author',
  'date',
  'value',
  'qualifier',
  'state',
  'provenance',
  'source',
  'speaker',
  'role',
  'departmentId',
  'citationDate',
  'event',
  'quote',
  'note',
];

function emptyDraft(indicator: Indicator): Draft {
  return {
    ...EMPTY_PROVENANCE_DRAFT,
    departmentId: indicator.ownerIds[0] ?? '',
    date: '',
    value: '',
    qualifier: 'exact',
    state: '',
    note: '',
  };
}

type Outcome =
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'saved'; date: string }
  /** Someone saved first: what they saved, and the change typed here, to save over it. */
  | { kind: 'conflict'; error: ApiConflictError; change: Change; author: string };

export function RecordChangeForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const prefix = `entry${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const departments = useQuery(departmentQueries.list());
  const authorName = usePreferences((s) => s.authorName);
  const authorNameChanged = usePreferences((s) => s.authorNameChanged);
  const mutation = useRecordChange(indicator.id);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(indicator));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The version the analyst is looking at: the one the form opened on, then each one saved here.
  // A change saved by someone else in between makes the save a conflict (412), not an overwrite.
  const [basedOn, setBasedOn] = useState(indicator.version ?? 1);
  const elements = useRef(new Map<DraftField, HTMLElement>());
  const register: Register = useCallback(
    (field) => (el) => {
      if (el) elements.current.set(field, el);
      else elements.current.delete(field);
    },
    [],
  );

  const unit = indicator.kind === 'quantitative' ? indicator.unit : null;
  const ctx = { lang, today, unit };
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field && !errors[field]) errors[field] = issueText(issue, t, ctx);
  }
  const formIssue = issues.find((i) => fieldOfPath(i.path) === null);

  const change = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    // A field being corrected no longer shows its old error; the others keep theirs.
    setIssues((list) =>
      list.filter(
        (i) =>
          fieldOfPath(i.path) !== field &&
          // Switching provenance hides or shows the citation: its old errors no longer apply.
          !(field === 'provenance' && i.path.startsWith('provenance.')),
      ),
    );
  };
  const showIssues = (found: FieldIssue[]) => {
    setIssues(found);
    const fields = new Set(found.map((i) => fieldOfPath(i.path)));
    const first = ORDER.find((f) => fields.has(f));
    if (first) elements.current.get(first)?.focus();
  };

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const check = { today, departments: null };
    const author = authorName.trim();
    const authorIssues: FieldIssue[] = author ? [] : [{ path: 'author', code: 'required' }];
    let next: Change | null = null;
    let found: FieldIssue[];
    if (indicator.kind === 'quantitative') {
      const result = validateObservationDraft(draft, indicator, check);
      found = [...authorIssues, ...result.issues];
      if (result.observation) next = { observation: result.observation };
    } else {
      const result = validateMilestoneDraft(draft, indicator, check);
      found = [...authorIssues, ...result.issues];
      if (result.update) next = { update: result.update };
    }
    if (found.length > 0 || !next) {
      setOutcome({ kind: 'invalid' });
      showIssues(found);
      return;
    }
    save(next, author, basedOn);
  };

  const save = (next: Change, author: string, version: number) => {
    const date = 'observation' in next ? next.observation.date : next.update.date;
    setIssues([]);
    setOutcome(null);
    mutation.mutate(
      { change: next, author, basedOn: version },
      {
        onSuccess: ({ indicator: saved }) => {
          setBasedOn(saved.version ?? version + 1);
          setDraft(emptyDraft(indicator));
          setOutcome({ kind: 'saved', date });
        },
        onError: (error) => {
          if (error instanceof ApiConflictError) {
            setOutcome({ kind: 'conflict', error, change: next, author });
            return;
          }
          setOutcome({ kind: 'failed', error });
          if (error instanceof ApiValidationError) showIssues(error.issues);
        },
      },
    );
  };

  const existing =
    indicator.kind === 'quantitative'
      ? indicator.observations.find((o) => o.date === draft.date)
      : undefined;

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <p className={styles.intro}>{t('entry.intro')}</p>
      <div className={styles.grid}>
        <Field
          prefix={prefix}
          field="author"
          label={t('entry.author')}
          hint={t('entry.authorHint')}
          error={errors.author}
          required
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={register('author')}
              type="text"
              autoComplete="name"
              maxLength={80}
              value={authorName}
              onChange={(e) => {
                authorNameChanged(e.currentTarget.value);
                setIssues((list) => list.filter((i) => i.path !== 'author'));
              }}
            />
          )}
        </Field>
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
        <button type="submit" className={styles.primary} disabled={mutation.isPending}>
          {mutation.isPending ? t('entry.saving') : t('entry.save')}
        </button>
        <div role="status" className={styles.saved}>
          {outcome?.kind === 'saved' && t('entry.saved', { date: formatDate(outcome.date, lang) })}
        </div>
      </div>
      {outcome?.kind === 'conflict' && (
        <ConflictNotice
          changes={outcome.error.changes}
          unit={unit}
          saving={mutation.isPending}
          onSaveAgain={() =>
            save(outcome.change, outcome.author, outcome.error.current.version ?? basedOn)
          }
        />
      )}
      {((outcome?.kind === 'invalid' && issues.length > 0) || outcome?.kind === 'failed') && (
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
          {formIssue && <p>{issueText(formIssue, t, ctx)}</p>}
        </div>
      )}
    </form>
  );
}
