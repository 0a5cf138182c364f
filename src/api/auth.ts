// Who is asking: every API request is resolved to a principal (anonymous, a signed-in account, or
// a paired wall screen) from its session cookie, before any route runs. Also here: the refusal of
// unsafe requests from another origin, the read gate (READ_ACCESS=signed-in), and the one helper
// every write route calls to be authorised. The rules themselves are the domain's (refusalFor).
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { DemoAccount, Principal, ReadAccess, Refusal, WriteAction } from '@/domain/accounts';
import { refusalFor } from '@/domain/accounts';
import type { AccountsStore, StoredSession } from './accounts-store';
import {
  createHashingQueue,
  createSignInBlocks,
  type HashingLimits,
  type HashingQueue,
  type SignInBlocks,
} from './hashing-queue';
import { problem } from './respond';

export const SESSION_COOKIE = 'npf_session';

/** Hashes and checks passwords: scrypt on the server, PBKDF2 (WebCrypto) in the mock. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

/**
 * Where the session id travels. On the server: an HttpOnly, SameSite=Strict cookie. In the mock,
 * which runs in the page, a browser will not let a script-made Response carry Set-Cookie, so the
 * mock keeps the id in its own jar (localStorage) through this same interface.
 */
export interface SessionCarrier {
  read(c: Context): string | undefined;
  write(c: Context, id: string | null): void;
}

export interface AuthOptions {
  accounts: AccountsStore;
  passwords: PasswordHasher;
  readAccess: ReadAccess;
  /** A session ends after this long without a request… */
  sessionIdleMs: number;
  /** …and this long after sign-in, whatever happens. */
  sessionMaxMs: number;
  carrier?: SessionCarrier;
  /** The address sign-in failures are counted under. */
  clientAddress?: (c: Context) => string;
  /** Trust X-Forwarded-Proto (behind a proxy that terminates TLS) when marking cookies Secure. */
  trustProxy?: boolean;
  /** Mock mode only: the demo accounts, listed by GET /session. */
  demoAccounts?: DemoAccount[];
  /**
   * SHA-256 (hex) of a session id or a token. WebCrypto's by default; the server passes Node's
   * synchronous one, since WebCrypto's digest runs on libuv's thread pool, where it would wait
   * behind password checks and every signed-in request would wait with it.
   */
  sha256?: (text: string) => Promise<string>;
  /** The server's: repeat the database's sign-in refusals from memory for a few seconds. */
  rememberRefusals?: boolean;
  /** Password checks' turns (src/api/hashing-queue.ts); the defaults when not given. */
  hashing?: HashingLimits;
}

export interface Who {
  principal: Principal;
  /** The session's hash, when the request carried a live one. */
  sessionHash: string | null;
  /** The request carried a session that has ended (expired, signed out, account disabled). */
  ended: boolean;
  /** The request came from a screen whose display was revoked. */
  revoked: boolean;
}

export type AuthEnv = { Variables: { who: Who } };

const ANONYMOUS: Principal = { kind: 'anonymous' };

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** 256 random bits, base64url: a session id or a display token. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && (c.req.header('X-Forwarded-Proto') ?? '').split(',')[0]?.trim() === 'https';
}

