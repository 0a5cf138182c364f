// The first admin, made on the first start when there is no account yet: from ADMIN_USER and
// ADMIN_PASSWORD, or `admin` with a random password that is printed once, so a newcomer's
// `npm ci && npm start` leads straight to a working sign-in.
import { randomBytes } from 'node:crypto';
import type { AccountsStore } from '@/api/accounts-store';
import type { PasswordHasher } from '@/api/auth';

export async function ensureFirstAdmin(
  accounts: AccountsStore,
  passwords: PasswordHasher,
  first: { username: string; password: string | null },
  now: Date,
  print: (text: string) => void,
): Promise<'exists' | 'made'> {
  if ((await accounts.accounts()).length > 0) return 'exists';
  const password = first.password ?? randomBytes(15).toString('base64url');
  const made = await accounts.createAccount({
    username: first.username,
    displayName: first.username,
    role: 'admin',
    departments: [],
    disabled: false,
    createdAt: now.toISOString(),
    lastSignInAt: null,
    passwordHash: await passwords.hash(password),
  });
  // Another instance starting at the same time made it first: its password is the one.
  if (!made) return 'exists';
  if (first.password === null) {
    print(
      [
        '',
        '  First start: an admin account was made. Sign in with',
        `    name:     ${first.username}`,
        `    password: ${password}`,
        '  This password is shown once. Change it, or add accounts, under 管理 › 账户 / Admin › Accounts,',
        '  or with `npm run users`.',
        '',
      ].join('\n'),
    );
  }
  return 'made';
}
