// Importing observations from a CSV file's rows: every row is checked against the indicators as
// they are inside the transaction, and either every row is written (with its audit entry) or
// none is, with a report of each row either way.
import { Hono } from 'hono';
import { auditEntryFor, type AuditEntry } from '@/domain/audit';
import { summarise, validateImportRows } from '@/domain/csv-import';
import { applyObservation, issuesFromZod } from '@/domain/entry';
import { importRequestSchema } from '@/domain/import-schemas';
import type { Indicator } from '@/domain/schemas';
import { mayRecord } from '@/domain/accounts';
import type { ApiContext } from '../app';
import { authorOf, refuse, type AuthEnv } from '../auth';
import { describeIssues, jsonBody, problem } from '../respond';

export function importRoutes(api: ApiContext) {
  return new Hono<AuthEnv>().post('/imports', async (c) => {
    const who = c.get('who').principal;
    // Anyone who may record nothing is refused at once; an editor's rows are judged by row.
    if (!(who.kind === 'user' && who.role === 'editor')) {
      const refused = refuse(c, { kind: 'record', ownerIds: [] });
      if (refused) return refused;
    }
    const body = await jsonBody(c);
    if (body === undefined) return problem(c, 400, 'badRequest', 'the body must be JSON');
    const parsed = importRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      return problem(c, 422, 'invalidRequest', describeIssues(issues), { issues });
    }
    const { rows } = parsed.data;
    const { author, account } = authorOf(c);
    const ctx = await api.checkContext();
    const ids = [...new Set(rows.map((r) => (r.cells.indicator_id ?? '').trim()))].sort();
    const outcome = await api.store.transact(async (tx) => {
      const locked = await tx.lock(ids);
      const checked = validateImportRows(rows, locked, ctx, (indicator) =>
        mayRecord(who, indicator.ownerIds),
      );
      const rejected = checked.filter((r) => r.report.status === 'rejected');
      if (rejected.length > 0) return { written: false, checked, rejected } as const;
      // Apply in file order, so a later row's audit entry sees the earlier rows. Each indicator
      // moves on by one version, whatever the number of its rows.
      const changed = new Map<string, Indicator>();
      const entries: AuditEntry[] = [];
      const meta = {
        id: api.newId(),
        at: api.now().toISOString(),
        author,
        account,
        via: 'import' as const,
      };
      checked.forEach(({ report, observation }, i) => {
        const current =
          changed.get(report.indicatorId) ?? locked.find((x) => x.id === report.indicatorId);
        if (!current || current.kind !== 'quantitative' || !observation) return;
        const version = (locked.find((x) => x.id === current.id)?.version ?? 1) + 1;
        entries.push({
          ...auditEntryFor(current, { observation }, { ...meta, id: `${meta.id}-${i + 1}` }),
          version,
        });
        changed.set(current.id, { ...applyObservation(current, observation), version });
      });
      await tx.save([...changed.values()], entries);
      return { written: true, checked, rejected } as const;
    });
    if (!outcome.written) {
      const { checked, rejected } = outcome;
      const rowsNamed = rejected.map((r) => r.report.row).join(', ');
      return problem(
        c,
        422,
        'importRejected',
        `${rejected.length} of ${checked.length} rows refused (rows ${rowsNamed}); nothing was written`,
        { report: summarise(checked, false) },
      );
    }
    api.committed();
    return c.json(summarise(outcome.checked, true), 201);
  });
}
