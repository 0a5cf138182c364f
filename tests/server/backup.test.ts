// Backup and restore: what db:export writes, db:import restores into an empty database, and the
// restored database answers the API exactly as the original did, audit trail included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, importBackup, parseBackup, RestoreError } from '@/server/store/backup';
import { openDatabase } from '@/server/store/database';
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
