// One evaluation of every indicator's alerts, in both homes of the API: compare each indicator
// with what was remembered, remember the new state, and put each new event in the inboxes of
// those who hear of it, all in one transaction of the alerts store. The inbox is written here,
// first; what goes out (email, webhooks) is only queued, and sent apart by the server's delivery
// service (src/server/alerts), so no receiver can hold the inbox up. The mock API has no sender:
// it queues nothing for email, and its webhooks' deliveries are recorded as not sent (`demo`).
import { evaluateAlerts, recipientsOf, type AlertEvent } from '@/domain/alerts';
import { alertEmail, alertMessage, webhookBody } from '@/domain/alert-messages';
import { todayInShanghai } from '@/domain/dates';
import type { Indicator } from '@/domain/schemas';
import type { AlertsStore } from './alerts-store';

export interface EvaluationOptions {
  now: Date;
  /** The tracker's address, for links in messages. */
  publicUrl: string;
  /** Whether email can go out; without it none is queued. */
  email: boolean;
}

export async function evaluateNow(
  alerts: AlertsStore,
  options: EvaluationOptions,
): Promise<AlertEvent[]> {
  const today = todayInShanghai(options.now);
  const at = options.now.toISOString();
  return alerts.evaluation(async (tx) => {
    const remembered = await tx.states();
    const raised: { event: AlertEvent; indicator: Indicator }[] = [];
    for (const indicator of await tx.indicators()) {
      const before = remembered.get(indicator.id) ?? null;
      let result = evaluateAlerts(indicator, before, today);
      // Who recorded the change behind an event, and why: read only when there is one.
      if (result.events.length > 0) {
        result = evaluateAlerts(indicator, before, today, await tx.audit(indicator.id));
      }
      if (JSON.stringify(before) !== JSON.stringify(result.state)) {
        await tx.saveState(indicator.id, result.state, at);
      }
      for (const event of result.events) raised.push({ event, indicator });
    }
    const fresh: typeof raised = [];
    for (const item of raised) if (await tx.addEvent(item.event, at)) fresh.push(item);
    if (fresh.length === 0) return [];

    const { accounts, follows, settings, webhooks } = await tx.audience();
    for (const { event, indicator } of fresh) {
      for (const username of recipientsOf(indicator, accounts, follows)) {
        await tx.toInbox(username, event.key, at);
        const mine = settings.get(username);
        if (options.email && mine?.email && mine.emailAlerts) {
          const message = alertMessage(event, indicator, mine.language, options.publicUrl);
          const { subject, text } = alertEmail(message, mine.language);
          await tx.queue(
            {
              channel: 'email',
              target: username,
              eventKey: event.key,
              payload: { to: mine.email, subject, text },
            },
            at,
          );
        }
      }
      for (const hook of webhooks) {
        const heard =
          hook.departments.length === 0 ||
          hook.departments.some((d) => indicator.ownerIds.includes(d));
        if (!heard) continue;
        const message = alertMessage(event, indicator, 'zh', options.publicUrl);
        await tx.queue(
          {
            channel: 'webhook',
            target: hook.id,
            eventKey: event.key,
            payload: webhookBody(hook.format, event, message),
          },
          at,
        );
      }
    }
    return fresh.map((f) => f.event);
  });
}
