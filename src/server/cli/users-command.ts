// `npm run users -- …`: accounts from the command line, on the database the environment names.
//   add NAME --role viewer|editor|admin [--dept ID]… [--display-name TEXT]   (password on stdin)
//   list
//   disable NAME | enable NAME
//   reset NAME                                                             (password on stdin)
//   unlock NAME                    (forgets the account's failed sign-ins, from every address)
// The same rules as the admin pages: a known department for an editor, a password of at least
// 10 characters, and never the last admin disabled. A new password or a disabled account ends
// the account's sessions.
import {
  displayNameSchema,
  passwordSchema,
  roleSchema,
  usernameSchema,
  type Role,
} from '@/domain/accounts';
import type { AccountsStore } from '@/api/accounts-store';
import type { PasswordHasher } from '@/api/auth';

export interface UsersCommandContext {
  accounts: AccountsStore;
  passwords: PasswordHasher;
  /** The department ids of the data set. */
  departments: readonly string[];
  /** The password, read from standard input when the command needs one. */
  readPassword: () => Promise<string>;
  now: Date;
}

export const USAGE = `usage:
  npm run users -- add NAME --role viewer|editor|admin [--dept ID]... [--display-name TEXT]
  npm run users -- list
  npm run users -- disable NAME
  npm run users -- enable NAME
  npm run users -- reset NAME
  npm run users -- unlock NAME
(add and reset read the password from standard input)`;

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
    this.name = 'UsageError';
  }
}

function options(args: readonly string[]) {
  const positional: string[] = [];
  const departments: string[] = [];
  let role: string | undefined;
  let displayName: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const value = () => {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--role') role = value();
    else if (arg === '--dept') departments.push(value());
    else if (arg === '--display-name') displayName = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { positional, departments, role, displayName };
}

async function password(ctx: UsersCommandContext): Promise<string> {
  const parsed = passwordSchema.safeParse((await ctx.readPassword()).replace(/\r?\n$/, ''));
  if (!parsed.success) throw new Error('the password must be 10 to 200 characters');
  return parsed.data;
}

export async function usersCommand(
  args: readonly string[],
  ctx: UsersCommandContext,
): Promise<string> {
  const [command, ...rest] = args;
  const { positional, departments, role, displayName } = options(rest);
  const name = () => {
    const parsed = usernameSchema.safeParse(positional[0] ?? '');
    if (!parsed.success) throw new UsageError('NAME: 2–40 of a-z 0-9 . _ -');
    return parsed.data;
  };
  const existing = async () => {
    const username = name();
    const account = await ctx.accounts.account(username);
    if (!account) throw new Error(`no account ${username}`);
    return account;
  };
  switch (command) {
    case 'list': {
      const rows = (await ctx.accounts.accounts()).map((a) =>
        [
          a.username,
          a.role,
          a.departments.join(',') || '-',
          a.disabled ? 'disabled' : 'active',
          a.lastSignInAt ?? 'never signed in',
          a.displayName,
        ].join('\t'),
      );
      return ['name\trole\tdepartments\tstate\tlast sign-in\tdisplay name', ...rows].join('\n');
    }
    case 'add': {
      const username = name();
      const parsedRole = roleSchema.safeParse(role);
      if (!parsedRole.success) throw new UsageError('--role must be viewer, editor or admin');
      const chosen: Role = parsedRole.data;
      const unknown = departments.filter((d) => !ctx.departments.includes(d));
      if (unknown.length > 0) {
        throw new Error(
          `no such department: ${unknown.join(', ')} (known: ${ctx.departments.join(', ')})`,
        );
      }
      if (chosen === 'editor' && departments.length === 0) {
        throw new UsageError('an editor needs at least one --dept');
      }
      const shown = displayNameSchema.safeParse(displayName ?? username);
      if (!shown.success) throw new UsageError('--display-name: 1–80 characters');
      const made = await ctx.accounts.createAccount({
        username,
        displayName: shown.data,
        role: chosen,
        departments: chosen === 'editor' ? [...new Set(departments)] : [],
        disabled: false,
        createdAt: ctx.now.toISOString(),
        lastSignInAt: null,
        passwordHash: await ctx.passwords.hash(await password(ctx)),
      });
      if (!made) throw new Error(`the name ${username} is taken`);
      return `added ${username} (${chosen}${chosen === 'editor' ? `: ${departments.join(', ')}` : ''})`;
    }
    case 'disable': {
      const account = await existing();
      if (account.role === 'admin' && !account.disabled) {
        const admins = (await ctx.accounts.accounts()).filter(
          (a) => a.role === 'admin' && !a.disabled && a.username !== account.username,
        );
        if (admins.length === 0)
          throw new Error('this is the last admin who can sign in; add another admin first');
      }
      await ctx.accounts.updateAccount(account.username, { disabled: true });
      await ctx.accounts.deleteSessionsOf('user', account.username);
      return `disabled ${account.username}; their sessions have ended`;
    }
    case 'enable': {
      const account = await existing();
      await ctx.accounts.updateAccount(account.username, { disabled: false });
      return `enabled ${account.username}`;
    }
    case 'reset': {
      const account = await existing();
      await ctx.accounts.updateAccount(account.username, {
        passwordHash: await ctx.passwords.hash(await password(ctx)),
      });
      await ctx.accounts.deleteSessionsOf('user', account.username);
      return `new password set for ${account.username}; their sessions have ended`;
    }
    case 'unlock': {
      const account = await existing();
      await ctx.accounts.clearSignInFailures(account.username);
      return `cleared the failed sign-ins of ${account.username}; they can sign in now`;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'name a command');
  }
}
