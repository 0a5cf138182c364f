// Who may change what, over HTTP against the server: every principal × every write endpoint and
// every alerts endpoint, each cell asserted, and where the answer is a refusal, nothing stored
// (the revision, the accounts, the screens, the sessions and the alerts' tables are as they were).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
/** Each principal's session cookie (anonymous has none). */
const cookies: Record<string, string | null> = {};
/** A display's id, and the cookie of a screen paired through it. */
let displayId = '';

const PRINCIPALS = ['anonymous', 'viewer', 'ownEditor', 'otherEditor', 'admin', 'display'] as const;
type Who = (typeof PRINCIPALS)[number];

beforeAll(async () => {
  server = await startTestServer();
  cookies.anonymous = null;
  cookies.viewer = await server.signIn('viewer');
  // `finance` edits for the finance bureau, which owns sci-fin-measures and sci-fin-pilot-zone.
  cookies.ownEditor = await server.signIn('finance');
  cookies.otherEditor = await server.signIn('sti');
  cookies.admin = await server.signIn('admin');
  const made = await server.requestAs(
    cookies.admin,
    '/api/displays',
    post({
      name: '一号会议室',
      departments: [],
      playlist: {},
    }),
  );
  expect(made.status).toBe(201);
  const { display, link } = (await made.json()) as { display: { id: string }; link: string };
  displayId = display.id;
  const paired = await server.requestAs(
    null,
    '/api/display-session',
    post({
      token: link.split('#')[1],
    }),
  );
  expect(paired.status).toBe(200);
  cookies.display = (paired.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await server.close();
});

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

async function version(id: string): Promise<string> {
  const res = await server.requestAs(cookies.admin!, `/api/indicators/${id}`);
  return res.headers.get('ETag') ?? '"1"';
}

/** What a refusal must leave as it was. */
async function snapshot() {
  const db = server.database.db;
  const count = async (table: string) =>
    Number(
      (await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(db))
        .rows[0]?.n,
    );
  const revision = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'revision')
    .executeTakeFirstOrThrow();
  const accounts = await db
    .selectFrom('accounts')
    .select(['username', 'role', 'departments', 'disabled', 'display_name', 'password_hash'])
    .orderBy('username')
    .execute();
  const displays = await db.selectFrom('displays').select(['id', 'revoked_at']).execute();
  const settings = await db
    .selectFrom('notification_settings')
    .selectAll()
    .orderBy('username')
    .execute();
  const read = await db
    .selectFrom('inbox_items')
    .select(['username', 'event_key', 'read_at'])
    .orderBy('seq')
    .execute();
  return {
    revision: Number(revision.value),
    audit: await count('audit_entries'),
    accounts: JSON.stringify(accounts),
    displays: JSON.stringify(displays),
    sessions: await count('sessions'),
    follows: await count('follows'),
    settings: JSON.stringify(settings),
    inbox: JSON.stringify(read),
    webhooks: await count('webhooks'),
  };
}

/** Each signed-in principal's account. */
const USERNAMES: Partial<Record<Who, string>> = {
  viewer: 'viewer',
  ownEditor: 'finance',
  otherEditor: 'sti',
  admin: 'admin',
};

/** An unread alert in the principal's inbox, for marking read. */
async function unreadAlertFor(who: Who) {
  const db = server.database.db;
  const key = `matrix-${made++}`;
  await db
    .insertInto('alert_events')
    .values({
      key,
      kind: 'overdue',
      indicator_id: 'sci-fin-measures',
      event: JSON.stringify({
        key,
        kind: 'overdue',
        indicatorId: 'sci-fin-measures',
        on: '2026-11-26',
        due: '2026-11-01',
        illustrative: true,
      }),
      created_at: new Date().toISOString(),
    })
    .execute();
  for (const username of Object.values(USERNAMES)) {
    await db
      .insertInto('inbox_items')
      .values({ username, event_key: key, created_at: new Date().toISOString() })
      .execute();
  }
  return who;
}

