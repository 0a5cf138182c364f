// Sessions and sign-in against the server: cross-origin writes, session fixation, throttling,
// idle and absolute expiry, disabled accounts, sign-out, and revoked screens.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '@mocks/accounts-db';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let clock = Date.parse('2026-11-30T02:00:00Z');
const logLines: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock), logLines });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  // Each test starts with no failed sign-ins on record.
  await sql`truncate sign_in_failures`.execute(server.database.db);
});

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const cookieOf = (res: Response) => (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
const signInAs = (
  username: string,
  password = DEMO_PASSWORD,
  headers: Record<string, string> = {},
) =>
  server.requestAs(headers.Cookie ?? null, '/api/session', json({ username, password }, headers));
const principal = async (cookie: string | null) =>
  (
    (await (await server.requestAs(cookie, '/api/session')).json()) as {
      principal: { kind: string; username?: string };
    }
  ).principal;

describe('cross-origin writes', () => {
  it('refuses an unsafe request from another origin or site with 403, and accepts its own', async () => {
    const admin = await server.signIn('admin');
    const make = (headers: Record<string, string>, name: string) =>
      server.requestAs(
        admin,
        '/api/users',
        json(
          {
            username: name,
            displayName: name,
            role: 'viewer',
            departments: [],
            password: 'long-enough-password',
          },
          headers,
        ),
      );
    const fromElsewhere = await make({ Origin: 'https://evil.example' }, 'x-evil-1');
    expect(fromElsewhere.status).toBe(403);
    expect(((await fromElsewhere.json()) as { error: { code: string } }).error.code).toBe(
      'crossOrigin',
    );
    expect((await make({ 'Sec-Fetch-Site': 'cross-site' }, 'x-evil-2')).status).toBe(403);
    expect((await make({ Origin: 'null' }, 'x-evil-3')).status).toBe(403);
    expect(
      (await make({ Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }, 'x-own')).status,
    ).toBe(201);
    const names = (
      await server.database.db.selectFrom('accounts').select('username').execute()
    ).map((a) => a.username);
    expect(names).toContain('x-own');
    expect(names.filter((n) => n.startsWith('x-evil'))).toEqual([]);
    // A sign-in form on another site cannot sign a victim's browser in either.
    expect(
      (await signInAs('viewer', DEMO_PASSWORD, { Origin: 'https://evil.example' })).status,
    ).toBe(403);
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie, Secure over HTTPS, and never logs the password', async () => {
    const res = await signInAs('viewer');
    expect(res.status).toBe(200);
    const header = res.headers.get('Set-Cookie') ?? '';
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).not.toMatch(/Secure/i);
    const secure = await server.app.request(
      'https://tracker.example/api/session',
      json({ username: 'viewer', password: DEMO_PASSWORD }),
    );
    expect(secure.headers.get('Set-Cookie')).toMatch(/Secure/i);
    expect(logLines.join('\n')).not.toContain(DEMO_PASSWORD);
  });

  it('gives an unknown name, a wrong password and a disabled account the same answer', async () => {
    const unknown = await signInAs('nobody-here', 'whatever-it-is');
    const wrong = await signInAs('viewer', 'not-the-password');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('issues a new session id at sign-in, never one the client planted', async () => {
    const planted = 'npf_session=planted-by-an-attacker-000000000000';
    const res = await signInAs('viewer', DEMO_PASSWORD, { Cookie: planted });
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^npf_session=/);
    expect(cookie).not.toBe(planted);
    expect(await principal(planted)).toEqual({ kind: 'anonymous' });
    expect(await principal(cookie)).toMatchObject({ kind: 'user', username: 'viewer' });
    // Signing in again from a live session ends that session.
    const again = cookieOf(await signInAs('viewer', DEMO_PASSWORD, { Cookie: cookie }));
    expect(again).not.toBe(cookie);
    expect(await principal(cookie)).toEqual({ kind: 'anonymous' });
    expect(await principal(again)).toMatchObject({ kind: 'user' });
  });

  it('throttles an account after 5 failures, right password or not, with Retry-After', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await signInAs('sti', `wrong-${i}-password`)).status).toBe(401);
    const blocked = await signInAs('sti');
    expect(blocked.status).toBe(429);
    const wait = Number(blocked.headers.get('Retry-After'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // Another account from the same address is not held up by this one's failures.
    expect((await signInAs('viewer')).status).toBe(200);
    // Once the window has passed, the right password works again.
    clock += 15 * 60_000 + 1000;
    expect((await signInAs('sti')).status).toBe(200);
  });

  it('throttles an address after 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i += 1)
      expect((await signInAs(`guess-${i}`, 'wrong-password')).status).toBe(401);
    const blocked = await signInAs('viewer');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    clock += 15 * 60_000 + 1000;
  });
});

