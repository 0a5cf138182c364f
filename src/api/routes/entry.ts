// Recording observations and milestone updates, and reading an indicator's audit trail. A write
// names the version it was based on (If-Match); it is checked with the form's rules and saved
// with its audit entry in one transaction, or refused with the reason.
import { Hono, type Context } from 'hono';
import { targetChangeInputSchema } from '@/domain/accounts';
import { auditEntryFor, type AuditEntry, type ChangeMeta } from '@/domain/audit';
import { applyTarget, checkTargetChange, targetAuditEntry, targetFrom } from '@/domain/targets';
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
import { authorOf, refuse, type AuthEnv } from '../auth';
import { describeIssues, jsonBody, problem, quoteId } from '../respond';

type Change = { observation: Observation } | { update: MilestoneUpdate };
type CheckCtx = Awaited<ReturnType<ApiContext['checkContext']>>;

/**
 * What a posted body reads as: its issues, or the change it asks for: who may make it, and what
 * it makes of the indicator as it is (refused fields, or the indicator and its audit entry).
 */
type ReadBody = (body: unknown) =>
  | { issues: FieldIssue[] }
  | {
      make: (
        current: Indicator,
        ctx: CheckCtx,
        meta: ChangeMeta,
      ) => { issues: FieldIssue[] } | { indicator: Indicator; audit: AuditEntry };
    };

/** An observation or a milestone update, checked with the form's rules. */
function recordChange(change: Change, check: (i: Indicator, ctx: CheckCtx) => FieldIssue[]) {
  return {
    make(current: Indicator, ctx: CheckCtx, meta: ChangeMeta) {
      const issues = check(current, ctx);
      if (issues.length > 0) return { issues };
      return {
        indicator: applyChange(current, change),
        audit: auditEntryFor(current, change, meta),
      };
    },
  };
}

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

  async function record(c: Context<AuthEnv>, action: 'record' | 'setTarget', read: ReadBody) {
    const id = c.req.param('id') ?? '';
    // Who asks comes first: a refusal says nothing about the indicator or the body.
    // An editor's scope needs the indicator's owners: read now (owners do not change at run
    // time), so a refusal comes before anything about the body; asked again once it is locked.
    const who = c.get('who').principal;
    const editor = who.kind === 'user' && who.role === 'editor' && action === 'record';
    let early: Response | null;
    if (editor) {
      const indicator = await store.indicator(id);
      if (!indicator) return problem(c, 404, 'notFound', `no indicator ${quoteId(id)}`);
      early = refuse(c, { kind: 'record', ownerIds: indicator.ownerIds });
    } else {
      early = refuse(
        c,
        action === 'record' ? { kind: 'record', ownerIds: [] } : { kind: 'setTarget' },
      );
    }
    if (early) return early;
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
    const { author, account } = authorOf(c);
    const ctx = await api.checkContext();
    const outcome = await store.transact(async (tx) => {
      const [current] = await tx.lock([id]);
      if (!current) return { kind: 'notFound' } as const;
      const refused =
        action === 'record'
          ? refuse(c, { kind: 'record', ownerIds: current.ownerIds })
          : refuse(c, { kind: 'setTarget' });
      if (refused) return { kind: 'forbidden', refused } as const;
      const version = current.version ?? 1;
      if (version !== based) return { kind: 'stale', current } as const;
      const next = version + 1;
      const made = parsed.make(current, ctx, {
        id: api.newId(),
        at: api.now().toISOString(),
        author,
        account,
        via: 'form',
      });
      if ('issues' in made) return { kind: 'refused', issues: made.issues } as const;
      const indicator = { ...made.indicator, version: next };
      const audit = { ...made.audit, version: next };
      await tx.save([indicator], [audit]);
      return { kind: 'saved', indicator, audit } as const;
    });
    switch (outcome.kind) {
      case 'notFound':
        return problem(c, 404, 'notFound', `no indicator ${quoteId(id)}`);
      case 'forbidden':
        return outcome.refused;
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
        api.committed();
        c.header('ETag', `"${outcome.indicator.version}"`);
        return c.json({ indicator: outcome.indicator, audit: outcome.audit }, 201);
    }
  }

  return new Hono<AuthEnv>()
    .post('/indicators/:id/observations', (c) =>
      record(c, 'record', (body) => {
        const parsed = observationInputSchema.safeParse(body);
        if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'observation') };
        const { observation } = parsed.data;
        return recordChange({ observation }, (indicator, ctx) =>
          checkObservation(indicator, observation, ctx),
        );
      }),
    )
    .post('/indicators/:id/milestone-updates', (c) =>
      record(c, 'record', (body) => {
        const parsed = milestoneUpdateInputSchema.safeParse(body);
        if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'update') };
        const { update } = parsed.data;
        return recordChange({ update }, (indicator, ctx) =>
          checkMilestoneUpdate(indicator, update, ctx),
        );
      }),
    )
    .post('/indicators/:id/targets', (c) =>
      record(c, 'setTarget', (body) => {
        const parsed = targetChangeInputSchema.safeParse(body);
        if (!parsed.success) return { issues: issuesFromZod(parsed.error, 'target') };
        const input = parsed.data;
        return {
          make(current, ctx, meta) {
            const issues = checkTargetChange(current, input, ctx);
            if (issues.length > 0 || current.kind !== 'quantitative') return { issues };
            const target = targetFrom(input, ctx.today);
            return {
              indicator: applyTarget(current, target),
              audit: targetAuditEntry(current, target, input.reason, meta),
            };
          },
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
