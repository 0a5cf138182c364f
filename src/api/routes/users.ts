// Admins manage accounts: list (with whether sign-in refuses each now), create (with a password),
// change role, departments and name, disable or enable, reset a password, end an account's
// sessions, and clear its failed sign-ins (an unlock). There is always at least one
// admin who can sign in: the last one cannot be disabled or made something else.
import { Hono, type Context } from 'hono';
import { accountChangeSchema, newAccountSchema, type Account, type Role } from '@/domain/accounts';
import type { AccountChanges, StoredAccount } from '../accounts-store';
import type { ApiContext } from '../app';
import { refuse, type AuthEnv } from '../auth';
import { jsonBody, problem, quoteId } from '../respond';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ACCOUNT_ANYWHERE, THROTTLE_WINDOW_MS } from './session';

/** What an admin sees of an account: never its password's hash. */
function publicAccount(stored: StoredAccount): Account {
  const { username, displayName, role, departments, disabled, createdAt, lastSignInAt } = stored;
  return { username, displayName, role, departments, disabled, createdAt, lastSignInAt };
}

export function userRoutes(api: ApiContext) {
  const { auth } = api;
  const { accounts, passwords } = auth.options;

  /** Why these departments cannot be an account's, or null. */
  async function departmentProblem(role: Role, departments: readonly string[]) {
    if (role !== 'editor') return null;
    if (departments.length === 0) return 'an editor needs at least one department';
    const known = new Set((await api.store.departments()).map((d) => d.id));
    const unknown = departments.filter((d) => !known.has(d));
    return unknown.length > 0 ? `no such department: ${unknown.map(quoteId).join(', ')}` : null;
  }

  const adminsLeft = async (except: string) =>
    (await accounts.accounts()).filter(
      (a) => a.role === 'admin' && !a.disabled && a.username !== except,
    ).length;

  /** The accounts sign-in refuses now, from some address or from everywhere. */
  async function lockedAccounts(): Promise<Set<string>> {
    const since = new Date(api.now().getTime() - THROTTLE_WINDOW_MS).toISOString();
    const locked = new Set<string>();
    for (const [key, count] of await accounts.signInFailureCounts('account:', since)) {
      const [username = '', address] = key.slice('account:'.length).split('@');
      if (count >= (address === undefined ? FAILURES_PER_ACCOUNT_ANYWHERE : FAILURES_PER_ACCOUNT))
        locked.add(username);
    }
    return locked;
  }

  const guard = (c: Context<AuthEnv>) => refuse(c, { kind: 'manageAccounts' });

  return new Hono<AuthEnv>()
    .get('/users', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const locked = await lockedAccounts();
      return c.json({
        items: (await accounts.accounts()).map((a) => ({
          ...publicAccount(a),
          signInLocked: locked.has(a.username),
        })),
      });
    })
    .post('/users', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const body = await jsonBody(c);
      if (body === undefined) return problem(c, 400, 'badRequest', 'the body must be JSON');
      const parsed = newAccountSchema.safeParse(body);
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
        return problem(
          c,
          422,
          'invalidAccount',
          `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        );
      }
      const input = parsed.data;
      const departments = input.role === 'editor' ? [...new Set(input.departments)] : [];
      const bad = await departmentProblem(input.role, departments);
      if (bad) return problem(c, 422, 'invalidAccount', bad);
      const account: StoredAccount = {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        departments,
        disabled: false,
        createdAt: api.now().toISOString(),
        lastSignInAt: null,
        passwordHash: await passwords.hash(input.password),
      };
      if (!(await accounts.createAccount(account))) {
        return problem(c, 409, 'usernameTaken', `the name ${quoteId(input.username)} is taken`);
      }
      return c.json(publicAccount(account), 201);
    })
    .patch('/users/:username', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const username = c.req.param('username').toLowerCase();
      const current = await accounts.account(username);
      if (!current) return problem(c, 404, 'notFound', `no account ${quoteId(username)}`);
      const body = await jsonBody(c);
      if (body === undefined) return problem(c, 400, 'badRequest', 'the body must be JSON');
      const parsed = accountChangeSchema.safeParse(body);
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
        return problem(
          c,
          422,
          'invalidAccount',
          `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        );
      }
      const change = parsed.data;
      const role = change.role ?? current.role;
      const departments =
        role === 'editor' ? [...new Set(change.departments ?? current.departments)] : [];
      const bad = await departmentProblem(role, departments);
      if (bad) return problem(c, 422, 'invalidAccount', bad);
      const stopsBeingAdmin =
        current.role === 'admin' &&
        !current.disabled &&
        (role !== 'admin' || change.disabled === true);
      if (stopsBeingAdmin && (await adminsLeft(current.username)) === 0) {
        return problem(
          c,
          409,
          'lastAdmin',
          'this is the last admin who can sign in; make another admin first',
        );
      }
      const changes: AccountChanges = { role, departments };
      if (change.displayName !== undefined) changes.displayName = change.displayName;
      if (change.disabled !== undefined) changes.disabled = change.disabled;
      if (change.password !== undefined)
        changes.passwordHash = await passwords.hash(change.password);
      const updated = await accounts.updateAccount(username, changes);
      if (!updated) return problem(c, 404, 'notFound', `no account ${quoteId(username)}`);
      // A new password or a disabled account ends every session; any change is seen at once.
      if (change.password !== undefined || change.disabled === true) {
        await accounts.deleteSessionsOf('user', username);
      }
      auth.forget();
      return c.json(publicAccount(updated));
    })
    .delete('/users/:username/sign-in-failures', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const username = c.req.param('username').toLowerCase();
      if (!(await accounts.account(username))) {
        return problem(c, 404, 'notFound', `no account ${quoteId(username)}`);
      }
      await accounts.clearSignInFailures(username);
      auth.forget();
      return c.body(null, 204);
    })
    .delete('/users/:username/sessions', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const username = c.req.param('username').toLowerCase();
      if (!(await accounts.account(username))) {
        return problem(c, 404, 'notFound', `no account ${quoteId(username)}`);
      }
      await accounts.deleteSessionsOf('user', username);
      auth.forget();
      return c.body(null, 204);
    });
}
