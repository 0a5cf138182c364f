// The audit trail: who changed which indicator's record, when, from what to what, and how.
import { z } from './zod';
import { previousRecord } from './previous-record';
import {
  indicatorSchema,
  isoDateSchema,
  milestoneUpdateSchema,
  observationSchema,
  targetSchema,
  type Indicator,
  type MilestoneUpdate,
  type Observation,
} from './schemas';

const auditBaseSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** When the change was saved, as an ISO timestamp. */
  at: z.iso.datetime({ offset: true }),
  author: z.string().check(z.minLength(1)),
  /** The account that made the change (its sign-in name); absent on entries from before accounts. */
  account: z.optional(z.string()),
  indicatorId: z.string().check(z.minLength(1)),
  /** The date of the record that changed: its key among the indicator's records. */
  key: isoDateSchema,
  /** True when a record on the same date was overwritten, false when one was added. */
  replaced: z.boolean(),
  via: z.enum(['form', 'import']),
  /** The indicator's version this change produced. */
  version: z.optional(z.int().check(z.positive())),
});

/**
 * `before` is the record this one replaced (same date) or, when it was added, the latest record
 * before it: the figure the reader saw until then. Null for an indicator's first record.
 */
export const auditEntrySchema = z.discriminatedUnion('field', [
  z.extend(auditBaseSchema, {
    field: z.literal('observation'),
    before: z.nullable(observationSchema),
    after: observationSchema,
  }),
  z.extend(auditBaseSchema, {
    field: z.literal('milestoneUpdate'),
    before: z.nullable(milestoneUpdateSchema),
    after: milestoneUpdateSchema,
  }),
  z.extend(auditBaseSchema, {
    field: z.literal('target'),
    /** The target in force until this change (the latest set), null when there was none. */
    before: z.nullable(targetSchema),
    after: targetSchema,
    /** Why the target changed, as the admin gave it. */
    reason: z.string().check(z.minLength(1)),
  }),
]);
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditField = AuditEntry['field'];

export const auditListResponseSchema = z.object({ items: z.array(auditEntrySchema) });

export interface ChangeMeta {
  id: string;
  at: string;
  author: string;
  account?: string;
  via: AuditEntry['via'];
}

/** The audit entry for a change, shaped from the indicator as it was before the change. */
export function auditEntryFor(
  indicator: Indicator,
  change: { observation: Observation } | { update: MilestoneUpdate },
  meta: ChangeMeta,
): AuditEntry {
  const base = { ...meta, author: meta.author.trim(), indicatorId: indicator.id };
  if ('observation' in change) {
    const records = indicator.kind === 'quantitative' ? indicator.observations : [];
    const { previous, replaced } = previousRecord(records, change.observation.date);
    return {
      ...base,
      field: 'observation',
      key: change.observation.date,
      replaced,
      before: previous,
      after: change.observation,
    };
  }
  const records = indicator.kind === 'milestone' ? indicator.updates : [];
  const { previous, replaced } = previousRecord(records, change.update.date);
  return {
    ...base,
    field: 'milestoneUpdate',
    key: change.update.date,
    replaced,
    before: previous,
    after: change.update,
  };
}

/** Newest first; of entries saved in the same instant (one import), the later-made first. */
export function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? 1 : a.e.at > b.e.at ? -1 : b.i - a.i))
    .map(({ e }) => e);
}

/** What the API answers a saved change with: the indicator as it now is, and the entry made. */
export const changeResponseSchema = z.object({
  indicator: indicatorSchema,
  audit: auditEntrySchema,
});
export type ChangeResponse = z.infer<typeof changeResponseSchema>;
