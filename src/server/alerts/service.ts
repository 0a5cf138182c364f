// Alerts running in the server: an evaluation right after each write (a moment later, so a burst
// of writes is one evaluation) and on a schedule (time alone can make a figure overdue), then the
// due deliveries. Stopped with the server.
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import type { Logger } from '../log';
import { deliverDue, type EmailSender } from './deliver';
import { queueDigests } from './digest';
import { evaluateNow } from './evaluate';

export interface AlertsOptions {
  db: Kysely<Database>;
  logger: Logger;
  publicUrl: string;
  /** smtp://user:pass@host:port (or smtps://); null: no email. */
  smtpUrl: string | null;
  /** The sender's address on emails. */
  mailFrom: string;
  intervalMs: number;
  now?: () => Date;
  fetch?: typeof fetch;
  retryDelaysMs?: readonly number[];
}

export interface Alerts {
  /** Evaluate soon (after a write). */
  trigger(): void;
  /** One full round now: evaluate, digests, deliveries (tests, and the schedule). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function smtpSender(smtpUrl: string, from: string): EmailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

export function startAlerts(options: AlertsOptions): Alerts {
  const now = options.now ?? (() => new Date());
  const email = options.smtpUrl ? smtpSender(options.smtpUrl, options.mailFrom) : null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let soon: ReturnType<typeof setTimeout> | null = null;

  async function round(): Promise<void> {
    const at = now();
    const events = await evaluateNow(options.db, {
      now: at,
      publicUrl: options.publicUrl,
      email: email !== null,
    });
    if (events.length > 0) options.logger.info('alerts raised', { count: events.length });
    if (email) await queueDigests(options.db, { now: at, publicUrl: options.publicUrl });
    const sent = await deliverDue(options.db, {
      now,
      email,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    });
    if (sent.failed > 0) options.logger.warn('deliveries failed', sent);
  }

  /** One round at a time; a request during a round makes one more after it. */
  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = round()
      .catch((error: unknown) => {
        options.logger.error('alerts round failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void run();
        }
      });
    return running;
  }

  const timer = setInterval(() => void run(), options.intervalMs);
  timer.unref();
  // A first round at start: remember every indicator's state, send what is due.
  void run();

  return {
    trigger() {
      if (stopped || soon) return;
      soon = setTimeout(() => {
        soon = null;
        void run();
      }, 100);
      soon.unref();
    },
    runOnce: () => run(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      await running;
    },
  };
}
