// Sign-in that cannot be flooded (issue 25, findings 3, 5 and 15): every attempt is counted before
// its password is checked, so a burst cannot pass the limit; the throttle is per account and
// address, so a stranger cannot lock the owner out, and an admin (in the app or with
// `npm run users`) clears a lock; behind a trusted proxy the address is the proxy's (the last
// X-Forwarded-For entry); and a signed-in request never waits for password checks.
import { scrypt } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@mocks/accounts-db';
import { usersCommand } from '@/server/cli/users-command';
import { scryptPasswords } from '@/server/passwords';
import { sqlAccountsStore } from '@/server/store/sql-accounts-store';
import { serverAppOn, startTestServer, type TestServer } from './harness';

let server: TestServer;
let clock = Date.parse('2026-11-30T02:00:00Z');
let proxied: ReturnType<typeof serverAppOn>;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock) });
  // The same server behind a trusted proxy: the address is what X-Forwarded-For says.
  proxied = serverAppOn(server.database, { trustProxy: true, now: () => new Date(clock) });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await sql`truncate sign_in_failures`.execute(server.database.db);
  clock += 60 * 60_000;
});

/** A sign-in through the proxy, from `forwarded` (X-Forwarded-For as the proxy passes it on). */
const signIn = (username: string, password: string, forwarded: string) =>
  Promise.resolve(
    proxied.request('http://localhost/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwarded },
      body: JSON.stringify({ username, password }),
    }),
  );

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

describe('a burst of sign-ins', () => {
  it(
    'counts each attempt before its password is checked: 40 at once, 5 counted',
    { timeout: 120_000 },
    async () => {
      const accounts = sqlAccountsStore(server.database.db);
      const at = new Date(clock).toISOString();
      const claims = await Promise.all(
        Array.from({ length: 40 }, () =>
          accounts.claimSignInAttempt([{ key: 'account:sti@10.1.0.2', limit: 5 }], at, 900_000),
        ),
      );
      expect(claims.filter((c) => 'ids' in c)).toHaveLength(5);
      expect(claims.filter((c) => 'retryAt' in c)).toHaveLength(35);
    },
  );

  it(
    'checks no more than 5 of 40 concurrent guesses at one account, and refuses the rest at once',
    { timeout: 120_000 },
    async () => {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => signIn('sti', `wrong-password-${i}`, '10.1.0.1')),
      );
      const statuses = tally(answers.map((r) => r.status));
      // 401: checked and wrong; 429: over the limit; 503: no turn in the queue (nothing counted).
      expect(statuses[401] ?? 0, JSON.stringify(statuses)).toBeLessThanOrEqual(5);
      expect((statuses[401] ?? 0) + (statuses[429] ?? 0) + (statuses[503] ?? 0)).toBe(40);
      // Once five failures are counted, the right password is refused too, until the window ends.
      for (let i = statuses[401] ?? 0; i < 5; i += 1) {
        expect((await signIn('sti', `wrong-again-${i}`, '10.1.0.1')).status).toBe(401);
      }
      expect((await signIn('sti', DEMO_PASSWORD, '10.1.0.1')).status).toBe(429);
    },
  );
});

describe('a stranger guessing at an account', () => {
  it('locks out the stranger’s address, not the owner’s', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await signIn('sti', `wrong-password-${i}`, '203.0.113.9')).status).toBe(401);
    }
    expect((await signIn('sti', DEMO_PASSWORD, '203.0.113.9')).status).toBe(429);
    // The owner, elsewhere, signs in as ever.
    expect((await signIn('sti', DEMO_PASSWORD, '10.2.0.7')).status).toBe(200);
  });

  it('is seen by an admin, who clears the lock in the app', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 5; i += 1) await signIn('sti', `wrong-password-${i}`, '203.0.113.10');
    const listed = async () =>
      (
        (await (await server.request('/api/users')).json()) as {
          items: { username: string; signInLocked?: boolean }[];
        }
      ).items.find((a) => a.username === 'sti');
    expect(await listed()).toMatchObject({ signInLocked: true });
    const cleared = await server.request('/api/users/sti/sign-in-failures', { method: 'DELETE' });
    expect(cleared.status).toBe(204);
    expect(await listed()).toMatchObject({ signInLocked: false });
    expect((await signIn('sti', DEMO_PASSWORD, '203.0.113.10')).status).toBe(200);
  });

  it('is cleared with `npm run users -- unlock NAME`', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 5; i += 1) await signIn('finance', `wrong-password-${i}`, '203.0.113.11');
    expect((await signIn('finance', DEMO_PASSWORD, '203.0.113.11')).status).toBe(429);
    const output = await usersCommand(['unlock', 'finance'], {
      accounts: sqlAccountsStore(server.database.db),
      passwords: scryptPasswords,
      departments: [],
      readPassword: () => Promise.resolve(''),
      now: new Date(clock),
    });
    expect(output).toMatch(/cleared the failed sign-ins of finance/);
    // The server repeats a refusal from memory for up to 5 s before it asks the database again.
    clock += 5_001;
    expect((await signIn('finance', DEMO_PASSWORD, '203.0.113.11')).status).toBe(200);
  });
});

describe('behind a trusted proxy', () => {
  it(
    'counts failures under the address the proxy saw, whatever the client put before it',
    { timeout: 120_000 },
    async () => {
      // Twenty failures from one address, each with a different made-up address in front.
      for (let i = 0; i < 20; i += 1) {
        const res = await signIn(`guess-${i}`, 'wrong-password', `198.51.100.${i}, 10.3.0.5`);
        expect(res.status).toBe(401);
      }
      const blocked = await signIn('viewer', DEMO_PASSWORD, '198.51.100.99, 10.3.0.5');
      expect(blocked.status).toBe(429);
      // Another address the proxy saw is not held up.
      expect((await signIn('viewer', DEMO_PASSWORD, '10.3.0.6')).status).toBe(200);
    },
  );
});

describe('a signed-in request while passwords are being checked', () => {
  it(
    'does not wait for libuv’s thread pool: its session is looked up on the main thread',
    { timeout: 120_000 },
    async () => {
      const cookie = await server.signIn('viewer');
      // Every thread of the pool busy with scrypt (as a flood of sign-ins would keep it), and more
      // waiting behind.
      const order: string[] = [];
      const jobs = Array.from(
        { length: 8 },
        (_, i) =>
          new Promise<void>((resolve, reject) =>
            scrypt(`p${i}`, 'salt', 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 2 ** 20 }, (e) => {
              order.push('scrypt');
              if (e) reject(e);
              else resolve();
            }),
          ),
      );
      const res = await server.requestAs(cookie, '/api/session');
      order.push('request');
      expect(await res.json()).toMatchObject({ principal: { kind: 'user', username: 'viewer' } });
      await Promise.all(jobs);
      expect(order.indexOf('request'), order.join(' ')).toBe(0);
    },
  );
});
