// Signing in and out, who is asking, and pairing a wall screen. Sign-in is throttled per account
// and address, per address, and per account from anywhere; each attempt is counted as a failure
// before its password is checked (and uncounted when it was right), so a burst cannot slip past
// the limit. Attempts (their count and their password check) wait their turn in a bounded queue
// with a share per address (src/api/hashing-queue.ts), so a flood holds neither the database nor
// libuv's threads for long. An
// unknown name, a wrong password and a disabled account get the same answer, after the same work
// (a password is always checked, against a stand-in hash when there is no account), so the
// answer tells nothing about which names exist.
import { Hono, type Context } from 'hono';
import { pairDisplaySchema, signInSchema, type SessionResponse } from '@/domain/accounts';
import type { ApiContext } from '../app';
import type { AuthEnv, Who } from '../auth';
import { HashingBusy } from '../hashing-queue';
import { jsonBody, problem } from '../respond';

/** Failed sign-ins are counted over this window… */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/**
 * …and sign-in is refused, right password or not, once an account has this many from one
 * address (a stranger elsewhere cannot lock its owner out)…
 */
export const FAILURES_PER_ACCOUNT = 5;
/** …or an address this many, whatever the accounts… */
export const FAILURES_PER_ADDRESS = 20;
/** …or an account this many from anywhere (guessing spread over many addresses). */
export const FAILURES_PER_ACCOUNT_ANYWHERE = 100;

/** The throttle's keys for a sign-in to `username` from `address`. */
export function signInLimits(username: string, address: string) {
  return [
    { key: `account:${username}@${address}`, limit: FAILURES_PER_ACCOUNT },
    { key: `account:${username}`, limit: FAILURES_PER_ACCOUNT_ANYWHERE },
    { key: `address:${address}`, limit: FAILURES_PER_ADDRESS },
  ];
}

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
      const limits = signInLimits(username, address);
      const tooMany = (retryAt: number) => {
        const wait = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
        c.header('Retry-After', String(wait));
        return problem(
          c,
          429,
          'tooManyAttempts',
          `too many failed sign-ins; try again in ${wait} seconds`,
        );
      };
      // Refused a moment ago by the database: refused again from memory, at no cost.
      const remembered = !auth.options.rememberRefusals
        ? null
        : auth.signInBlocks.blocked(
            limits.map((l) => l.key),
            now.getTime(),
          );
      if (remembered !== null) return tooMany(remembered);
      // The whole attempt takes a turn: counting it (the database) and checking the password
      // (scrypt), so a flood costs neither more than a few at a time.
      let attempt;
      try {
        attempt = await auth.hashing.run(address, async () => {
          const claim = await accounts.claimSignInAttempt(
            limits,
            now.toISOString(),
            THROTTLE_WINDOW_MS,
          );
          if ('retryAt' in claim) {
            auth.signInBlocks.remember(claim.key, Date.parse(claim.retryAt), now.getTime());
            return { retryAt: claim.retryAt };
          }
          const account = await accounts.account(username);
          const stored = account?.passwordHash ?? (await standInHash());
          return { ids: claim.ids, account, matches: await passwords.verify(password, stored) };
        });
      } catch (error) {
        if (!(error instanceof HashingBusy)) throw error;
        // No turn: nothing was counted or checked.
        c.header('Retry-After', '5');
        return problem(c, 503, 'busy', error.message);
      }
      if (attempt.retryAt !== undefined) return tooMany(Date.parse(attempt.retryAt));
      const { account, matches } = attempt;
      if (!account || account.disabled || !matches) {
        return problem(c, 401, 'badCredentials', 'wrong name or password');
      }
      await accounts.releaseSignInAttempt(attempt.ids);
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
      const display = await accounts.displayByToken(await auth.sha256(parsed.data.token));
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