export function cookieCarrier(trustProxy: boolean): SessionCarrier {
  return {
    read: (c) => getCookie(c, SESSION_COOKIE),
    write(c, id) {
      const secure = isHttps(c, trustProxy);
      if (id === null) {
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
      } else {
        setCookie(c, SESSION_COOKIE, id, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
      }
    },
  };
}

/** How often a live session's last-seen time is written: not on every request. */
const TOUCH_EVERY_MS = 60_000;
/** How long a resolved session is trusted before it is read again (revocations elsewhere). */
const CACHE_MS = 5_000;

export interface Auth {
  options: AuthOptions & { carrier: SessionCarrier };
  /** SHA-256 (hex), off the thread pool where the server can (see AuthOptions.sha256). */
  sha256: (text: string) => Promise<string>;
  /** Where sign-in attempts wait their turn. */
  hashing: HashingQueue;
  /** Sign-in refusals remembered for a few seconds (cleared by forget()). */
  signInBlocks: SignInBlocks;
  middleware: MiddlewareHandler<AuthEnv>;
  /** Forget what was resolved (a sign-out, a revocation, a changed account). */
  forget(): void;
  /** Starts a session for an account or a display, with a new id (never one the client sent). */
  startSession(c: Context, kind: StoredSession['kind'], subject: string, now: Date): Promise<void>;
  endSession(c: Context, who: Who): Promise<void>;
  /**
   * Whether the request's session still stands, for a stream that outlives its request: not
   * ended, not a revoked screen's, and still enough to read.
   */
  stillValid(c: Context): Promise<boolean>;
}

export function createAuth(options: AuthOptions, now: () => Date): Auth {
  const carrier = options.carrier ?? cookieCarrier(options.trustProxy ?? false);
  const { accounts } = options;
  const sha256 = options.sha256 ?? sha256Hex;
  const signInBlocks = createSignInBlocks();
  const cache = new Map<string, { who: Who; until: number }>();

  async function resolve(c: Context): Promise<Who> {
    const raw = carrier.read(c);
    if (!raw || raw.length > 200) {
      return { principal: ANONYMOUS, sessionHash: null, ended: false, revoked: false };
    }
    const idHash = await sha256(raw);
    const at = now();
    const cached = cache.get(idHash);
    if (cached && cached.until > at.getTime()) return cached.who;
    const ended: Who = { principal: ANONYMOUS, sessionHash: null, ended: true, revoked: false };
    const session = await accounts.session(idHash);
    if (!session) return ended;
    const since = (iso: string) => at.getTime() - Date.parse(iso);
    let who: Who;
    if (session.kind === 'user') {
      if (
        since(session.lastSeenAt) > options.sessionIdleMs ||
        since(session.createdAt) > options.sessionMaxMs
      ) {
        await accounts.deleteSession(idHash);
        return ended;
      }
      const account = await accounts.account(session.subject);
      if (!account || account.disabled) {
        await accounts.deleteSession(idHash);
        return ended;
      }
      who = {
        principal: {
          kind: 'user',
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          departments: account.role === 'editor' ? account.departments : [],
        },
        sessionHash: idHash,
        ended: false,
        revoked: false,
      };
    } else {
      const display = await accounts.display(session.subject);
      if (!display || display.revokedAt) {
        return { principal: ANONYMOUS, sessionHash: null, ended: true, revoked: true };
      }
      who = {
        principal: {
          kind: 'display',
          id: display.id,
          name: display.name,
          departments: display.departments,
          playlist: display.playlist,
        },
        sessionHash: idHash,
        ended: false,
        revoked: false,
      };
      if (!display.lastSeenAt || since(display.lastSeenAt) > TOUCH_EVERY_MS) {
        await accounts.updateDisplay(display.id, { lastSeenAt: at.toISOString() });
      }
    }
    if (since(session.lastSeenAt) > TOUCH_EVERY_MS) {
      await accounts.touchSession(idHash, at.toISOString());
    }
    cache.set(idHash, { who, until: at.getTime() + CACHE_MS });
    if (cache.size > 10_000) cache.delete(cache.keys().next().value ?? '');
    return who;
  }

  const middleware: MiddlewareHandler<AuthEnv> = async (c, next) => {
    const method = c.req.method;
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (unsafe && crossOrigin(c, options.trustProxy ?? false)) {
      return problem(c, 403, 'crossOrigin', 'a change must come from this application’s own pages');
    }
    const who = await resolve(c);
    c.set('who', who);
    // The API's own path: the server mounts the app under /api, the mock at its root.
    const path = c.req.path.replace(/^\/api(?=\/)/, '');
    if (who.revoked && path !== '/display-session' && path !== '/session') {
      return problem(c, 401, 'displayRevoked', 'this screen has been unpaired by an admin');
    }
    if (
      !unsafe &&
      options.readAccess === 'signed-in' &&
      who.principal.kind === 'anonymous' &&
      path !== '/session'
    ) {
      return who.ended
        ? problem(c, 401, 'sessionExpired', 'the session has ended; sign in again')
        : problem(c, 401, 'signInRequired', 'sign in to read the tracker');
    }
    await next();
  };

  return {
    options: { ...options, carrier },
    sha256,
    hashing: createHashingQueue(options.hashing),
    signInBlocks,
    middleware,
    forget: () => {
      cache.clear();
      signInBlocks.clear();
    },
    async startSession(c, kind, subject, at) {
      const id = randomToken();
      const iso = at.toISOString();
      await accounts.createSession({
        idHash: await sha256(id),
        kind,
        subject,
        createdAt: iso,
        lastSeenAt: iso,
      });
      carrier.write(c, id);
    },
    async stillValid(c) {
      const who = await resolve(c);
      if (who.revoked || who.ended) return false;
      return options.readAccess === 'public' || who.principal.kind !== 'anonymous';
    },
    async endSession(c, who) {
      // Whatever the session was (live, ended, a revoked screen's), its row goes.
      const raw = carrier.read(c);
      if (who.sessionHash) await accounts.deleteSession(who.sessionHash);
      else if (raw && raw.length <= 200) await accounts.deleteSession(await sha256(raw));
      cache.clear();
      carrier.write(c, null);
    },
  };
}

/**
 * An unsafe request a browser sent from another site: its Origin is not this server's, or the
 * browser says it is cross-site. Clients that send neither (curl, scripts) carry no victim's
 * cookie and are judged by their credentials alone.
 */
function crossOrigin(c: Context, trustProxy: boolean): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('Origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    // The proxy's word for the host only when the proxy is trusted: a client could send it too.
    const forwarded = trustProxy ? c.req.header('X-Forwarded-Host') : undefined;
    const host = forwarded ?? c.req.header('Host') ?? new URL(c.req.url).host;
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const REFUSALS: Record<Refusal, { status: 401 | 403; message: string }> = {
  signInRequired: { status: 401, message: 'sign in to change anything' },
  readOnlyDisplay: { status: 403, message: 'a wall screen only shows; it cannot change anything' },
  viewerReadOnly: { status: 403, message: 'a viewer account reads only' },
  outsideScope: {
    status: 403,
    message: 'only editors of a department that owns this indicator may record it',
  },
  adminOnly: { status: 403, message: 'only an admin may do this' },
};

/**
 * The answer refusing `action` to whoever asks, or null when they may. Every write route asks
 * this before it changes anything.
 */
export function refuse(c: Context<AuthEnv>, action: WriteAction): Response | null {
  const who = c.get('who');
  const refusal = refusalFor(who.principal, action);
  if (refusal === null) return null;
  if (refusal === 'signInRequired' && who.ended) {
    return problem(c, 401, 'sessionExpired', 'the session has ended; sign in again');
  }
  const { status, message } = REFUSALS[refusal];
  return problem(c, status, refusal, message);
}

/** The signed-in account's name and sign-in name, for the audit trail. */
export function authorOf(c: Context<AuthEnv>): { author: string; account: string } {
  const { principal } = c.get('who');
  if (principal.kind !== 'user') throw new Error('authorOf needs a signed-in account');
  return { author: principal.displayName, account: principal.username };
}
