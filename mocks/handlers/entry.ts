// Recording observations and milestone updates, and reading an indicator's audit trail. Every
// change is checked with the same rules as the form and saved with its audit entry.
import { http, HttpResponse } from 'msw';
import { auditEntryFor, newestFirst, type AuditEntry } from '@/domain/audit';
import { toIsoDate } from '@/domain/dates';
import {
  applyChange,
  checkMilestoneUpdate,
  checkObservation,
  issuesFromZod,
  milestoneUpdateInputSchema,
  observationInputSchema,
  type CheckContext,
  type FieldIssue,
} from '@/domain/entry';
import type { Indicator } from '@/domain/schemas';
import { db } from '../db';
import { API, jsonBody, problem, unprocessable, wait, type HandlerOptions } from './respond';

export function checkContext(): CheckContext {
  return {
    today: toIsoDate(new Date()),
    departments: new Set(db.get().departments.map((d) => d.id)),
  };
}

export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => `${i.path || 'record'}: ${i.code}`).join('; ');
}

export function newMeta(author: string, via: AuditEntry['via']) {
  return { id: crypto.randomUUID(), at: new Date().toISOString(), author, via };
}

function find(id: string): Indicator | undefined {
  return db.get().indicators.find((i) => i.id === id);
}

type RecordChange = Parameters<typeof applyChange>[1];

/** What a posted record reads as: its issues, and when it parsed, who sent which change. */
type ReadRecord = (
  indicator: Indicator,
  body: unknown,
) =>
  | { issues: FieldIssue[]; author?: undefined }
  | { issues: FieldIssue[]; author: string; change: RecordChange };

/**
 * Both kinds of record take the same steps: the indicator must exist and the body be JSON; a
 * record with issues is refused as a whole (422); an accepted one is saved with its audit entry.
 */
function recordHandler(path: string, options: HandlerOptions, read: ReadRecord) {
  return http.post(`${API}/indicators/:id/${path}`, async ({ request, params }) => {
    await wait(options);
    const indicator = find(String(params.id));
    if (!indicator)
      return problem(404, 'notFound', `no indicator "${String(params.id).slice(0, 60)}"`);
    const body = await jsonBody(request);
    if (body === null) return problem(400, 'badRequest', 'the body must be JSON');
    const record = read(indicator, body);
    if (record.author === undefined || record.issues.length > 0) {
      return unprocessable('invalidRecord', describeIssues(record.issues), {
        issues: record.issues,
      });
    }
    const audit = auditEntryFor(indicator, record.change, newMeta(record.author, 'form'));
    const updated = applyChange(indicator, record.change);
    db.commit([updated], [audit]);
    return HttpResponse.json({ indicator: updated, audit }, { status: 201 });
  });
}

export function entryHandlers(options: HandlerOptions) {
  return [
    recordHandler('observations', options, (indicator, body) => {
      const parsed = observationInputSchema.safeParse(body);
      if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'observation') };
      const { observation, author } = parsed.data;
      return {
        issues: checkObservation(indicator, observation, checkContext()),
        author,
        change: { observation },
      };
    }),

    recordHandler('milestone-updates', options, (indicator, body) => {
      const parsed = milestoneUpdateInputSchema.safeParse(body);
      if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'update') };
      const { update, author } = parsed.data;
      return {
        issues: checkMilestoneUpdate(indicator, update, checkContext()),
        author,
        change: { update },
      };
    }),

    http.get(`${API}/indicators/:id/audit`, async ({ params }) => {
      await wait(options);
      const id = String(params.id);
      if (!find(id)) return problem(404, 'notFound', `no indicator "${id.slice(0, 60)}"`);
      const items = newestFirst(db.get().audit.filter((e) => e.indicatorId === id));
      return HttpResponse.json({ items });
    }),

    /** Demo only: forget every recorded change. A real API has no such endpoint. */
    http.post(`${API}/demo/reset`, async () => {
      await wait(options);
      db.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
