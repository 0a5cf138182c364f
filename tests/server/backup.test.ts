// Backup and restore: what db:export writes, db:import restores into an empty database, and the
// restored database answers the API exactly as the original did, audit trail included.
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportBackup,
  importBackup,
  parseBackup,
  RestoreError,
  writeBackupFile,
  type Backup,
} from '@/server/store/backup';
import { DOCUMENT_TABLES, LEFT_OUT, ROW_TABLES, schemaTables } from '@/server/store/backup-tables';
import { openDatabase, type OpenDatabase } from '@/server/store/database';
import { evaluateNow } from '@/api/alerts-evaluation';
import { sqlAlertsStore } from '@/server/store/sql-alerts-store';
import { addDemoAccounts, testAlerts } from './harness';
import { sqlAccountsStore } from '@/server/store/sql-accounts-store';
import { DEMO_PASSWORD } from '@mocks/accounts-db';
import { serverAppOn, startTestServer, type TestServer } from './harness';

let original: TestServer;

beforeAll(async () => {
  original = await startTestServer();
  const post = (id: string, version: number, date: string, value: number) =>
    original.request(`/api/indicators/${id}/observations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
      body: JSON.stringify({
        author: '王分析',
        observation: { date, value, qualifier: 'exact', provenance: { kind: 'illustrative' } },
      }),
    });
  expect((await post('key-labs', 1, '2026-09-30', 31)).status).toBe(201);
  expect((await post('key-labs', 2, '2026-10-31', 32)).status).toBe(201);
});
afterAll(async () => {
  await original.close();
});

describe('backup and restore', () => {
  it('restores into an empty database with the same API answers, audit included', async () => {
    const backup = parseBackup(
      JSON.parse(JSON.stringify(await exportBackup(original.database.db))),
    );
    expect(backup.audit).toHaveLength(2);

    const empty = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await importBackup(empty.db, backup);
      const app = serverAppOn(empty);
      // The accounts came back too: the demo admin signs in on the restored database.
      expect(backup.accounts?.map((a) => a.username)).toContain('admin');
      const signIn = await app.request('http://localhost/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
      const restored = {
        request: (url: string, init: RequestInit = {}) => {
          const headers = new Headers(init.headers);
          headers.set('Cookie', cookie);
          return app.request(url, { ...init, headers });
        },
      };
      for (const path of [
        '/api/indicators?asOf=2026-11-26',
        '/api/indicators/key-labs',
        '/api/indicators/key-labs/audit',
        '/api/programme',
        '/api/thrusts',
        '/api/departments',
      ]) {
        const [a, b] = await Promise.all([
          original.request(path),
          restored.request(`http://localhost${path}`),
        ]);
        expect(b.status, path).toBe(200);
        expect(await b.json(), path).toEqual(await a.json());
        expect(b.headers.get('ETag'), path).toBe(a.headers.get('ETag'));
      }
      // And it goes on from where it was: the next write is based on version 3.
      const next = await restored.request('http://localhost/api/indicators/key-labs/observations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"3"' },
        body: JSON.stringify({
          author: '李分析',
          observation: {
            date: '2026-11-20',
            value: 33,
            qualifier: 'exact',
            provenance: { kind: 'illustrative' },
          },
        }),
      });
      expect(next.status).toBe(201);
    } finally {
      await empty.close();
    }
  });

  it('refuses to restore over existing data, and leaves it as it was', async () => {
    const backup = await exportBackup(original.database.db);
    await expect(importBackup(original.database.db, backup)).rejects.toThrow(RestoreError);
    const audit = (await (await original.request('/api/indicators/key-labs/audit')).json()) as {
      items: unknown[];
    };
    expect(audit.items).toHaveLength(2);
  });

  it('refuses a file that is not a backup, saying what is wrong', () => {
    expect(() => parseBackup({ format: 'something-else' })).toThrow(/not a backup of this tracker/);
  });
});

/** How many rows of each table a backup carries, by the table's name. */
function rowsInBackup(backup: Backup): Record<string, number> {
  return {
    programme: 1,
    thrusts: backup.thrusts.length,
    departments: backup.departments.length,
    indicators: backup.indicators.length,
    audit_entries: backup.audit.length,
    accounts: backup.accounts?.length ?? 0,
    displays: backup.displays?.length ?? 0,
    ...Object.fromEntries(ROW_TABLES.map((t) => [t, backup.tables?.[t]?.length ?? 0])),
  };
}

const PUBLIC = 'http://tracker.example.org';
const NOW = new Date('2026-11-30T02:00:00Z');

