// The server under test: its HTTP app on a fresh database, PGlite in memory by default, or a new
// database on the PostgreSQL that TEST_DATABASE_URL names (CI's throwaway cluster).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { createServerApp } from '@/server/app';
import { createLogger } from '@/server/log';
import { openDatabase, type OpenDatabase } from '@/server/store/database';
import { seedIfEmpty } from '@/server/store/seed';
import { sqlStore } from '@/server/store/sql-store';
import { sqlAccountsStore } from '@/server/store/sql-accounts-store';
import { sqlAlertsStore } from '@/server/store/sql-alerts-store';
import { alertSender, type Alerts } from '@/server/alerts/service';
import { scryptPasswords } from '@/server/passwords';
import type { AccountsStore } from '@/api/accounts-store';
import type { ReadAccess } from '@/domain/accounts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@mocks/accounts-db';

let demoHash: Promise<string> | null = null;

/** The mock's demo accounts, so that one test can sign in the same way on both. */
export async function addDemoAccounts(accounts: AccountsStore): Promise<void> {
  demoHash ??= scryptPasswords.hash(DEMO_PASSWORD);
  const passwordHash = await demoHash;
  for (const { username, displayName, role, departments } of DEMO_ACCOUNTS) {
    await accounts.createAccount({
      username,
      displayName,
      role,
      departments,
      disabled: false,
      createdAt: '2024-05-16T00:00:00.000Z',
      lastSignInAt: null,
      passwordHash,
    });
  }
}

export interface TestServer {
  database: OpenDatabase;
  /** The PostgreSQL database's URL, so a second instance can open it; null on PGlite. */
  databaseUrl: string | null;
  app: ReturnType<typeof createServerApp>;
  /**
   * A request to the app, as a client on the same origin sends it, signed in as the demo admin
   * (unless the request carries a Cookie header of its own).
   */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** A request with exactly this session cookie (`null`: none, anonymous). */
  requestAs: (cookie: string | null, path: string, init?: RequestInit) => Promise<Response>;
  /** Signs a demo account in (password `demo-password`); its session cookie. */
  signIn: (username: string) => Promise<string>;
  /** Back to the shipped data set, with an empty audit trail. */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

/** Which database the server suite runs on, for the test names and the CI log. */
export const DATABASE_KIND = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

async function freshDatabase(): Promise<{
  database: OpenDatabase;
  url: string | null;
  drop: () => Promise<void>;
}> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    return { database, url: null, drop: () => Promise.resolve() };
  }
  const name = `npf_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 60 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      // The pool's end() resolves before its sockets have closed: wait for them rather than force
      // them shut, which would hand each a FATAL nobody is listening for.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await client.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if (attempt >= 100) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await client.end();
    },
  };
}

/** The address links in alerts name, in tests. */
export const TEST_PUBLIC_URL = 'https://tracker.example';

/**
 * The server's alerts on a database, as `npm start` mounts them, without the service that
 * evaluates and sends (tests evaluate with `evaluateNow`, or start the service themselves): a
 * server without a mail server, whose webhooks may reach nothing inside.
 */
export function testAlerts(database: OpenDatabase, afterWrite: () => void = () => undefined) {
  return {
    store: sqlAlertsStore(database.db),
    sender: alertSender(null, {
      allowList: [],
      now: () => new Date(),
      logger: createLogger('silent'),
    }),
    publicUrl: TEST_PUBLIC_URL,
    afterWrite,
  };
}

/** The server's app with a running alerts service: its sender, its trigger after each write. */
export function appWithAlerts(database: OpenDatabase, alerts: Alerts) {
  return serverAppOn(database, {
    alerts: { ...testAlerts(database, () => alerts.trigger()), sender: alerts.sender },
  });
}

/** Requests to `app` as the session `cookie`, with a JSON body. */
export const callerOf =
  (app: ReturnType<typeof serverAppOn>) =>
  (cookie: string, path: string, method = 'GET', body?: unknown, headers = {}) =>
    app.request(`http://localhost${path}`, {
      method,
      headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

/** The server's HTTP app on a database, with the test defaults for what it is not given. */
export function serverAppOn(
  database: OpenDatabase,
  options: Partial<Parameters<typeof createServerApp>[0]> = {},
) {
  return createServerApp({
    store: sqlStore(database.db),
    accounts: sqlAccountsStore(database.db),
    passwords: scryptPasswords,
    readAccess: 'signed-in',
    sessionIdleMs: 2 * 3_600_000,
    sessionMaxMs: 12 * 3_600_000,
    trustProxy: false,
    logger: createLogger('silent'),
    ready: async () => {
      await sql`select 1`.execute(database.db);
      return true;
    },
    requestTimeoutMs: 15_000,
    bodyLimitBytes: 262_144,
    importBodyLimitBytes: 8_388_608,
    alerts: testAlerts(database),
    ...options,
  });
}

export async function startTestServer(
  options: { now?: () => Date; logLines?: string[]; readAccess?: ReadAccess } = {},
): Promise<TestServer> {
  const { database, url, drop } = await freshDatabase();
  await seedIfEmpty(database.db);
  const accounts = sqlAccountsStore(database.db);
  await addDemoAccounts(accounts);
  const app = serverAppOn(database, {
    logger: createLogger('debug', (line) => options.logLines?.push(line)),
    ...(options.now ? { now: options.now } : {}),
    ...(options.readAccess ? { readAccess: options.readAccess } : {}),
  });
  const requestAs = (cookie: string | null, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie !== null) headers.set('Cookie', cookie);
    return Promise.resolve(app.request(`http://localhost${path}`, { ...init, headers }));
  };
  const signIn = async (username: string) => {
    const res = await requestAs(null, '/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    if (!res.ok || !cookie) throw new Error(`could not sign ${username} in: ${res.status}`);
    return cookie;
  };
  // One sign-in, however many requests ask for it at once.
  let admin: Promise<string> | null = null;
  return {
    database,
    databaseUrl: url,
    app,
    requestAs,
    signIn,
    async request(path, init = {}) {
      if (new Headers(init.headers).has('Cookie')) return requestAs(null, path, init);
      admin ??= signIn('admin');
      return requestAs(await admin, path, init);
    },
    async reset() {
      // TRUNCATE is not a row delete: the audit trail's append-only trigger does not fire.
      await sql`truncate audit_entries, indicators, departments, thrusts, programme`.execute(
        database.db,
      );
      await sql`truncate alert_states, alert_events, inbox_items, follows, notification_settings, webhooks, deliveries`.execute(
        database.db,
      );
      // Seeding moves the revision on, so no cached answer outlives the reset.
      await seedIfEmpty(database.db);
    },
    async close() {
      await database.close();
      await drop();
    },
  };
}
