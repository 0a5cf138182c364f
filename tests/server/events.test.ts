// The change feed (GET /api/events): every committed change once, in commit order, with its
// revision as the id; a reconnect with Last-Event-ID resumes without a gap; an id the history no
// longer reaches gets `reset`; heartbeats; a closed client lets go of its subscription; the time
// limit and compression leave the stream alone; shutdown ends every stream.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChangeFeed, type ServerFeed } from '@/server/change-feed';
import { createLogger } from '@/server/log';
import { FEED_HISTORY, sqlStore } from '@/server/store/sql-store';
import { DATABASE_KIND, serverAppOn, startTestServer, type TestServer } from './harness';
import { readSse } from './sse';

let server: TestServer;
let feed: ServerFeed;
let app: ReturnType<typeof serverAppOn>;
let writer: ReturnType<typeof serverAppOn>;
/** The session writes are made with. */
let admin = '';
beforeAll(async () => {
  server = await startTestServer();
  feed = await startChangeFeed(
    server.database,
    sqlStore(server.database.db),
    createLogger('silent'),
  );
  // A short time limit: the stream must outlive it.
  admin = await server.signIn('admin');
  // Reading is public here: the feed's own behaviour is under test (the read gate has its own).
  app = serverAppOn(server.database, {
    feed: feed.hub,
    heartbeatMs: 150,
    requestTimeoutMs: 300,
    readAccess: 'public',
  });
  // Saves go through an instance with the usual time limit: on a loaded machine a save can take
  // longer than the stream's 300 ms, and the stream is what that limit is for (CI saw 503s).
  writer = serverAppOn(server.database, { feed: feed.hub, readAccess: 'public' });
});
afterAll(async () => {
  await feed.close();
  await server.close();
});

const open = (headers: Record<string, string> = {}) =>
  app.request('http://localhost/api/events', { headers });

const versions = new Map<string, number>();
/** Saves an observation on `id` based on the version last seen, as a form would. */
async function save(id: string, value: number): Promise<number> {
  const basedOn = versions.get(id) ?? 1;
  const res = await writer.request(`http://localhost/api/indicators/${id}/observations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${basedOn}"`, Cookie: admin },
    body: JSON.stringify({
      author: '实时',
      observation: {
        date: '2026-10-31',
        value,
        qualifier: 'exact',
        provenance: { kind: 'illustrative' },
      },
    }),
  });
  expect(res.status).toBe(201);
  versions.set(id, basedOn + 1);
  return basedOn + 1;
}

const currentRevision = () => sqlStore(server.database.db).revision();

