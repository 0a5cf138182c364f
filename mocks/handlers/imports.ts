// Importing observations from a CSV file's rows: all rows are checked first, and either every
// one is written (with its audit entry) or none is, with a report of each row either way.
import { http, HttpResponse } from 'msw';
import { auditEntryFor, type AuditEntry } from '@/domain/audit';
import { importRequestSchema, summarise, validateImportRows } from '@/domain/csv-import';
import { applyObservation, issuesFromZod } from '@/domain/entry';
import type { Indicator } from '@/domain/schemas';
import { db } from '../db';
import { checkContext, describeIssues, newMeta } from './entry';
import { API, jsonBody, problem, unprocessable, wait, type HandlerOptions } from './respond';

export function importHandlers(options: HandlerOptions) {
  return [
    http.post(`${API}/imports`, async ({ request }) => {
      await wait(options);
      const body = await jsonBody(request);
      if (body === null) return problem(400, 'badRequest', 'the body must be JSON');
      const parsed = importRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issues = issuesFromZod(parsed.error);
        return unprocessable('invalidRequest', describeIssues(issues), { issues });
      }
      const { indicators } = db.get();
      const rows = validateImportRows(parsed.data.rows, indicators, checkContext());
      const rejected = rows.filter((r) => r.report.status === 'rejected');
      if (rejected.length > 0) {
        const rowsNamed = rejected.map((r) => r.report.row).join(', ');
        return unprocessable(
          'importRejected',
          `${rejected.length} of ${rows.length} rows refused (rows ${rowsNamed}); nothing was written`,
          { report: summarise(rows, false) },
        );
      }
      // Apply in file order, so a later row's audit entry sees the earlier rows.
      const changed = new Map<string, Indicator>();
      const entries: AuditEntry[] = [];
      const meta = newMeta(parsed.data.author, 'import');
      rows.forEach(({ report, observation }, i) => {
        const current =
          changed.get(report.indicatorId) ?? indicators.find((x) => x.id === report.indicatorId);
        if (!current || current.kind !== 'quantitative' || !observation) return;
        entries.push(
          auditEntryFor(current, { observation }, { ...meta, id: `${meta.id}-${i + 1}` }),
        );
        changed.set(current.id, applyObservation(current, observation));
      });
      db.commit([...changed.values()], entries);
      return HttpResponse.json(summarise(rows, true), { status: 201 });
    }),
  ];
}
