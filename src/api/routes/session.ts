// Signing in and out, who is asking, and pairing a wall screen. Sign-in is throttled per account
// and per address; an unknown name, a wrong password and a disabled account get the same answer,
// after the same work (a password is always checked, against a stand-in hash when there is no
// account), so the answer tells nothing about which names exist.
import { Hono, type Context } from 'hono';
import { pairDisplaySchema, signInSchema, type SessionResponse } from '@/domain/accounts';
import type { ApiContext } from '../app';
import { sha256Hex, type AuthEnv, type Who } from '../auth';
import { jsonBody, problem } from '../respond';

/** Failed sign-ins are counted over this window… */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** …and sign-in is refused, right password or not, once an account has this many… */
export const FAILURES_PER_ACCOUNT = 5;
/** …or an address this many. */
export const FAILURES_PER_ADDRESS = 20;

export function sessionRoutes(api: ApiContext) {
  const { auth } = api;
  const { accounts, passwords } = auth.options;
  let standIn: Promise<string> | null = null;
  const standInHash = () => (standIn ??= passwords.hash(`stand-in ${crypto.randomUUID()}`));

  const answer = (who: Who): SessionResponse => ({
    principal: who.principal,
    readAccess: auth.options.readAccess,
    ...(auth.options.demoAccounts ? { demoAccounts: auth.options.demoAccounts } : {}),
    ...(api.features.alerts ? { alerts: true } : {}),
  });

  /** When the next attempt may come, in seconds, or null when it may come now. */
  async function throttled(keys: { key: string; limit: number }[], now: Date) {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
    let wait = 0;
    for (const { key, limit } of keys) {
      const failures = await accounts.signInFailures(key, since);
      if (failures.length >= limit) {
        const frees = Date.parse(failures[failures.length - limit] ?? '') + THROTTLE_WINDOW_MS;
        wait = Math.max(wait, Math.ceil((frees - now.getTime()) / 1000));
      }
    }
    return wait > 0 ? wait : null;
  }

  async function signedIn(c: Context<AuthEnv>, kind: 'user' | 'display', subject: string) {
    const before = c.get('who');
    // A session id the client had before is never promoted: it ends, and a new one starts.
    if (before.sessionHash) await accounts.deleteSession(before.sessionHash);
    auth.forget();
    await auth.startSession(c, kind, subject, api.now());
  }

  return new Hono<AuthEnv>()
    .get('/session', (c) => c.json(answer(c.get('who'))))
    .post('/session', async (c) => {
      const parsed = signInSchema.safeParse(await jsonBody(c));
      if (!parsed.success) {
        return problem(c, 400, 'badRequest', 'send { "username": …, "password": … } as JSON');
      }
      const { username, password } = parsed.data;
      const now = api.now();
      const address = auth.options.clientAddress?.(c) ?? 'unknown';
      const keys = [
        { key: `account:${username}`, limit: FAILURES_PER_ACCOUNT },
        { key: `address:${address}`, limit: FAILURES_PER_ADDRESS },
      ];
      const wait = await throttled(keys, now);
      if (wait !== null) {
        c.header('Retry-After', String(wait));
        return problem(
          c,
          429,
          'tooManyAttempts',
          `too many failed sign-ins; try again in ${wait} seconds`,
        );
      }
      const account = await accounts.account(username);
      const matches = await passwords.verify(
        password,
        account?.passwordHash ?? (await standInHash()),
      );
      if (!account || account.disabled || !matches) {
        await accounts.recordSignInFailure(
          keys.map((k) => k.key),
          now.toISOString(),
        );
        return problem(c, 401, 'badCredentials', 'wrong name or password');
      }
      await signedIn(c, 'user', account.username);
      await accounts.updateAccount(account.username, { lastSignInAt: now.toISOString() });
      const who: Who = {
        principal: {
          kind: 'user',
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          departments: account.role === 'editor' ? account.departments : [],
        },
        sessionHash: null,
        ended: false,
        revoked: false,
      };
      return c.json(answer(who));
    })
    .delete('/session', async (c) => {
      await auth.endSession(c, c.get('who'));
      return c.body(null, 204);
    })
    .post('/display-session', async (c) => {
      const parsed = pairDisplaySchema.safeParse(await jsonBody(c));
      if (!parsed.success) return problem(c, 400, 'badRequest', 'send { "token": … } as JSON');
      const display = await accounts.displayByToken(await sha256Hex(parsed.data.token));
      if (!display) return problem(c, 401, 'badToken', 'this pairing link is not known');
      if (display.revokedAt) {
        return problem(c, 401, 'displayRevoked', 'this screen has been unpaired by an admin');
      }
      await signedIn(c, 'display', display.id);
      await accounts.updateDisplay(display.id, { lastSeenAt: api.now().toISOString() });
      return c.json(
        answer({
          principal: {
            kind: 'display',
            id: display.id,
            name: display.name,
            departments: display.departments,
            playlist: display.playlist,
          },
          sessionHash: null,
          ended: false,
          revoked: false,
        }),
      );
    });
}