describe(`the change feed (${DATABASE_KIND})`, () => {
  it('sends each committed change once, in commit order, with its revision as the id', async () => {
    const res = await open();
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const stream = readSse(res);
    const ready = await stream.next((m) => m.event === 'ready');
    const start = Number(ready.id);
    expect(start).toBe(await currentRevision());

    await save('key-labs', 40);
    // Concurrent writers on different indicators: their events still come in revision order.
    await Promise.all([save('metro-gdp', 6.1e12), save('rail-cluster-enterprises', 150)]);
    const events = await stream.changes(3);
    expect(events.map((e) => e.revision)).toEqual([start + 1, start + 2, start + 3]);
    expect(events[0]).toMatchObject({
      what: 'record',
      indicators: [{ id: 'key-labs', version: versions.get('key-labs') }],
    });
    expect(new Set(events.slice(1).flatMap((e) => e.indicators.map((i) => i.id)))).toEqual(
      new Set(['metro-gdp', 'rail-cluster-enterprises']),
    );
    await stream.cancel();
  });

  it('resumes after Last-Event-ID with every change since, then the live ones, without a gap', async () => {
    const from = await currentRevision();
    // Changes made while "disconnected".
    await save('key-labs', 41);
    await save('key-labs', 42);
    const res = await open({ 'Last-Event-ID': String(from) });
    const stream = readSse(res);
    // More changes racing the resume: none may fall between the history and the live feed.
    const racing = Promise.all([save('metro-gdp', 6.2e12), save('rail-cluster-enterprises', 151)]);
    await racing;
    await save('key-labs', 43);
    const events = await stream.changes(5);
    expect(events.map((e) => e.revision)).toEqual([1, 2, 3, 4, 5].map((n) => from + n));
    await stream.cancel();

    // The query parameter does the same, for a client opening a new EventSource.
    const again = readSse(await app.request(`http://localhost/api/events?lastEventId=${from + 3}`));
    expect((await again.changes(2)).map((e) => e.revision)).toEqual([from + 4, from + 5]);
    await again.cancel();
  });

  it('sends heartbeats, outlives the request time limit, and is not compressed', async () => {
    const res = await open({ 'Accept-Encoding': 'gzip, br' });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    const stream = readSse(res);
    await stream.next((m) => m.event === 'ready');
    expect((await stream.next((m) => m.comment === 'heartbeat', 2000)).comment).toBe('heartbeat');
    // Past the 300 ms limit, the stream still delivers.
    await new Promise((r) => setTimeout(r, 500));
    await save('key-labs', 44);
    expect(await stream.changes(1)).toHaveLength(1);
    await stream.cancel();
  });

  it('lets go of a client that disconnects', async () => {
    const before = feed.hub.size();
    const stream = readSse(await open());
    await stream.next((m) => m.event === 'ready');
    expect(feed.hub.size()).toBe(before + 1);
    await stream.cancel();
    await expect.poll(() => feed.hub.size(), { timeout: 3000 }).toBe(before);
  });

  it('ends the stream of a screen an admin unpairs, at its next heartbeat', async () => {
    const json = (body: unknown, cookie = admin) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
    const made = await writer.request(
      'http://localhost/api/displays',
      json({ name: '大厅', departments: [], playlist: {} }),
    );
    const { display, link } = (await made.json()) as { display: { id: string }; link: string };
    const paired = await writer.request(
      'http://localhost/api/display-session',
      json({ token: link.split('#')[1] }, ''),
    );
    const screen = (paired.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    const stream = readSse(await open({ Cookie: screen }));
    await stream.next((m) => m.event === 'ready');
    await app.request(`http://localhost/api/displays/${display.id}`, {
      method: 'DELETE',
      headers: { Cookie: admin },
    });
    await stream.ended(3000);
    // Its reconnect is refused, with the reason the screen shows.
    const again = await open({ Cookie: screen });
    expect(again.status).toBe(401);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('displayRevoked');
  });

  it('ends every open stream on shutdown', async () => {
    const own = await startChangeFeed(
      server.database,
      sqlStore(server.database.db),
      createLogger('silent'),
    );
    const ownApp = serverAppOn(server.database, { feed: own.hub, readAccess: 'public' });
    const streams = await Promise.all(
      [1, 2, 3].map(async () => readSse(await ownApp.request('http://localhost/api/events'))),
    );
    for (const s of streams) await s.next((m) => m.event === 'ready');
    await own.close();
    for (const s of streams) await s.ended(3000);
    expect(own.hub.size()).toBe(0);
  });
  // Last: moving the counter past the history resets the feed's own readers too.
  it('answers an id older than the history, or not of this store, with `reset`', async () => {
    const ahead = readSse(await open({ 'Last-Event-ID': '999999999' }));
    const reset = await ahead.next((m) => m.event === 'reset' || m.event === 'change');
    expect(reset.event).toBe('reset');
    const now = await currentRevision();
    expect(JSON.parse(reset.data ?? '')).toEqual({ revision: now });
    expect(reset.id).toBe(String(now));
    await ahead.cancel();

    // The history keeps the last FEED_HISTORY changes: move the counter past that.
    await sql`update counters set value = value + ${FEED_HISTORY + 5} where name = 'revision'`.execute(
      server.database.db,
    );
    const behind = readSse(await open({ 'Last-Event-ID': String(now) }));
    expect((await behind.next((m) => m.event === 'reset' || m.event === 'change')).event).toBe(
      'reset',
    );
    await behind.cancel();
    expect((await open({ 'Last-Event-ID': 'seven' })).status).toBe(400);
  });
});
