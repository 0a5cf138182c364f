// `npm run db:export -- FILE`: writes every table, audit trail included, to FILE as JSON, from the
// database the environment names (DATABASE_URL, or PGlite in DATA_DIR).
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase } from '../store/database';
import { exportBackup } from '../store/backup';
import { runCli } from './run';

runCli(async ([file]) => {
  if (!file) throw new Error('usage: npm run db:export -- FILE');
  const database = await openDatabase(loadConfig().database);
  try {
    const backup = await exportBackup(database.db);
    writeFileSync(file, `${JSON.stringify(backup, null, 1)}\n`);
    return `exported ${backup.indicators.length} indicators and ${backup.audit.length} audit entries from ${database.where} to ${file}`;
  } finally {
    await database.close();
  }
});
