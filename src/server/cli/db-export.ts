// `npm run db:export -- FILE`: writes every table of users' work, audit trail included, to FILE
// as JSON (readable by its owner only), from the database the environment names (DATABASE_URL,
// or PGlite in DATA_DIR). While the server runs on DATA_DIR, the server reads the backup, from one
// consistent snapshot; otherwise this process opens the folder (and holds it meanwhile).
import { loadConfig } from '../config';
import { exportBackup, parseBackup, writeBackupFile } from '../store/backup';
import { onDatabase } from './on-database';
import { runCli } from './run';

runCli(async ([file]) => {
  if (!file) throw new Error('usage: npm run db:export -- FILE');
  const { database } = loadConfig();
  const { backup, where } = await onDatabase(
    database,
    'npm run db:export',
    { command: 'export' },
    {
      online: (reply) => ({
        backup: parseBackup(reply.data),
        where: `${database.kind === 'pglite' ? database.dataDir : ''}, through ${reply.owner} (pid ${reply.pid})`,
      }),
      offline: async (opened) => ({ backup: await exportBackup(opened.db), where: opened.where }),
    },
  );
  writeBackupFile(file, backup);
  return `exported ${backup.indicators.length} indicators and ${backup.audit.length} audit entries from ${where} to ${file}`;
});
