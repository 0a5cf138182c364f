// `npm run db:import -- FILE`: restores a backup written by db:export into an empty database (the
// one the environment names), in one transaction: all of it or nothing. A server running on
// DATA_DIR refuses it (its database is not empty): stop it, and restore into a new DATA_DIR.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { importBackup, parseBackup } from '../store/backup';
import { onDatabase } from './on-database';
import { runCli } from './run';

runCli(async ([file]) => {
  if (!file) throw new Error('usage: npm run db:import -- FILE');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not readable JSON: ${error instanceof Error ? error.message : ''}`);
  }
  const backup = parseBackup(json);
  return onDatabase(
    loadConfig().database,
    'npm run db:import',
    { command: 'import' },
    {
      online: () => {
        throw new Error('the server holding the data folder did not refuse the restore');
      },
      offline: async (opened) => {
        await importBackup(opened.db, backup);
        return `restored ${backup.indicators.length} indicators and ${backup.audit.length} audit entries into ${opened.where}`;
      },
    },
  );
});
