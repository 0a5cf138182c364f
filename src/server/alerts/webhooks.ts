// A webhook's request: the body (shaped in src/domain/alert-messages.ts) and the signature. Every
// request carries `X-NPF-Timestamp` and `X-NPF-Signature: sha256=HEX`, the HMAC-SHA256 of
// `${timestamp}.${body}` under the webhook's secret; a DingTalk robot with 加签 also gets its own
// `timestamp` and `sign` in the URL.
import { createHmac } from 'node:crypto';
import type { WebhookFormat } from '@/domain/inbox';
import type { WebhookRequest } from './send';

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The request a delivery makes. */
export function webhookRequest(
  hook: { url: string; format: WebhookFormat; secret: string },
  body: unknown,
  now: Date,
): WebhookRequest {
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
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-NPF-Timestamp': timestamp,
      'X-NPF-Signature': signature(hook.secret, timestamp, text),
    },
    body: text,
  };
}
