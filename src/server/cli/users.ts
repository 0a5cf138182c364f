// `npm run users -- …` (see users-command.ts), on the database the environment names
// (DATABASE_URL, or PGlite in DATA_DIR: stop the server first, PGlite opens in one process).
import { loadConfig } from '../config';
import { scryptPasswords } from '../passwords';
import { openDatabase } from '../store/database';
import { sqlAccountsStore } from '../store/sql-accounts-store';
import { usersCommand } from './users-command';
import { runCli } from './run';

/** All of standard input: a password piped in, or typed and ended with Ctrl-D. */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (then Enter and Ctrl-D): ');
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

runCli(async (args) => {
  const database = await openDatabase(loadConfig().database);
  try {
    const departments = await database.db.selectFrom('departments').select('id').execute();
    if (departments.length === 0) {
      throw new Error('the database holds no data yet: start the server once to create it');
    }
    return await usersCommand(args, {
      accounts: sqlAccountsStore(database.db),
      passwords: scryptPasswords,
      departments: departments.map((d) => d.id),
      readPassword: readStdin,
      now: new Date(),
    });
  } finally {
    await database.close();
  }
});
