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

export function entryHandlers(options: HandlerOptions) {
  return [
    http.post(`${API}/indicators/:id/observations`, async ({ request, params }) => {
      await wait(options);
      const indicator = find(String(params.id));
      if (!indicator)
        return problem(404, 'notFound', `no indicator "${String(params.id).slice(0, 60)}"`);
      const body = await jsonBody(request);
      if (body === null) return problem(400, 'badRequest', 'the body must be JSON');
      const parsed = observationInputSchema.safeParse(body);
      const issues = parsed.success
        ? checkObservation(indicator, parsed.data.observation, checkContext())
        : issuesFromZod(parsed.error, 'observation');
      if (!parsed.success || issues.length > 0) {
        return unprocessable('invalidRecord', describeIssues(issues), { issues });
      }
      const change = { observation: parsed.data.observation };
      const audit = auditEntryFor(indicator, change, newMeta(parsed.data.author, 'form'));
      const updated = applyChange(indicator, change);
      db.commit([updated], [audit]);
      return HttpResponse.json({ indicator: updated, audit }, { status: 201 });
    }),

    http.post(`${API}/indicators/:id/milestone-updates`, async ({ request, params }) => {
      await wait(options);
      const indicator = find(String(params.id));
      if (!indicator)
        return problem(404, 'notFound', `no indicator "${String(params.id).slice(0, 60)}"`);
      const body = await jsonBody(request);
      if (body === null) return problem(400, 'badRequest', 'the body must be JSON');
      const parsed = milestoneUpdateInputSchema.safeParse(body);
      const issues = parsed.success
        ? checkMilestoneUpdate(indicator, parsed.data.update, checkContext())
        : issuesFromZod(parsed.error, 'update');
      if (!parsed.success || issues.length > 0) {
        return unprocessable('invalidRecord', describeIssues(issues), { issues });
      }
      const change = { update: parsed.data.update };
      const audit = auditEntryFor(indicator, change, newMeta(parsed.data.author, 'form'));
      const updated = applyChange(indicator, change);
      db.commit([updated], [audit]);
      return HttpResponse.json({ indicator: updated, audit }, { status: 201 });
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
