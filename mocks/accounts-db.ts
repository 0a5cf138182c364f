// The mock API's accounts, sessions, screens and failed sign-ins, kept in the browser's
// localStorage beside the data (mocks/db.ts), and the demo accounts the README lists. It
// implements the API's AccountsStore, so sign-in, scopes and pairing behave as on the server.
// Passwords are hashed with PBKDF2 (WebCrypto: a browser has no scrypt); the session id travels in
// a jar of its own (see `mockSessionCarrier`), since a page cannot set an HttpOnly cookie.
import { z } from '@/domain/zod';
import { accountSchema, displaySchema, type DemoAccount } from '@/domain/accounts';
import type {
  AccountsStore,
  SignInClaim,
  StoredAccount,
  StoredDisplay,
  StoredSession,
} from '@/api/accounts-store';
import type { PasswordHasher, SessionCarrier } from '@/api/auth';
import { StorageFailure } from '@/api/store';

export const ACCOUNTS_STORAGE_KEY = 'npf-tracker:mock-accounts';
export const SESSION_JAR_KEY = 'npf-tracker:mock-session';

export const DEMO_PASSWORD = 'demo-password';

/** The demo's accounts, listed on its sign-in page and in the README. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    departments: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'viewer',
    displayName: '张观（只读）',
    role: 'viewer',
    departments: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'finance',
    displayName: '王敏（市金融局）',
    role: 'editor',
    departments: ['finance'],
    password: DEMO_PASSWORD,
  },
  {
    username: 'sti',
    displayName: '李科（市科技局）',
    role: 'editor',
    departments: ['sti-bureau'],
    password: DEMO_PASSWORD,
  },
];

const ITERATIONS = 10_000;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export const pbkdf2Passwords: PasswordHasher = {
  async hash(password) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    return `pbkdf2$${ITERATIONS}$${b64(salt)}$${b64(await derive(password, salt, ITERATIONS))}`;
  },
  async verify(password, stored) {
    const [scheme, iterations, salt, hash] = stored.split('$');
    if (scheme !== 'pbkdf2' || !iterations || !salt || !hash) return false;
    const derived = b64(await derive(password, unb64(salt), Number(iterations)));
    // Equal length base64 of equal-length digests; compare every character.
    let diff = derived.length ^ hash.length;
    for (let i = 0; i < derived.length; i += 1) diff |= derived.charCodeAt(i) ^ hash.charCodeAt(i);
    return diff === 0;
  },
};

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Where there is no localStorage (plain Node, a worker): the jar and the tables in memory. */
let memoryJar: string | null = null;
let memoryTables: Tables | null = null;

/** The mock's "cookie": the session id, shared by the tabs of one browser as a cookie would be. */
export const mockSessionCarrier: SessionCarrier = {
  read: () => {
    const store = storage();
    return (store ? store.getItem(SESSION_JAR_KEY) : memoryJar) ?? undefined;
  },
  write(_c, id) {
    const store = storage();
    if (!store) memoryJar = id;
    else if (id === null) store.removeItem(SESSION_JAR_KEY);
    else store.setItem(SESSION_JAR_KEY, id);
  },
};

const storedSchema = z.object({
  version: z.literal(1),
  accounts: z.array(z.extend(accountSchema, { passwordHash: z.string() })),
  sessions: z.array(
    z.object({
      idHash: z.string(),
      kind: z.enum(['user', 'display']),
      subject: z.string(),
      createdAt: z.string(),
      lastSeenAt: z.string(),
    }),
  ),
  displays: z.array(z.extend(displaySchema, { tokenHash: z.string() })),
  failures: z.array(z.object({ key: z.string(), at: z.string(), id: z.optional(z.string()) })),
});
type Tables = z.infer<typeof storedSchema>;

let seeding: Promise<Tables> | null = null;

async function seedTables(): Promise<Tables> {
  const createdAt = '2024-05-16T00:00:00.000Z';
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async ({ password, ...a }): Promise<StoredAccount> => ({
      ...a,
      disabled: false,
      createdAt,
      lastSignInAt: null,
      passwordHash: await pbkdf2Passwords.hash(password),
    })),
  );
  return { version: 1, accounts, sessions: [], displays: [], failures: [] };
}

/**
 * The tables as storage holds them now (another tab may have written), seeded with the demo
 * accounts when there are none; stored data that cannot be read is replaced by the demo
 * accounts (it holds no figures, only demo sign-ins).
 */
async function read(): Promise<Tables> {
  const store = storage();
  if (!store && memoryTables) return memoryTables;
  const raw = store?.getItem(ACCOUNTS_STORAGE_KEY) ?? null;
  if (raw !== null) {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through to a fresh seed
    }
  }
  seeding ??= seedTables().finally(() => {
    seeding = null;
  });
  const tables = await seeding;
  write(tables);
  return tables;
}

