// Sending one message, once: a webhook's request or an email, each with its own short time
// limits, so a hung receiver costs one delivery a few seconds and holds up nothing else. A
// webhook's address is resolved here, at send time, and every address it resolves to is checked
// (loopback, private, link-local, metadata: refused unless allow-listed); the connection goes to
// the address that was checked, redirects are not followed, and at most a few KiB of the answer
// are read. What went wrong is a category (src/domain/inbox.ts); the detail, for the server's log,
// names the host and the error's code, never the URL's path, credentials or query.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import nodemailer from 'nodemailer';
import type { DeliveryError } from '@/domain/inbox';
import { allowListed, isInsideAddress, isIpAddress } from '@/domain/webhook-url';

export type SendResult = { ok: true } | { ok: false; error: DeliveryError; detail: string };

export interface Timeouts {
  /** Until the connection is made. */
  connectMs: number;
  /** Email: until the mail server greets. */
  greetingMs: number;
  /** Without a byte either way, and for the whole webhook request. */
  socketMs: number;
}

export const TIMEOUTS: Timeouts = { connectMs: 5_000, greetingMs: 10_000, socketMs: 15_000 };
/** How much of a webhook's answer is read: a robot's `{"errcode":0,…}` is far shorter. */
export const ANSWER_CAP_BYTES = 16 * 1024;

class Refused extends Error {
  constructor(
    readonly category: DeliveryError,
    message: string,
  ) {
    super(message);
  }
}

/** The category of a network or TLS error. */
/** An error's code (ECONNREFUSED, ETIMEDOUT, …), or ''. */
const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

export function categoryOf(error: unknown): DeliveryError {
  if (error instanceof Refused) return error.category;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : '';
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT' || /timed? ?out/i.test(message)) return 'timeout';
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/i.test(code)) return 'tls';
  if (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EHOSTUNREACH',
      'ENETUNREACH',
    ].includes(code) ||
    code === 'ECONNECTION' ||
    code === 'ESOCKET' ||
    code === 'EDNS'
  )
    return 'unreachable';
  if (['EAUTH', 'EENVELOPE', 'EMESSAGE'].includes(code)) return 'rejected';
  return 'other';
}

const failed = (error: unknown, where: string): SendResult => ({
  ok: false,
  error: categoryOf(error),
  detail: `${where}: ${codeOf(error) || (error instanceof Error ? error.name : 'error')}`,
});

/** A DNS lookup that refuses an inside address unless the allow-list names the host or address. */
function checkedLookup(host: string, allowList: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const usable = addresses.filter(
        (a) =>
          !isInsideAddress(a.address) ||
          allowListed(host, allowList) ||
          allowListed(a.address, allowList),
      );
      const chosen = usable[0];
      // Every address must be fine: a name that resolves both outside and inside is refused.
      if (!chosen || usable.length < addresses.length) {
        return callback(new Refused('blockedAddress', `${host} resolves inside`), '', 0);
      }
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [chosen]);
      } else {
        callback(null, chosen.address, chosen.family);
      }
    });
  };
}

/** Reads at most `cap` bytes of an answer, then lets the rest go. */
function readCapped(res: IncomingMessage, cap: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= cap) {
        res.destroy();
        resolve(Buffer.concat(chunks).subarray(0, cap).toString('utf8'));
      }
    });
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', (error) => (size >= cap ? undefined : reject(error)));
    res.on('close', () => resolve(Buffer.concat(chunks).subarray(0, cap).toString('utf8')));
  });
}

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** POSTs a webhook's request once. */
export async function postWebhook(
  request: WebhookRequest,
  options: { allowList: readonly string[]; timeouts?: Timeouts; capBytes?: number },
): Promise<SendResult> {
  const timeouts = options.timeouts ?? TIMEOUTS;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, error: 'other', detail: 'the stored address is not a URL' };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = allowListed(host, options.allowList);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowed)) {
    return { ok: false, error: 'blockedAddress', detail: `${host}: not https` };
  }
  // An address written in the URL is not looked up: it is checked here.
  if (isIpAddress(host) && isInsideAddress(host) && !allowed) {
    return { ok: false, error: 'blockedAddress', detail: `${host}: inside` };
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  try {
    const body = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = send(
        url,
        {
          method: 'POST',
          headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body) },
          lookup: checkedLookup(host, options.allowList),
          timeout: timeouts.socketMs,
          ...(url.username
            ? {
                auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`,
              }
            : {}),
        },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 300) {
            res.destroy();
            resolve({ status, text: '' });
            return;
          }
          readCapped(res, options.capBytes ?? ANSWER_CAP_BYTES).then(
            (text) => resolve({ status, text }),
            reject,
          );
        },
      );
      const deadline = setTimeout(
        () => req.destroy(new Refused('timeout', 'no answer in time')),
        timeouts.socketMs,
      );
      req.on('socket', (socket) => {
        const connect = setTimeout(
          () => req.destroy(new Refused('timeout', 'no connection in time')),
          timeouts.connectMs,
        );
        socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () =>
          clearTimeout(connect),
        );
        socket.once('close', () => clearTimeout(connect));
      });
      req.on('timeout', () => req.destroy(new Refused('timeout', 'the socket went quiet')));
      req.on('error', reject);
      req.on('close', () => clearTimeout(deadline));
      req.end(request.body);
    });
    if (body.status >= 300 && body.status < 400) {
      return { ok: false, error: 'redirect', detail: `${host}: redirect not followed` };
    }
    if (body.status >= 400 || body.status < 200) {
      return { ok: false, error: 'rejected', detail: `${host}: HTTP ${body.status}` };
    }
    // A chat robot answers 200 with its own error code when it refuses a message.
    const code = /"errcode"\s*:\s*(\d+)/.exec(body.text)?.[1];
    if (code && code !== '0') {
      return { ok: false, error: 'robotRefused', detail: `${host}: errcode ${code}` };
    }
    return { ok: true };
  } catch (error) {
    return failed(error, host);
  }
}

export interface EmailSender {
  send(message: { to: string; subject: string; text: string }): Promise<SendResult>;
}

/** Email through SMTP_URL, each message with short time limits of its own. */
export function smtpSender(
  smtpUrl: string,
  from: string,
  timeouts: Timeouts = TIMEOUTS,
): EmailSender {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
  });
  const host = (() => {
    try {
      return new URL(smtpUrl).hostname;
    } catch {
      return 'the mail server';
    }
  })();
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, ...message });
        return { ok: true };
      } catch (error) {
        return failed(error, host);
      }
    },
  };
}
