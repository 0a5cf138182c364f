// Recording observations and milestone updates, and reading an indicator's audit trail. A write
// names the version it was based on (If-Match); it is checked with the form's rules and saved
// with its audit entry in one transaction, or refused with the reason.
import { Hono, type Context } from 'hono';
import { auditEntryFor } from '@/domain/audit';
import {
  applyChange,
  checkMilestoneUpdate,
  checkObservation,
  issuesFromZod,
  milestoneUpdateInputSchema,
  observationInputSchema,
  type FieldIssue,
} from '@/domain/entry';
import type { Indicator, MilestoneUpdate, Observation } from '@/domain/schemas';
import type { ApiContext } from '../app';
import { describeIssues, jsonBody, problem, quoteId } from '../respond';

type Change = { observation: Observation } | { update: MilestoneUpdate };

/** What a posted body reads as: its issues, or who sends which change. */
type ReadBody = (
  body: unknown,
) => { issues: FieldIssue[] } | { author: string; change: Change; check: CheckChange };
type CheckChange = (
  indicator: Indicator,
  ctx: Awaited<ReturnType<ApiContext['checkContext']>>,
) => FieldIssue[];

/**
 * The version an `If-Match` header names: `"7"` (or `W/"7"`); null when there is none, NaN when
 * it is not a version this API gives out.
 */
export function ifMatchVersion(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '') return null;
  const m = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  return m ? Number(m[1]) : Number.NaN;
}

export function entryRoutes(api: ApiContext) {
  const { store } = api;

  async function record(c: Context, read: ReadBody) {
    const id = c.req.param('id') ?? '';
    const body = await jsonBody(c);
    if (body === undefined) return problem(c, 400, 'badRequest', 'the body must be JSON');
    const based = ifMatchVersion(c.req.header('If-Match'));
    if (based === null) {
      return problem(
        c,
        428,
        'preconditionRequired',
        'send If-Match with the version (ETag) of the indicator the change is based on',
      );
    }
    if (Number.isNaN(based)) {
      return problem(c, 400, 'badRequest', 'If-Match must be an ETag of this API, e.g. "3"');
    }
    const parsed = read(body);
    if ('issues' in parsed) {
      return problem(c, 422, 'invalidRecord', describeIssues(parsed.issues), {
        issues: parsed.issues,
      });
    }
    const ctx = await api.checkContext();
    const outcome = await store.transact(async (tx) => {
      const [current] = await tx.lock([id]);
      if (!current) return { kind: 'notFound' } as const;
      const version = current.version ?? 1;
      if (version !== based) return { kind: 'stale', current } as const;
      const issues = parsed.check(current, ctx);
      if (issues.length > 0) return { kind: 'refused', issues } as const;
      const next = version + 1;
      const audit = {
        ...auditEntryFor(current, parsed.change, {
          id: api.newId(),
          at: api.now().toISOString(),
          author: parsed.author,
          via: 'form',
        }),
        version: next,
      };
      const indicator = { ...applyChange(current, parsed.change), version: next };
      await tx.save([indicator], [audit]);
      return { kind: 'saved', indicator, audit } as const;
    });
    switch (outcome.kind) {
      case 'notFound':
        return problem(c, 404, 'notFound', `no indicator ${quoteId(id)}`);
      case 'stale': {
        const changes = (await store.audit(id)).filter((e) => (e.version ?? 0) > based);
        const version = outcome.current.version ?? 1;
        c.header('ETag', `"${version}"`);
        return problem(
          c,
          412,
          'versionMismatch',
          `the indicator changed since version ${based}; it is now at version ${version}`,
          { current: outcome.current, changes },
        );
      }
      case 'refused':
        return problem(c, 422, 'invalidRecord', describeIssues(outcome.issues), {
          issues: outcome.issues,
        });
      case 'saved':
        c.header('ETag', `"${outcome.indicator.version}"`);
        return c.json({ indicator: outcome.indicator, audit: outcome.audit }, 201);
    }
  }

  return new Hono()
    .post('/indicators/:id/observations', (c) =>
      record(c, (body) => {
        const parsed = observationInputSchema.safeParse(body);
        if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'observation') };
        const { observation, author } = parsed.data;
        return {
          author,
          change: { observation },
          check: (indicator, ctx) => checkObservation(indicator, observation, ctx),
        };
      }),
    )
    .post('/indicators/:id/milestone-updates', (c) =>
      record(c, (body) => {
        const parsed = milestoneUpdateInputSchema.safeParse(body);
        if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'update') };
        const { update, author } = parsed.data;
        return {
          author,
          change: { update },
          check: (indicator, ctx) => checkMilestoneUpdate(indicator, update, ctx),
        };
      }),
    )
    .get('/indicators/:id/audit', async (c) => {
      const id = c.req.param('id');
      if (!(await store.indicator(id))) {
        return problem(c, 404, 'notFound', `no indicator ${quoteId(id)}`);
      }
      return c.json({ items: await store.audit(id) });
    });
}