/** A follow the principal has, to stop. */
async function followFor(who: Who) {
  const username = USERNAMES[who];
  const db = server.database.db;
  for (const name of username ? [username] : Object.values(USERNAMES)) {
    await db
      .insertInto('follows')
      .values({ username: name, kind: 'thrust', target_id: 'T3' })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** A webhook, to remove or test. */
async function aWebhook() {
  const id = `hook-${made++}`;
  await server.database.db
    .insertInto('webhooks')
    .values({
      id,
      name: id,
      url: 'https://hooks.example.org/npf',
      format: 'json',
      secret: 'webhook-secret',
      departments: '[]',
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

interface Endpoint {
  name: string;
  /** Made before the snapshot is taken, for whoever asks (an alert to read, a follow to stop). */
  prepare?: (who: Who) => Promise<unknown>;
  /** A read: a 2xx changes nothing either. */
  read?: boolean;
  request: () => Promise<RequestInit & { path: string }>;
  /** The status each principal gets. */
  expect: Record<Who, number>;
}

/** Every signed-in account gets `status`; nobody signed in, 401; a wall screen, 403. */
const everyAccount = (status: number): Record<Who, number> => ({
  anonymous: 401,
  viewer: status,
  ownEditor: status,
  otherEditor: status,
  admin: status,
  display: 403,
});
/** Admins get `status`; everyone else is refused. */
const adminsOnly = (status: number): Record<Who, number> => ({
  ...everyAccount(403),
  admin: status,
});

let made = 0;
const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /indicators/:id/observations',
    request: async () => ({
      path: '/api/indicators/sci-fin-measures/observations',
      ...post(
        {
          observation: {
            date: `2026-0${1 + (made++ % 9)}-15`,
            value: 13,
            qualifier: 'exact',
            provenance: { kind: 'illustrative' },
          },
        },
        { 'If-Match': await version('sci-fin-measures') },
      ),
    }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 201,
      otherEditor: 403,
      admin: 201,
      display: 403,
    },
  },
  {
    name: 'POST /indicators/:id/milestone-updates',
    request: async () => ({
      path: '/api/indicators/sci-fin-pilot-zone/milestone-updates',
      ...post(
        {
          update: {
            date: `2026-0${1 + (made++ % 9)}-20`,
            state: 'inProgress',
            provenance: { kind: 'illustrative' },
          },
        },
        { 'If-Match': await version('sci-fin-pilot-zone') },
      ),
    }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 201,
      otherEditor: 403,
      admin: 201,
      display: 403,
    },
  },
  {
    name: 'POST /imports',
    request: () =>
      Promise.resolve({
        path: '/api/imports',
        ...post({
          rows: [
            {
              row: 2,
              cells: {
                indicator_id: 'sci-fin-measures',
                date: `2025-0${1 + (made++ % 9)}-10`,
                value: '12',
                provenance: 'illustrative',
              },
            },
          ],
        }),
      }),
    // Another department's editor: refused by row (outsideScope), so nothing is written.
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 201,
      otherEditor: 422,
      admin: 201,
      display: 403,
    },
  },
  {
    name: 'POST /indicators/:id/targets',
    request: async () => ({
      path: '/api/indicators/sci-fin-measures/targets',
      ...post(
        {
          target: {
            value: 20 + made++,
            date: '2027-12-31',
            comparator: 'atLeast',
            provenance: { kind: 'illustrative' },
          },
          reason: '年度计划调整',
        },
        { 'If-Match': await version('sci-fin-measures') },
      ),
    }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 201,
      display: 403,
    },
  },
  {
    name: 'POST /users',
    request: () =>
      Promise.resolve({
        path: '/api/users',
        ...post({
          username: `new-${made++}`,
          displayName: '新账户',
          role: 'viewer',
          departments: [],
          password: 'long-enough-password',
        }),
      }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 201,
      display: 403,
    },
  },
  {
    name: 'PATCH /users/:username',
    request: () =>
      Promise.resolve({
        path: '/api/users/viewer',
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ displayName: `张观 ${made++}` }),
      }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 200,
      display: 403,
    },
  },
  {
    name: 'DELETE /users/:username/sessions',
    request: () =>
      Promise.resolve({ path: '/api/users/nobody-signed-in/sessions', method: 'DELETE' }),
    // An admin asking about an account that does not exist learns so; others learn nothing.
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 404,
      display: 403,
    },
  },
  {
    name: 'DELETE /users/:username/sign-in-failures',
    request: () =>
      Promise.resolve({ path: '/api/users/nobody-locked/sign-in-failures', method: 'DELETE' }),
    // An admin asking about an account that does not exist learns so; others learn nothing.
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 404,
      display: 403,
    },
  },
  {
    name: 'POST /displays',
    request: () =>
      Promise.resolve({
        path: '/api/displays',
        ...post({
          name: `屏幕 ${made++}`,
          departments: ['finance'],
          playlist: { dept: 'finance' },
        }),
      }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 201,
      display: 403,
    },
  },
  {
    name: 'DELETE /displays/:id',
    request: () => Promise.resolve({ path: '/api/displays/no-such-display', method: 'DELETE' }),
    expect: {
      anonymous: 401,
      viewer: 403,
      ownEditor: 403,
      otherEditor: 403,
      admin: 404,
      display: 403,
    },
  },
  {
    name: 'GET /inbox',
    read: true,
    request: () => Promise.resolve({ path: '/api/inbox' }),
    // Every account has an inbox; a wall screen has none.
    expect: everyAccount(200),
  },
  {
    name: 'POST /inbox/read',
    prepare: unreadAlertFor,
    request: () => Promise.resolve({ path: '/api/inbox/read', ...post({ all: true }) }),
    expect: everyAccount(204),
  },
  {
    name: 'GET /follows',
    read: true,
    request: () => Promise.resolve({ path: '/api/follows' }),
    expect: everyAccount(200),
  },
  {
    name: 'PUT /follows/:kind/:id',
    request: () =>
      Promise.resolve({ path: `/api/follows/thrust/T${1 + (made++ % 4)}`, method: 'PUT' }),
    prepare: async () => {
      // Nothing followed yet, so each follow that is allowed stores one.
      await server.database.db.deleteFrom('follows').execute();
    },
    expect: everyAccount(204),
  },
  {
    name: 'DELETE /follows/:kind/:id',
    prepare: followFor,
    request: () => Promise.resolve({ path: '/api/follows/thrust/T3', method: 'DELETE' }),
    expect: everyAccount(204),
  },
  {
    name: 'GET /notification-settings',
    read: true,
    request: () => Promise.resolve({ path: '/api/notification-settings' }),
    expect: everyAccount(200),
  },
  {
    name: 'PUT /notification-settings',
    request: () =>
      Promise.resolve({
        path: '/api/notification-settings',
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: `someone-${made++}@example.gov.cn`,
          emailAlerts: true,
          digest: 'off',
          language: 'zh',
        }),
      }),
    expect: everyAccount(200),
  },
  {
    name: 'POST /notification-settings/test',
    // The harness's server has no mail server: every account learns so, and nothing is sent.
    request: () => Promise.resolve({ path: '/api/notification-settings/test', method: 'POST' }),
    expect: everyAccount(409),
  },
  {
    name: 'GET /webhooks',
    read: true,
    request: () => Promise.resolve({ path: '/api/webhooks' }),
    expect: adminsOnly(200),
  },
  {
    name: 'POST /webhooks',
    request: () =>
      Promise.resolve({
        path: '/api/webhooks',
        ...post({
          name: `群 ${made++}`,
          url: 'https://hooks.example.org/npf',
          format: 'json',
          secret: 'webhook-secret',
          departments: [],
        }),
      }),
    expect: adminsOnly(201),
  },
  {
    name: 'DELETE /webhooks/:id',
    request: async () => ({ path: `/api/webhooks/${await aWebhook()}`, method: 'DELETE' }),
    expect: adminsOnly(204),
  },
  {
    name: 'POST /webhooks/:id/test',
    // An admin asking about a webhook that does not exist learns so; others learn nothing.
    request: () => Promise.resolve({ path: '/api/webhooks/no-such-hook/test', method: 'POST' }),
    expect: adminsOnly(404),
  },
  {
    name: 'POST /demo/reset',
    request: () => Promise.resolve({ path: '/api/demo/reset', method: 'POST' }),
    // Resetting exists only in mock mode: the server has no such endpoint for anyone.
    expect: {
      anonymous: 404,
      viewer: 404,
      ownEditor: 404,
      otherEditor: 404,
      admin: 404,
      display: 404,
    },
  },
];

