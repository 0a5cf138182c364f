// Outgoing deliveries, at least once and retried with backoff: each due delivery is leased (its
// next attempt moved five minutes on, in a short transaction that skips rows another instance
// holds), sent, then marked delivered, or given its next attempt, or after the last one marked
// failed with the reason, which admins see.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { isWebhookFormat, webhookRequest } from './webhooks';

/** Waits before the 2nd, 3rd, … attempt; after the last, the delivery has failed. */
export const RETRY_DELAYS_MS = [10_000, 30_000, 120_000, 600_000, 3_600_000];
const LEASE_MS = 5 * 60_000;

export interface EmailSender {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface DeliveryOptions {
  now: () => Date;
  email: EmailSender | null;
  fetch?: typeof fetch;
  /** For tests: the delays between attempts. */
  retryDelaysMs?: readonly number[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Sends what is due; how many were delivered and how many failed this round. */
export async function deliverDue(
  db: Kysely<Database>,
  options: DeliveryOptions,
): Promise<{ delivered: number; retried: number; failed: number }> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const now = options.now();
  const leased = await db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('deliveries')
      .select(['seq', 'channel', 'target', 'payload', 'attempts'])
      .where('delivered_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('seq')
      .limit(25)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length > 0) {
      await trx
        .updateTable('deliveries')
        .set({ next_attempt_at: new Date(now.getTime() + LEASE_MS).toISOString() })
        .where(
          'seq',
          'in',
          due.map((d) => d.seq),
        )
        .execute();
    }
    return due;
  });
  const counts = { delivered: 0, retried: 0, failed: 0 };
  for (const delivery of leased) {
    let error: string | null = null;
    try {
      if (delivery.channel === 'email') {
        if (!options.email) throw new Error('email is not configured (SMTP_URL)');
        await options.email.send({
          to: text(delivery.payload.to),
          subject: text(delivery.payload.subject),
          text: text(delivery.payload.text),
        });
      } else {
        const hook = await db
          .selectFrom('webhooks')
          .select(['url', 'format', 'secret'])
          .where('id', '=', delivery.target)
          .executeTakeFirst();
        if (!hook || !isWebhookFormat(hook.format)) throw new Error('the webhook was removed');
        const { url, init } = webhookRequest(
          { url: hook.url, format: hook.format, secret: hook.secret },
          delivery.payload,
          options.now(),
        );
        const res = await (options.fetch ?? fetch)(url, init);
        if (!res.ok) throw new Error(`the receiver answered ${res.status}`);
        // A chat robot answers 200 with its own error code when it refuses a message.
        const body = await res.text();
        const code = /"errcode"\s*:\s*(\d+)/.exec(body)?.[1];
        if (code && code !== '0')
          throw new Error(`the robot refused the message (errcode ${code})`);
      }
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const attempts = delivery.attempts + 1;
    const at = options.now();
    if (error === null) {
      counts.delivered += 1;
      await db
        .updateTable('deliveries')
        .set({ attempts, delivered_at: at.toISOString(), last_error: null })
        .where('seq', '=', delivery.seq)
        .execute();
    } else if (attempts > delays.length) {
      counts.failed += 1;
      await db
        .updateTable('deliveries')
        .set({ attempts, failed_at: at.toISOString(), last_error: error.slice(0, 500) })
        .where('seq', '=', delivery.seq)
        .execute();
    } else {
      counts.retried += 1;
      await db
        .updateTable('deliveries')
        .set({
          attempts,
          last_error: error.slice(0, 500),
          next_attempt_at: new Date(at.getTime() + (delays[attempts - 1] ?? 0)).toISOString(),
        })
        .where('seq', '=', delivery.seq)
        .execute();
    }
  }
  return counts;
}