/** The API app with the alerts' routes, on a database. */
const appOn = (database: OpenDatabase) =>
  serverAppOn(database, {
    now: () => NOW,
    alerts: testAlerts(database),
  });

/** Signs a demo account in on an app; a function making its requests. */
async function as(app: ReturnType<typeof appOn>, username: string) {
  const res = await app.request('http://localhost/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status, `sign-in ${username}`).toBe(200);
  const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  return (path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(
      app.request(`http://localhost/api${path}`, {
        method,
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
}

/** Every GET of the API in the OpenAPI document but the feed's stream, with ids filled in. */
function everyRead(): string[] {
  const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths)
    .filter(([path, ops]) => 'get' in ops && path !== '/events')
    .map(([path]) => path.replace('{id}', 'sci-fin-pilot-zone'));
}

describe('a backup of everything people made', () => {
  let source: OpenDatabase;
  let backup: Backup;

  beforeAll(async () => {
    source = await openDatabase({ kind: 'pglite', dataDir: null });
    const { seedIfEmpty } = await import('@/server/store/seed');
    await seedIfEmpty(source.db);
    await addDemoAccounts(sqlAccountsStore(source.db));
    const evaluate = () =>
      evaluateNow(sqlAlertsStore(source.db), { now: NOW, publicUrl: PUBLIC, email: false });
    await evaluate();
    const app = appOn(source);
    const admin = await as(app, 'admin');
    const finance = await as(app, 'finance');
    for (const [path, method, body] of [
      [
        '/notification-settings',
        'PUT',
        { email: 'wang.min@example.org', emailAlerts: true, digest: 'weekly', language: 'en' },
      ],
      ['/follows/indicator/key-labs', 'PUT', undefined],
      ['/follows/thrust/T1', 'PUT', undefined],
    ] as const) {
      expect((await finance(path, method, body)).status, path).toBeLessThan(300);
    }
    const hook = await admin('/webhooks', 'POST', {
      name: '金融局群',
      url: 'https://hooks.example.org/npf',
      format: 'json',
      secret: 'webhook-secret',
      departments: ['finance'],
    });
    expect(hook.status).toBe(201);
    // A change that raises an alert: into finance's inbox, and a delivery to the webhook.
    const etag = (await finance('/indicators/sci-fin-pilot-zone')).headers.get('ETag') ?? '';
    const update = await finance(
      '/indicators/sci-fin-pilot-zone/milestone-updates',
      'POST',
      { update: { date: '2026-11-30', state: 'delayed', provenance: { kind: 'illustrative' } } },
      { 'If-Match': etag },
    );
    expect(update.status).toBe(201);
    await evaluate();
    backup = parseBackup(JSON.parse(JSON.stringify(await exportBackup(source.db))));
  }, 180_000);
  afterAll(async () => {
    await source.close();
  });

  it('holds every table of the schema but those it names as left out, every row', async () => {
    const tables = await schemaTables(source.db);
    const carried = rowsInBackup(backup);
    for (const table of tables) {
      if (table in LEFT_OUT) continue;
      expect(
        [...DOCUMENT_TABLES, ...ROW_TABLES] as string[],
        `${table} is neither backed up nor left out with a reason`,
      ).toContain(table);
      if (table === 'counters') {
        expect(backup.revision).toBeGreaterThan(0);
        continue;
      }
      const count = await sql<{
        n: string;
      }>`select count(*)::text as n from ${sql.table(table)}`.execute(source.db);
      expect(carried[table], table).toBe(Number(count.rows[0]?.n));
    }
    // What this test is about is really there.
    for (const table of ['follows', 'notification_settings', 'webhooks', 'inbox_items'] as const) {
      expect(backup.tables?.[table]?.length, table).toBeGreaterThan(0);
    }
  });

  it('restores to a database that answers every read alike, for every account', async () => {
    const restored = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await importBackup(restored.db, backup);
      const before = appOn(source);
      const after = appOn(restored);
      for (const username of ['admin', 'finance', 'viewer']) {
        const a = await as(before, username);
        const b = await as(after, username);
        for (const path of everyRead()) {
          const [x, y] = await Promise.all([a(path), b(path)]);
          expect(y.status, `${username} ${path}`).toBe(x.status);
          expect(await y.text(), `${username} ${path}`).toBe(await x.text());
        }
      }
    } finally {
      await restored.close();
    }
  }, 180_000);
});

describe('a backup file', () => {
  it('is readable by its owner only, even where a file was before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npf-backup-file-'));
    const file = join(dir, 'backup.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o644);
    writeBackupFile(file, await exportBackup(original.database.db));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(parseBackup(JSON.parse(readFileSync(file, 'utf8'))).format).toBe('npf-tracker-backup');
  });
});
