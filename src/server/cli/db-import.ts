// `npm run db:import -- FILE`: restores a backup written by db:export into an empty database (the
// one the environment names), in one transaction: all of it or nothing.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { importBackup, parseBackup } from '../store/backup';
import { openDatabase } from '../store/database';
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
  const database = await openDatabase(loadConfig().database);
  try {
    await importBackup(database.db, backup);
    return `restored ${backup.indicators.length} indicators and ${backup.audit.length} audit entries into ${database.where}`;
  } finally {
    await database.close();
  }
});
