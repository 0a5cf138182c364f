// `npm run users`: accounts from the command line, with the admin pages' rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersCommand, type UsersCommandContext } from '@/server/cli/users-command';
import { sqlAccountsStore } from '@/server/store/sql-accounts-store';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let ctx: UsersCommandContext;
let typed = '';

beforeAll(async () => {
  server = await startTestServer();
  ctx = {
    accounts: sqlAccountsStore(server.database.db),
    passwords: {
      hash: (p) => Promise.resolve(`plain$${p}`),
      verify: (p, h) => Promise.resolve(h === `plain$${p}`),
    },
    departments: ['finance', 'sti-bureau'],
    readPassword: () => Promise.resolve(typed),
    now: new Date('2026-12-01T01:00:00Z'),
  };
});
afterAll(async () => {
  await server.close();
});

const run = (line: string, password = '') => {
  typed = password;
  return usersCommand(line.split(' '), ctx);
};

describe('npm run users', () => {
  it('adds an editor with departments, reading the password from standard input', async () => {
    expect(await run('add wang --role editor --dept finance', 'a-long-password\n')).toBe(
      'added wang (editor: finance)',
    );
    const wang = await ctx.accounts.account('wang');
    expect(wang).toMatchObject({ role: 'editor', departments: ['finance'], disabled: false });
    // The trailing newline of a piped password is not part of it.
    expect(wang?.passwordHash).toBe('plain$a-long-password');
    expect(await run('list')).toMatch(/^wang\teditor\tfinance\tactive\tnever signed in\twang$/m);
  });

  it('refuses what the admin pages refuse, saying why', async () => {
    await expect(run('add li --role editor', 'a-long-password')).rejects.toThrow(
      /at least one --dept/,
    );
    await expect(run('add li --role editor --dept nowhere', 'a-long-password')).rejects.toThrow(
      /no such department: nowhere/,
    );
    await expect(run('add li --role boss', 'a-long-password')).rejects.toThrow(/--role must be/);
    await expect(run('add li --role viewer', 'short')).rejects.toThrow(/10 to 200 characters/);
    await expect(run('add wang --role viewer', 'a-long-password')).rejects.toThrow(/taken/);
    await expect(run('explode')).rejects.toThrow(/unknown command explode\nusage:/);
    expect(await ctx.accounts.account('li')).toBeNull();
  });

  it('disables (ending sessions), enables and resets; never the last admin', async () => {
    const cookie = await server.signIn('finance');
    expect(await run('disable finance')).toMatch(/disabled finance/);
    expect((await server.requestAs(cookie, '/api/programme')).status).toBe(401);
    expect(await run('enable finance')).toBe('enabled finance');
    const again = await server.signIn('finance');
    expect(await run('reset finance', 'another-long-password')).toMatch(/new password set/);
    expect((await server.requestAs(again, '/api/programme')).status).toBe(401);
    await expect(run('disable admin')).rejects.toThrow(/last admin/);
  });
});
