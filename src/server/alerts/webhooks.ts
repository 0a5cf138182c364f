// Webhooks: the body for each format (generic JSON; the text messages of WeCom and DingTalk group
// robots) and the signature. Every request carries `X-NPF-Timestamp` and
// `X-NPF-Signature: sha256=HEX`, the HMAC-SHA256 of `${timestamp}.${body}` under the webhook's
// secret; a DingTalk robot with 加签 also gets its own `timestamp` and `sign` in the URL.
import { createHmac } from 'node:crypto';
import type { AlertMessage } from '@/domain/alert-messages';
import type { AlertEvent } from '@/domain/alerts';
import { WEBHOOK_FORMATS, type WebhookFormat } from '@/domain/inbox';

export type { WebhookFormat } from '@/domain/inbox';

/** A stored format this server knows (a row edited by hand into anything else is not sent). */
export const isWebhookFormat = (format: string): format is WebhookFormat =>
  (WEBHOOK_FORMATS as readonly string[]).includes(format);

export function webhookBody(
  format: WebhookFormat,
  event: AlertEvent,
  message: AlertMessage,
): Record<string, unknown> {
  const text = `${message.title}\n${message.reason}\n${message.link}`;
  switch (format) {
    case 'wecom':
    case 'dingtalk':
      return { msgtype: 'text', text: { content: text } };
    case 'json':
      return {
        event: event.kind,
        key: event.key,
        indicatorId: event.indicatorId,
        on: event.on,
        illustrative: event.illustrative,
        ...(event.from !== undefined ? { from: event.from } : {}),
        ...(event.to !== undefined ? { to: event.to } : {}),
        ...(event.due ? { due: event.due } : {}),
        ...(event.target ? { target: event.target } : {}),
        title: message.title,
        reason: message.reason,
        link: message.link,
      };
  }
}

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The request a delivery makes. */
export function webhookRequest(
  hook: { url: string; format: WebhookFormat; secret: string },
  body: unknown,
  now: Date,
): { url: string; init: RequestInit } {
  const timestamp = String(now.getTime());
  const text = JSON.stringify(body);
  let url = hook.url;
  if (hook.format === 'dingtalk') {
    const sign = createHmac('sha256', hook.secret)
      .update(`${timestamp}\n${hook.secret}`)
      .digest('base64');
    const u = new URL(hook.url);
    u.searchParams.set('timestamp', timestamp);
    u.searchParams.set('sign', sign);
    url = u.toString();
  }
  return {
    url,
    init: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-NPF-Timestamp': timestamp,
        'X-NPF-Signature': signature(hook.secret, timestamp, text),
      },
      body: text,
      signal: AbortSignal.timeout(10_000),
    },
  };
}