describe('expiry and ending sessions', () => {
  it('ends a session after 2 hours idle, and after 12 hours whatever happens', async () => {
    const idle = await server.signIn('viewer');
    clock += 2 * 3_600_000 + 60_000;
    const res = await server.requestAs(idle, '/api/indicators');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('sessionExpired');

    const busy = await server.signIn('viewer');
    for (let hour = 0; hour < 12; hour += 1) {
      clock += 55 * 60_000;
      expect((await server.requestAs(busy, '/api/programme')).status, `after ${hour + 1} h`).toBe(
        200,
      );
    }
    // 11 h of activity so far; five minutes past the twelfth hour it ends.
    clock += 65 * 60_000;
    expect((await server.requestAs(busy, '/api/programme')).status).toBe(401);
  });

  it('signs out: the cookie is cleared and the old id no longer works', async () => {
    const cookie = await server.signIn('viewer');
    const out = await server.requestAs(cookie, '/api/session', { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/npf_session=;.*Max-Age=0/i);
    expect(await principal(cookie)).toEqual({ kind: 'anonymous' });
  });

  it('a disabled account is signed out at once and cannot sign in; enabled again, it can', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const patch = (body: unknown) =>
      server.requestAs(admin, '/api/users/finance', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await patch({ disabled: true })).status).toBe(200);
    expect((await server.requestAs(finance, '/api/indicators')).status).toBe(401);
    const refused = await signInAs('finance');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'badCredentials',
    );
    expect((await patch({ disabled: false })).status).toBe(200);
    expect((await signInAs('finance')).status).toBe(200);
  });

  it('an admin ends every session of an account', async () => {
    const admin = await server.signIn('admin');
    const a = await server.signIn('viewer');
    const b = await server.signIn('viewer');
    expect(
      (await server.requestAs(admin, '/api/users/viewer/sessions', { method: 'DELETE' })).status,
    ).toBe(204);
    expect(await principal(a)).toEqual({ kind: 'anonymous' });
    expect(await principal(b)).toEqual({ kind: 'anonymous' });
  });

  it('keeps the last admin who can sign in', async () => {
    const admin = await server.signIn('admin');
    const res = await server.requestAs(admin, '/api/users/admin', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect(res.status).toBe(409);
    expect(await principal(admin)).toMatchObject({ kind: 'user', username: 'admin' });
  });
});

describe('wall screens', () => {
  it('a paired screen reads without a personal sign-in, and stops at its next request once revoked', async () => {
    const admin = await server.signIn('admin');
    const made = await server.requestAs(
      admin,
      '/api/displays',
      json({ name: '大厅屏幕', departments: ['finance'], playlist: { dept: 'finance' } }),
    );
    const { display, link } = (await made.json()) as { display: { id: string }; link: string };
    const token = link.split('#')[1] ?? '';
    expect(link).toMatch(/^\/pair#.{40,}$/);
    // The token is shown once: the list holds no token, nor its hash.
    const list = await (await server.requestAs(admin, '/api/displays')).text();
    expect(list).not.toContain(token);
    expect(list).not.toContain('tokenHash');

    const paired = await server.requestAs(null, '/api/display-session', json({ token }));
    expect(paired.status).toBe(200);
    const screen = cookieOf(paired);
    expect((await server.requestAs(screen, '/api/indicators?dept=finance')).status).toBe(200);
    const seen = (await (await server.requestAs(admin, '/api/displays')).json()) as {
      items: { id: string; lastSeenAt: string | null }[];
    };
    expect(seen.items.find((d) => d.id === display.id)?.lastSeenAt).not.toBeNull();

    expect(
      (await server.requestAs(admin, `/api/displays/${display.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    const after = await server.requestAs(screen, '/api/indicators?dept=finance');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('displayRevoked');
    // The link cannot pair it again.
    const again = await server.requestAs(null, '/api/display-session', json({ token }));
    expect(again.status).toBe(401);
    expect(
      (await server.requestAs(null, '/api/display-session', json({ token: 'x'.repeat(43) })))
        .status,
    ).toBe(401);
  });
});

describe('reading', () => {
  it('needs a sign-in by default, and is open with READ_ACCESS=public', async () => {
    const res = await server.requestAs(null, '/api/indicators');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('signInRequired');
    expect((await server.requestAs(null, '/api/session')).status).toBe(200);
    const open = await startTestServer({ readAccess: 'public' });
    try {
      expect((await open.requestAs(null, '/api/indicators')).status).toBe(200);
      // Writing still needs an account.
      expect(
        (
          await open.requestAs(
            null,
            '/api/indicators/key-labs/observations',
            json({}, { 'If-Match': '"1"' }),
          )
        ).status,
      ).toBe(401);
    } finally {
      await open.close();
    }
  });
});
