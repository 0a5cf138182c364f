// `npm run users -- …` (see users-command.ts), on the database the environment names (DATABASE_URL,
// or PGlite in DATA_DIR). While the server runs on DATA_DIR the command is carried out by the
// server (data-dir-lock.ts); otherwise this process opens the folder and holds it meanwhile.
import { loadConfig } from '../config';
import { scryptPasswords } from '../passwords';
import { sqlAccountsStore } from '../store/sql-accounts-store';
import { usersCommand } from './users-command';
import { onDatabase } from './on-database';
import { runCli } from './run';

/** All of standard input: a password piped in, or typed and ended with Ctrl-D. */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (then Enter and Ctrl-D): ');
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** The commands that read a password: it is read here, before the work goes anywhere. */
const WITH_PASSWORD = new Set(['add', 'reset']);

runCli(async (args) => {
  const password = WITH_PASSWORD.has(args[0] ?? '') ? await readStdin() : undefined;
  return onDatabase(
    loadConfig().database,
    'npm run users',
    { command: 'users', args, ...(password !== undefined ? { password } : {}) },
    {
      online: (reply) => reply.output ?? '',
      offline: async (database) => {
        const departments = await database.db.selectFrom('departments').select('id').execute();
        if (departments.length === 0) {
          throw new Error('the database holds no data yet: start the server once to create it');
        }
        return usersCommand(args, {
          accounts: sqlAccountsStore(database.db),
          passwords: scryptPasswords,
          departments: departments.map((d) => d.id),
          readPassword: () => Promise.resolve(password ?? ''),
          now: new Date(),
        });
      },
    },
  );
});
