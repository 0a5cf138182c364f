// Several instances on one PostgreSQL: a change saved through one reaches the feed streams of
// another, through LISTEN/NOTIFY; when an instance's LISTEN connection drops, it reconnects and
// catches up on what was committed meanwhile. Two instances here are two apps in this process,
// each with its own pool, LISTEN connection and hub: they share nothing but the database.
// PGlite cannot be shared between processes, so this runs only on PostgreSQL (TEST_DATABASE_URL).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChangeFeed, type ServerFeed } from '@/server/change-feed';
import { createLogger } from '@/server/log';
import { LISTEN_APPLICATION, openDatabase, type OpenDatabase } from '@/server/store/database';
import { sqlStore } from '@/server/store/sql-store';
import { serverAppOn, startTestServer, type TestServer } from './harness';
import { readSse } from './sse';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('two instances on one PostgreSQL', () => {
  let first: TestServer;
  let second: OpenDatabase;
  const feeds: ServerFeed[] = [];
  let appA: ReturnType<typeof serverAppOn>;
  let appB: ReturnType<typeof serverAppOn>;
  /** The session writes are made with (the two instances share the database, so its sessions). */
  let admin = '';
  beforeAll(async () => {
    first = await startTestServer();
    second = await openDatabase({ kind: 'postgres', url: first.databaseUrl ?? '', poolSize: 5 });
    const feedA = await startChangeFeed(
      first.database,
      sqlStore(first.database.db),
      createLogger('silent'),
      { pollMs: 0 },
    );
    const feedB = await startChangeFeed(second, sqlStore(second.db), createLogger('silent'), {
      // No safety poll: only a notification (or a reconnect) may deliver.
      pollMs: 0,
    });
    feeds.push(feedA, feedB);
    admin = await first.signIn('admin');
    appA = serverAppOn(first.database, { feed: feedA.hub, readAccess: 'public' });
    appB = serverAppOn(second, { feed: feedB.hub, readAccess: 'public' });
  });
  afterAll(async () => {
    for (const feed of feeds) await feed.close();
    await second?.close();
    await first?.close();
  });

  let version = 1;
  async function saveThroughA(value: number) {
    const res = await appA.request('http://localhost/api/indicators/key-labs/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"`, Cookie: admin },
      body: JSON.stringify({
        author: '甲实例',
        observation: {
          date: '2026-10-31',
          value,
          qualifier: 'exact',
          provenance: { kind: 'illustrative' },
        },
      }),
    });
    expect(res.status).toBe(201);
    version += 1;
  }

  it('delivers a save through one instance to a stream on the other', async () => {
    const stream = readSse(await appB.request('http://localhost/api/events'));
    await stream.next((m) => m.event === 'ready');
    const started = Date.now();
    await saveThroughA(40);
    const [event] = await stream.changes(1, 3000);
    expect(event?.indicators).toEqual([{ id: 'key-labs', version }]);
    expect(Date.now() - started).toBeLessThan(3000);
    await stream.cancel();
  });

  it('reconnects a dropped LISTEN connection and catches up on what it missed', async () => {
    const stream = readSse(await appB.request('http://localhost/api/events'));
    await stream.next((m) => m.event === 'ready');
    const admin = new pg.Client({ connectionString: first.databaseUrl ?? '' });
    await admin.connect();
    try {
      // Both instances' listeners are cut; B's reconnects, and a save made meanwhile still arrives.
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()',
        [LISTEN_APPLICATION],
      );
      await saveThroughA(41);
      const [event] = await stream.changes(1, 10_000);
      expect(event?.indicators).toEqual([{ id: 'key-labs', version }]);
      // And it listens again: the next save arrives too.
      await saveThroughA(42);
      expect((await stream.changes(1, 5000))[0]?.indicators[0]?.version).toBe(version);
    } finally {
      await admin.end();
      await stream.cancel();
    }
  });
});
