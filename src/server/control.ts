// What the server does for the CLI tools while it holds the data folder (data-dir-lock.ts): a
// backup read in its own database session, in one repeatable-read transaction, and the account
// commands of `npm run users`, with the same rules as offline (a disabled account's sessions end
// at once; a session this server has just checked may be trusted for up to 5 s more). A restore is refused: it goes into
// an empty database, which a running server's is not.
import type { Kysely } from 'kysely';
import type { PasswordHasher } from '@/api/auth';
import { usersCommand } from './cli/users-command';
import type { ControlHandler } from './store/data-dir-lock';
import { exportBackup } from './store/backup';
import type { Database } from './store/schema';
import { sqlAccountsStore } from './store/sql-accounts-store';

export const SERVER_OWNER = 'the running server (npm start)';

export function serverControl(db: Kysely<Database>, passwords: PasswordHasher): ControlHandler {
  const reply = { owner: SERVER_OWNER, pid: process.pid };
  return async (request) => {
    switch (request.command) {
      case 'export':
        return { ok: true, ...reply, data: await exportBackup(db) };
      case 'users': {
        const departments = await db.selectFrom('departments').select('id').execute();
        const output = await usersCommand(request.args ?? [], {
          accounts: sqlAccountsStore(db),
          passwords,
          departments: departments.map((d) => d.id),
          readPassword: () => Promise.resolve(request.password ?? ''),
          now: new Date(),
        });
        return { ok: true, ...reply, output };
      }
      case 'import':
        return {
          ok: false,
          ...reply,
          error:
            'a restore goes into an empty database: stop the server, then run npm run db:import with a new DATA_DIR',
        };
      default:
        return { ok: false, ...reply, error: `unknown command ${request.command as string}` };
    }
  };
}
