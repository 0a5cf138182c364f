// One evaluation of every indicator's alerts, under a PostgreSQL advisory lock held for its
// transaction: instances evaluating at the same moment take turns, and the second sees the state
// the first remembered. Each new event goes, in the same transaction, to the inboxes of those who
// hear of it and to the outgoing deliveries (email, webhooks), each at most once by key.
import { sql, type Kysely, type Transaction } from 'kysely';
import { roleSchema } from '@/domain/accounts';
import { alertMessage } from '@/domain/alert-messages';
import {
  evaluateAlerts,
  recipientsOf,
  type AlertEvent,
  type AlertState,
  type Follow,
} from '@/domain/alerts';
import { auditEntrySchema } from '@/domain/audit';
import { todayInShanghai } from '@/domain/dates';
import type { Language } from '@/domain/format';
import { indicatorSchema, type Indicator } from '@/domain/schemas';
import { STATUSES, type Status } from '@/domain/status';
import type { Database } from '../store/schema';
import { isWebhookFormat, webhookBody } from './webhooks';

/** The advisory lock every instance's evaluation takes (an arbitrary, fixed number). */
export const EVALUATION_LOCK = 731_017;

export interface EvaluationOptions {
  now: Date;
  /** The tracker's address, for links in messages. */
  publicUrl: string;
  /** Whether email can be sent (SMTP_URL is set); without it no email is queued. */
  email: boolean;
}

const isStatus = (value: unknown): value is Status =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);

/** A remembered state as stored; anything else is as good as none (remembered afresh). */
const stateOf = (value: Record<string, unknown>): AlertState | null => {
  const { status, stale, pastDue, targetSetOn } = value;
  if (typeof stale !== 'boolean' || typeof pastDue !== 'boolean') return null;
  return {
    status: isStatus(status) ? status : null,
    stale,
    pastDue,
    targetSetOn: typeof targetSetOn === 'string' ? targetSetOn : null,
  };
};

async function indicatorsIn(trx: Transaction<Database>): Promise<Indicator[]> {
  const rows = await trx
    .selectFrom('indicators')
    .select(['data', 'version'])
    .orderBy('position')
    .execute();
  return rows.flatMap((r) => {
    const parsed = indicatorSchema.safeParse({ ...r.data, version: r.version });
    return parsed.success ? [parsed.data] : [];
  });
}

export async function evaluateNow(
  db: Kysely<Database>,
  options: EvaluationOptions,
): Promise<AlertEvent[]> {
  const today = todayInShanghai(options.now);
  const at = options.now.toISOString();
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${EVALUATION_LOCK})`.execute(trx);
    const indicators = await indicatorsIn(trx);
    const remembered = new Map(
      (await trx.selectFrom('alert_states').select(['indicator_id', 'state']).execute()).map(
        (r) => [r.indicator_id, stateOf(r.state)],
      ),
    );
    const raised: { event: AlertEvent; indicator: Indicator }[] = [];
    for (const indicator of indicators) {
      const before = remembered.get(indicator.id) ?? null;
      let result = evaluateAlerts(indicator, before, today);
      if (result.events.some((e) => e.kind === 'targetChanged')) {
        const audit = (
          await trx
            .selectFrom('audit_entries')
            .select(['entry', 'version'])
            .where('indicator_id', '=', indicator.id)
            .where('field', '=', 'target')
            .orderBy('seq', 'desc')
            .limit(20)
            .execute()
        ).flatMap((r) => {
          const parsed = auditEntrySchema.safeParse({ ...r.entry, version: r.version });
          return parsed.success ? [parsed.data] : [];
        });
        result = evaluateAlerts(indicator, before, today, audit);
      }
      if (JSON.stringify(before) !== JSON.stringify(result.state)) {
        await trx
          .insertInto('alert_states')
          .values({
            indicator_id: indicator.id,
            state: JSON.stringify(result.state),
            updated_at: at,
          })
          .onConflict((oc) =>
            oc
              .column('indicator_id')
              .doUpdateSet({ state: JSON.stringify(result.state), updated_at: at }),
          )
          .execute();
      }
      for (const event of result.events) raised.push({ event, indicator });
    }
    if (raised.length === 0) return [];

    const fresh: { event: AlertEvent; indicator: Indicator }[] = [];
    for (const item of raised) {
      const inserted = await trx
        .insertInto('alert_events')
        .values({
          key: item.event.key,
          kind: item.event.kind,
          indicator_id: item.event.indicatorId,
          event: JSON.stringify(item.event),
          created_at: at,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) fresh.push(item);
    }
    if (fresh.length === 0) return [];

    const accounts = await trx
      .selectFrom('accounts')
      .select(['username', 'role', 'departments', 'disabled'])
      .execute();
    const follows: Follow[] = (
      await trx.selectFrom('follows').select(['username', 'kind', 'target_id']).execute()
    ).flatMap((f) =>
      f.kind === 'indicator' || f.kind === 'thrust' || f.kind === 'department'
        ? [{ username: f.username, kind: f.kind, id: f.target_id }]
        : [],
    );
    const settings = new Map(
      (await trx.selectFrom('notification_settings').selectAll().execute()).map((s) => [
        s.username,
        s,
      ]),
    );
    const webhooks = await trx.selectFrom('webhooks').selectAll().execute();
    const roles = accounts.flatMap((a) => {
      const role = roleSchema.safeParse(a.role);
      return role.success ? [{ ...a, role: role.data }] : [];
    });

    for (const { event, indicator } of fresh) {
      for (const username of recipientsOf(indicator, roles, follows)) {
        await trx
          .insertInto('inbox_items')
          .values({ username, event_key: event.key, created_at: at })
          .onConflict((oc) => oc.columns(['username', 'event_key']).doNothing())
          .execute();
        const mine = settings.get(username);
        if (options.email && mine?.email && mine.email_alerts) {
          const lang: Language = mine.language === 'en' ? 'en' : 'zh';
          const message = alertMessage(event, indicator, lang, options.publicUrl);
          await trx
            .insertInto('deliveries')
            .values({
              channel: 'email',
              target: username,
              event_key: event.key,
              payload: JSON.stringify({
                to: mine.email,
                subject: message.title,
                text: `${message.title}\n\n${message.reason}\n\n${message.link}\n`,
              }),
              next_attempt_at: at,
              created_at: at,
            })
            .onConflict((oc) => oc.columns(['channel', 'target', 'event_key']).doNothing())
            .execute();
        }
      }
      for (const hook of webhooks) {
        if (
          hook.departments.length > 0 &&
          !hook.departments.some((d) => indicator.ownerIds.includes(d))
        ) {
          continue;
        }
        const format = hook.format;
        if (!isWebhookFormat(format)) continue;
        const message = alertMessage(event, indicator, 'zh', options.publicUrl);
        await trx
          .insertInto('deliveries')
          .values({
            channel: 'webhook',
            target: hook.id,
            event_key: event.key,
            payload: JSON.stringify(webhookBody(format, event, message)),
            next_attempt_at: at,
            created_at: at,
          })
          .onConflict((oc) => oc.columns(['channel', 'target', 'event_key']).doNothing())
          .execute();
      }
    }
    return fresh.map((f) => f.event);
  });
}