function write(tables: Tables): void {
  const store = storage();
  if (!store) {
    memoryTables = tables;
    return;
  }
  try {
    store.setItem(ACCOUNTS_STORAGE_KEY, JSON.stringify(tables));
  } catch (cause) {
    throw new StorageFailure(
      `the browser refused to store the change (${cause instanceof Error ? cause.name : 'error'}); nothing was saved`,
    );
  }
}

let changing: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and writes the tables in one step, one change at a time: two changes begun
 * together would each read the tables before the other wrote them, and one would be lost (a
 * sign-in attempt counted, then its release lost, would stay a failure).
 */
function change<T>(apply: (tables: Tables) => T): Promise<T> {
  const next = changing.then(async () => {
    const tables = await read();
    const result = apply(tables);
    write(tables);
    return result;
  });
  changing = next.catch(() => undefined);
  return next;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Back to the demo accounts alone, signed out (tests; a cleared browser). */
export function resetMockAccounts(): void {
  memoryJar = null;
  memoryTables = null;
  const store = storage();
  store?.removeItem(ACCOUNTS_STORAGE_KEY);
  store?.removeItem(SESSION_JAR_KEY);
}

export const mockAccountsStore: AccountsStore = {
  accounts: async () => clone((await read()).accounts),
  account: async (username) =>
    clone((await read()).accounts.find((a) => a.username === username) ?? null),
  createAccount: (account) =>
    change((t) => {
      if (t.accounts.some((a) => a.username === account.username)) return false;
      t.accounts.push(clone(account));
      return true;
    }),
  updateAccount: (username, changes) =>
    change((t) => {
      const account = t.accounts.find((a) => a.username === username);
      if (!account) return null;
      Object.assign(account, clone(changes));
      return clone(account);
    }),
  createSession: (session: StoredSession) =>
    change((t) => {
      t.sessions.push(clone(session));
    }),
  session: async (idHash) =>
    clone((await read()).sessions.find((s) => s.idHash === idHash) ?? null),
  touchSession: (idHash, at) =>
    change((t) => {
      const session = t.sessions.find((s) => s.idHash === idHash);
      if (session) session.lastSeenAt = at;
    }),
  deleteSession: (idHash) =>
    change((t) => {
      t.sessions = t.sessions.filter((s) => s.idHash !== idHash);
    }),
  deleteSessionsOf: (kind, subject) =>
    change((t) => {
      t.sessions = t.sessions.filter((s) => !(s.kind === kind && s.subject === subject));
    }),
  displays: async () => clone((await read()).displays),
  display: async (id) => clone((await read()).displays.find((d) => d.id === id) ?? null),
  displayByToken: async (tokenHash) =>
    clone((await read()).displays.find((d) => d.tokenHash === tokenHash) ?? null),
  createDisplay: (display: StoredDisplay) =>
    change((t) => {
      t.displays.push(clone(display));
    }),
  updateDisplay: (id, changes) =>
    change((t) => {
      const display = t.displays.find((d) => d.id === id);
      if (display) Object.assign(display, changes);
    }),
  claimSignInAttempt: (limits, at, windowMs) =>
    change((t): SignInClaim => {
      const atMs = Date.parse(at);
      const since = new Date(atMs - windowMs).toISOString();
      let retryAt = 0;
      let blocking = '';
      for (const { key, limit } of limits) {
        const newest = t.failures
          .filter((f) => f.key === key && f.at >= since)
          .map((f) => f.at)
          .sort()
          .reverse();
        const oldest = newest[limit - 1];
        const frees = oldest ? Date.parse(oldest) + windowMs : 0;
        if (frees > retryAt) [retryAt, blocking] = [frees, key];
      }
      if (retryAt > 0) return { retryAt: new Date(retryAt).toISOString(), key: blocking };
      const dayAgo = new Date(atMs - 86_400_000).toISOString();
      const added = limits.map(({ key }) => ({ key, at, id: crypto.randomUUID() }));
      t.failures = [...t.failures.filter((f) => f.at >= dayAgo), ...added];
      return { ids: added.map((f) => f.id) };
    }),
  releaseSignInAttempt: (ids) =>
    change((t) => {
      t.failures = t.failures.filter((f) => !f.id || !ids.includes(f.id));
    }),
  signInFailureCounts: async (prefix, since) => {
    const counts = new Map<string, number>();
    for (const f of (await read()).failures) {
      if (f.key.startsWith(prefix) && f.at >= since)
        counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
    }
    return counts;
  },
  clearSignInFailures: (username) =>
    change((t) => {
      const key = `account:${username}`;
      t.failures = t.failures.filter((f) => f.key !== key && !f.key.startsWith(`${key}@`));
    }),
};
