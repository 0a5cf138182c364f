// One evaluation's view of the SQL alerts store: every read and write inside the evaluation's
// transaction, which holds a PostgreSQL advisory lock, so instances evaluating at the same moment
// take turns and the second sees what the first remembered.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AlertState } from '@/domain/alerts';
import { auditEntrySchema } from '@/domain/audit';
import { STATUSES, type Status } from '@/domain/status';
import type { EvaluationTx } from '@/api/alerts-store';
import { accountsIn, followsIn, indicatorsIn, toSettings, toWebhook } from './sql-alerts-rows';
import type { Database } from './schema';

/** The advisory lock every instance's evaluation takes (an arbitrary, fixed number). */
export const EVALUATION_LOCK = 731_017;

const isStatus = (value: unknown): value is Status =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);

/** A remembered state as stored; anything else is as good as none (remembered afresh). */
function stateOf(value: Record<string, unknown>): AlertState | null {
  const { status, stale, pastDue, target, version } = value;
  if (typeof stale !== 'boolean' || typeof pastDue !== 'boolean') return null;
  if (typeof version !== 'number' || !(target === null || typeof target === 'string')) return null;
  return { status: isStatus(status) ? status : null, stale, pastDue, target, version };
}

function evaluationTx(trx: Transaction<Database>): EvaluationTx {
  return {
    indicators: () => indicatorsIn(trx),
    async audit(indicatorId) {
      const rows = await trx
        .selectFrom('audit_entries')
        .select(['entry', 'version'])
        .where('indicator_id', '=', indicatorId)
        .orderBy('seq', 'desc')
        .limit(20)
        .execute();
      return rows.flatMap((r) => {
        const parsed = auditEntrySchema.safeParse({ ...r.entry, version: r.version });
        return parsed.success ? [parsed.data] : [];
      });
    },
    async states() {
      const rows = await trx.selectFrom('alert_states').select(['indicator_id', 'state']).execute();
      return new Map(rows.map((r) => [r.indicator_id, stateOf(r.state)]));
    },
    async saveState(indicatorId, state, at) {
      const json = JSON.stringify(state);
      await trx
        .insertInto('alert_states')
        .values({ indicator_id: indicatorId, state: json, updated_at: at })
        .onConflict((oc) => oc.column('indicator_id').doUpdateSet({ state: json, updated_at: at }))
        .execute();
    },
    async addEvent(event, at) {
      const inserted = await trx
        .insertInto('alert_events')
        .values({
          key: event.key,
          kind: event.kind,
          indicator_id: event.indicatorId,
          event: JSON.stringify(event),
          created_at: at,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    async audience() {
      const accounts = await accountsIn(trx);
      const follows = await followsIn(trx);
      const settings = new Map(
        (await trx.selectFrom('notification_settings').selectAll().execute()).map((s) => [
          s.username,
          toSettings(s),
        ]),
      );
      const webhooks = (await trx.selectFrom('webhooks').selectAll().execute()).flatMap(toWebhook);
      return { accounts, follows, settings, webhooks };
    },
    async toInbox(username, eventKey, at) {
      await trx
        .insertInto('inbox_items')
        .values({ username, event_key: eventKey, created_at: at })
        .onConflict((oc) => oc.columns(['username', 'event_key']).doNothing())
        .execute();
    },
    async queue(delivery, at) {
      await trx
        .insertInto('deliveries')
        .values({
          channel: delivery.channel,
          target: delivery.target,
          event_key: delivery.eventKey,
          payload: JSON.stringify(delivery.payload),
          next_attempt_at: at,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(['channel', 'target', 'event_key']).doNothing())
        .execute();
    },
  };
}

/** Runs `work` as one evaluation: alone, and all of it or nothing. */
export function runEvaluation<T>(
  db: Kysely<Database>,
  work: (tx: EvaluationTx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${EVALUATION_LOCK})`.execute(trx);
    return work(evaluationTx(trx));
  });
}
