// Outgoing deliveries, at least once, each apart: a due delivery is leased (its next attempt moved
// five minutes on, in a short transaction that skips rows another instance holds), then sent on
// its own, beside up to CONCURRENCY others, with its own short time limits (./send.ts). A hung
// mail server or a slow webhook holds up its own delivery only. Each is then marked delivered,
// or given its next attempt after a growing wait, or after the last one marked failed with the
// category of why, which admins see.
import type { Kysely } from 'kysely';
import { WEBHOOK_FORMATS } from '@/domain/inbox';
import type { Database } from '../store/schema';
import type { Logger } from '../log';
import { postWebhook, type EmailSender, type SendResult, type Timeouts } from './send';
import { webhookRequest } from './webhooks';

/** Waits before the 2nd, 3rd, … attempt; after the last, the delivery has failed. */
export const RETRY_DELAYS_MS = [10_000, 30_000, 120_000, 600_000, 3_600_000];
const LEASE_MS = 5 * 60_000;
/** Deliveries under way at once, per instance. */
export const CONCURRENCY = 8;

export interface DeliveryOptions {
  now: () => Date;
  email: EmailSender | null;
  logger: Logger;
  /** Hosts and ranges webhooks may reach though inside (WEBHOOK_ALLOW). */
  allowList: readonly string[];
  timeouts?: Timeouts;
  /** For tests: the delays between attempts. */
  retryDelaysMs?: readonly number[];
}

export interface DeliveryWorker {
  /** Starts what is due, up to the concurrency. */
  pump(): void;
  /** Resolves when nothing is under way and nothing more is due (tests, and stopping). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

type Leased = {
  seq: string;
  channel: string;
  target: string;
  payload: Record<string, unknown>;
  attempts: number;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

async function lease(db: Kysely<Database>, now: Date, room: number, busy: string[]) {
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('deliveries')
      .select(['seq', 'channel', 'target', 'payload', 'attempts'])
      .where('delivered_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now);
    if (busy.length > 0) query = query.where('seq', 'not in', busy);
    const due = await query.orderBy('seq').limit(room).forUpdate().skipLocked().execute();
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
}

async function sendOne(
  db: Kysely<Database>,
  d: Leased,
  options: DeliveryOptions,
): Promise<SendResult> {
  if (d.channel === 'email') {
    if (!options.email) return { ok: false, error: 'notConfigured', detail: 'no SMTP_URL' };
    return options.email.send({
      to: text(d.payload.to),
      subject: text(d.payload.subject),
      text: text(d.payload.text),
    });
  }
  const hook = await db
    .selectFrom('webhooks')
    .select(['url', 'format', 'secret'])
    .where('id', '=', d.target)
    .executeTakeFirst();
  const format = WEBHOOK_FORMATS.find((f) => f === hook?.format);
  if (!hook || !format) return { ok: false, error: 'removed', detail: 'the webhook was removed' };
  return postWebhook(webhookRequest({ ...hook, format }, d.payload, options.now()), {
    allowList: options.allowList,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });
}

async function settle(
  db: Kysely<Database>,
  d: Leased,
  result: SendResult,
  options: DeliveryOptions,
) {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const attempts = d.attempts + 1;
  const at = options.now();
  if (result.ok) {
    await db
      .updateTable('deliveries')
      .set({ attempts, delivered_at: at.toISOString(), last_error: null })
      .where('seq', '=', d.seq)
      .execute();
    return null;
  }
  options.logger.warn('delivery failed', {
    channel: d.channel,
    attempts,
    error: result.error,
    detail: result.detail,
  });
  // Nothing will change a removed webhook or a missing mail server: no retry.
  const final =
    attempts > delays.length || result.error === 'removed' || result.error === 'notConfigured';
  const wait = final ? null : (delays[attempts - 1] ?? 0);
  await db
    .updateTable('deliveries')
    .set({
      attempts,
      last_error: result.error,
      ...(wait === null
        ? { failed_at: at.toISOString() }
        : { next_attempt_at: new Date(at.getTime() + wait).toISOString() }),
    })
    .where('seq', '=', d.seq)
    .execute();
  return wait;
}

export function deliveryWorker(db: Kysely<Database>, options: DeliveryOptions): DeliveryWorker {
  const inFlight = new Map<string, Promise<void>>();
  let pumping: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const waiters: (() => void)[] = [];

  const settled = () => {
    if (inFlight.size === 0 && !pumping) for (const resolve of waiters.splice(0)) resolve();
  };

  function start(d: Leased): void {
    const work = sendOne(db, d, options)
      .catch((error: unknown): SendResult => ({ ok: false, error: 'other', detail: String(error) }))
      .then((result) => settle(db, d, result, options))
      .then((wait) => {
        // The next attempt is due sooner than the next scheduled round: a pump then.
        if (wait !== null && !stopped) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            pump();
          }, wait);
          timer.unref();
          timers.add(timer);
        }
      })
      .catch((error: unknown) =>
        options.logger.error('recording a delivery failed', { error: String(error) }),
      )
      .finally(() => {
        inFlight.delete(d.seq);
        pump();
      });
    inFlight.set(d.seq, work);
  }

  function pump(): void {
    if (stopped) return settled();
    if (pumping) {
      again = true;
      return;
    }
    const room = CONCURRENCY - inFlight.size;
    if (room <= 0) return;
    pumping = lease(db, options.now(), room, [...inFlight.keys()])
      .then((due) => due.forEach(start))
      .catch((error: unknown) =>
        options.logger.error('leasing deliveries failed', { error: String(error) }),
      )
      .finally(() => {
        pumping = null;
        if (again) {
          again = false;
          pump();
        } else settled();
      });
  }

  return {
    pump,
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settled();
      }),
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([...inFlight.values(), pumping]);
    },
  };
}