describe('the authorization matrix (server)', () => {
  for (const endpoint of ENDPOINTS) {
    for (const who of PRINCIPALS) {
      const status = endpoint.expect[who];
      it(`${endpoint.name} as ${who} → ${status}`, async () => {
        const { path, ...init } = await endpoint.request();
        await endpoint.prepare?.(who);
        const before = await snapshot();
        const res = await server.requestAs(cookies[who] ?? null, path, init);
        expect(res.status).toBe(status);
        if (status >= 400) {
          // A refusal stores nothing.
          expect(await snapshot()).toEqual(before);
          const body = (await res.json()) as { error: { code: string } };
          if (status === 401) expect(body.error.code).toBe('signInRequired');
          if (status === 403 && who === 'display') expect(body.error.code).toBe('readOnlyDisplay');
          if (status === 403 && who !== 'display') {
            const recording = endpoint.expect.ownEditor === 201;
            const expected = !recording
              ? 'adminOnly'
              : who === 'viewer'
                ? 'viewerReadOnly'
                : 'outsideScope';
            expect(body.error.code).toBe(expected);
          }
        } else if (endpoint.read) {
          expect(await snapshot()).toEqual(before);
        } else {
          // An answer that says it changed something did.
          expect(await snapshot()).not.toEqual(before);
        }
      });
    }
  }

  it('names the account in the audit trail and ignores an author the client sends', async () => {
    const res = await server.requestAs(
      cookies.ownEditor!,
      '/api/indicators/sci-fin-measures/observations',
      post(
        {
          author: '陈之常（南京市市长）',
          observation: {
            date: '2026-11-30',
            value: 14,
            qualifier: 'exact',
            provenance: { kind: 'illustrative' },
          },
        },
        { 'If-Match': await version('sci-fin-measures') },
      ),
    );
    expect(res.status).toBe(201);
    const audit = (await (
      await server.requestAs(cookies.viewer!, '/api/indicators/sci-fin-measures/audit')
    ).json()) as { items: { author: string; account?: string }[] };
    expect(audit.items[0]).toMatchObject({ author: '王敏（市金融局）', account: 'finance' });
    expect(JSON.stringify(audit.items)).not.toContain('陈之常');
  });

  it('puts an admin’s target change, with its reason, in the indicator and the audit trail', async () => {
    const res = await server.requestAs(
      cookies.admin!,
      '/api/indicators/sci-fin-measures/targets',
      post(
        {
          target: {
            value: 30,
            date: '2028-12-31',
            comparator: 'atLeast',
            provenance: { kind: 'illustrative' },
          },
          reason: '市政府常务会议调整目标',
        },
        { 'If-Match': await version('sci-fin-measures') },
      ),
    );
    expect(res.status).toBe(201);
    const { indicator, audit } = (await res.json()) as {
      indicator: { targets: { value: number; setOn: string }[] };
      audit: { field: string; reason: string; after: { value: number } };
    };
    expect(indicator.targets.at(-1)).toMatchObject({ value: 30 });
    expect(audit).toMatchObject({
      field: 'target',
      reason: '市政府常务会议调整目标',
      after: { value: 30 },
    });
  });

  it('refuses an import row by row when some rows are outside the editor’s departments', async () => {
    const before = await snapshot();
    const res = await server.requestAs(
      cookies.ownEditor!,
      '/api/imports',
      post({
        rows: [
          {
            row: 2,
            cells: {
              indicator_id: 'sci-fin-measures',
              date: '2025-11-10',
              value: '12',
              provenance: 'illustrative',
            },
          },
          {
            row: 3,
            cells: {
              indicator_id: 'key-labs',
              date: '2025-11-10',
              value: '30',
              provenance: 'illustrative',
            },
          },
        ],
      }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      error: { report: { rows: { row: number; status: string; issues: { code: string }[] }[] } };
    };
    expect(
      body.error.report.rows.map((r) => [r.row, r.status, r.issues.map((i) => i.code)]),
    ).toEqual([
      [2, 'accepted', []],
      [3, 'rejected', ['outsideScope']],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the display’s pairing alive through all of it', async () => {
    const res = await server.requestAs(cookies.display!, '/api/session');
    expect(
      ((await res.json()) as { principal: { kind: string; id: string } }).principal,
    ).toMatchObject({
      kind: 'display',
      id: displayId,
    });
  });
});
