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
import { ApiConflictError, ApiValidationError } from '@/lib/api/client';
import { useRecordChange, type Change } from '../api/use-record-change';
import { dropKeptDraft, keepDraft, readKeptDraft, useLeaveWarning } from './use-save-guard';

export type Draft = ObservationDraft & { state: string };

/** The order a person meets the fields in: the first refused one gets the focus. */
const ORDER: DraftField[] = [
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
  /** Someone saved first: what they saved, and the change typed here, to save over it. */
  | { kind: 'conflict'; error: ApiConflictError; change: Change }
  /** A reload came while this draft was being saved: it is back, and may or may not be saved. */
  | { kind: 'restored' };

/** Hands each field's element to the form, so the first refused field can take the focus. */
export type Register = (field: DraftField) => (el: HTMLElement | null) => void;

export function useRecordChangeForm(indicator: Indicator) {
  const today = useToday();
  const mutation = useRecordChange(indicator.id);
  const [kept] = useState(() => readKeptDraft(indicator.id, emptyDraft(indicator)));
  const [draft, setDraft] = useState<Draft>(() => kept ?? emptyDraft(indicator));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(kept ? { kind: 'restored' } : null);
  // The version the analyst is looking at: the one the form opened on, then each one saved here.
  // A change saved by someone else in between makes the save a conflict (412), not an overwrite.
  const [basedOn, setBasedOn] = useState(indicator.version ?? 1);
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

  const showIssues = (found: FieldIssue[]) => {
    setIssues(found);
    const fields = new Set(found.map((i) => fieldOfPath(i.path)));
    const first = ORDER.find((f) => fields.has(f));
    if (first) elements.current.get(first)?.focus();
  };

  const validate = (): { change: Change | null; issues: FieldIssue[] } => {
    const check = { today, departments: null };
    if (indicator.kind === 'quantitative') {
      const result = validateObservationDraft(draft, indicator, check);
      return {
        change: result.observation ? { observation: result.observation } : null,
        issues: result.issues,
      };
    }
    const result = validateMilestoneDraft(draft, indicator, check);
    return {
      change: result.update ? { update: result.update } : null,
      issues: result.issues,
    };
  };

  const save = (next: Change, version: number) => {
    const date: IsoDate = 'observation' in next ? next.observation.date : next.update.date;
    setIssues([]);
    setOutcome(null);
    // Kept until the save is settled: a reload before then finds the draft again.
    keepDraft(indicator.id, draft);
    mutation.mutate(
      { change: next, basedOn: version },
      {
        onSuccess: ({ indicator: saved }) => {
          setBasedOn(saved.version ?? version + 1);
          setDraft(emptyDraft(indicator));
          setOutcome({ kind: 'saved', date });
        },
        onError: (error) => {
          if (error instanceof ApiConflictError) {
            setOutcome({ kind: 'conflict', error, change: next });
            return;
          }
          setOutcome({ kind: 'failed', error });
          if (error instanceof ApiValidationError) showIssues(error.issues);
        },
        onSettled: () => dropKeptDraft(indicator.id),
      },
    );
  };

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { change: next, issues: found } = validate();
    if (found.length > 0 || !next) {
      setOutcome({ kind: 'invalid' });
      showIssues(found);
      return;
    }
    save(next, basedOn);
  };

  /** After a conflict: the same change again, over the version saved in between. */
  const saveAgain = () => {
    if (outcome?.kind !== 'conflict') return;
    save(outcome.change, outcome.error.current.version ?? basedOn);
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
    submit,
    saveAgain,
  };
}
