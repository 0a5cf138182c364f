// The entry form's state: the typed draft, the issues found in it (by the form or the API), and
// what became of the last save. The form component only lays out the fields.
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { FieldIssue } from '@/domain/entry';
import {
  EMPTY_PROVENANCE_DRAFT,
  fieldOfPath,
  validateMilestoneDraft,
  validateObservationDraft,
  type DraftField,
  type ObservationDraft,
} from '@/domain/entry-draft';
import type { Indicator, IsoDate } from '@/domain/schemas';
import { useToday } from '@/hooks/use-today';
import { ApiValidationError } from '@/lib/api/client';
import { usePreferences } from '@/stores/preferences';
import { useRecordChange, type Change } from '../api/use-record-change';
import { dropKeptDraft, keepDraft, readKeptDraft, useLeaveWarning } from './use-save-guard';

export type Draft = ObservationDraft & { state: string };

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

export type Outcome =
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'saved'; date: string }
  /** A reload came while this draft was being saved: it is back, and may or may not be saved. */
  | { kind: 'restored' };

/** Hands each field's element to the form, so the first refused field can take the focus. */
export type Register = (field: DraftField) => (el: HTMLElement | null) => void;

export function useRecordChangeForm(indicator: Indicator) {
  const today = useToday();
  const authorName = usePreferences((s) => s.authorName);
  const mutation = useRecordChange(indicator.id);
  const [kept] = useState(() => readKeptDraft(indicator.id, emptyDraft(indicator)));
  const [draft, setDraft] = useState<Draft>(() => kept ?? emptyDraft(indicator));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(kept ? { kind: 'restored' } : null);
  useLeaveWarning(mutation.isPending);
  // Restored once: the next reload (with no save on its way) starts afresh, as it always has.
  useEffect(() => {
    if (kept) dropKeptDraft(indicator.id);
  }, [kept, indicator.id]);

  const elements = useRef(new Map<DraftField, HTMLElement>());
  const register: Register = useCallback(
    (field) => (el) => {
      if (el) elements.current.set(field, el);
      else elements.current.delete(field);
    },
    [],
  );

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
  const authorEdited = () => setIssues((list) => list.filter((i) => i.path !== 'author'));

  const showIssues = (found: FieldIssue[]) => {
    setIssues(found);
    const fields = new Set(found.map((i) => fieldOfPath(i.path)));
    const first = ORDER.find((f) => fields.has(f));
    if (first) elements.current.get(first)?.focus();
  };

  const validate = (): { change: Change | null; issues: FieldIssue[] } => {
    const check = { today, departments: null };
    const authorIssues: FieldIssue[] = authorName.trim()
      ? []
      : [{ path: 'author', code: 'required' }];
    if (indicator.kind === 'quantitative') {
      const result = validateObservationDraft(draft, indicator, check);
      return {
        change: result.observation ? { observation: result.observation } : null,
        issues: [...authorIssues, ...result.issues],
      };
    }
    const result = validateMilestoneDraft(draft, indicator, check);
    return {
      change: result.update ? { update: result.update } : null,
      issues: [...authorIssues, ...result.issues],
    };
  };

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { change: next, issues: found } = validate();
    if (found.length > 0 || !next) {
      setOutcome({ kind: 'invalid' });
      showIssues(found);
      return;
    }
    const date: IsoDate = 'observation' in next ? next.observation.date : next.update.date;
    setIssues([]);
    setOutcome(null);
    // Kept until the save is settled: a reload before then finds the draft again.
    keepDraft(indicator.id, draft);
    mutation.mutate(
      { change: next, author: authorName.trim() },
      {
        onSuccess: () => {
          setDraft(emptyDraft(indicator));
          setOutcome({ kind: 'saved', date });
        },
        onError: (error) => {
          setOutcome({ kind: 'failed', error });
          if (error instanceof ApiValidationError) showIssues(error.issues);
        },
        onSettled: () => dropKeptDraft(indicator.id),
      },
    );
  };

  const existing =
    indicator.kind === 'quantitative'
      ? indicator.observations.find((o) => o.date === draft.date)
      : undefined;

  return {
    draft,
    issues,
    outcome,
    saving: mutation.isPending,
    existing,
    register,
    change,
    authorEdited,
    submit,
  };
}
