// Backup and restore: every table of users' work, audit trail included, as one JSON document,
// read in one repeatable-read transaction (one consistent snapshot). A restore goes into an empty
// database in one transaction, each document checked with the domain's schemas and each copied
// row against its table's columns. What is left out, and why: LEFT_OUT in backup-tables.ts.
import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { z } from '@/domain/zod';
import { auditEntrySchema } from '@/domain/audit';
import { departmentSchema, indicatorSchema, programmeSchema, thrustSchema } from '@/domain/schemas';
import { accountSchema, displaySchema } from '@/domain/accounts';
import { writeDataSet } from './data-set';
import { sqlAccountsStore } from './sql-accounts-store';
import type { Database } from './schema';
import { exportRows, importRows, ROW_TABLES } from './backup-tables';

export const BACKUP_FORMAT = 'npf-tracker-backup';

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  /** 1: before follows, settings, inboxes, alerts and webhooks were kept (still restored). */
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string(),
  revision: z.number(),
  programme: programmeSchema,
  thrusts: z.array(thrustSchema),
  departments: z.array(departmentSchema),
  /** In the data set's order, each with its version. */
  indicators: z.array(indicatorSchema),
  /** Oldest first, each with the version it produced. */
  audit: z.array(auditEntrySchema),
  /** Accounts with their password hashes, and paired screens with their token hashes (not sessions). */
  accounts: z.optional(z.array(z.extend(accountSchema, { passwordHash: z.string() }))),
  displays: z.optional(z.array(z.extend(displaySchema, { tokenHash: z.string() }))),
  /** The tables copied row by row (backup-tables.ts), each row as the database had it. */
  tables: z.optional(
    z.partialRecord(z.enum(ROW_TABLES), z.array(z.record(z.string(), z.unknown()))),
  ),
});
export type Backup = z.infer<typeof backupSchema>;

export async function exportBackup(db: Kysely<Database>, now = new Date()): Promise<Backup> {
  // One snapshot for every table: writes committed while it reads are in none of it.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const programme = await trx.selectFrom('programme').select('data').executeTakeFirst();
      if (!programme) {
        throw new RestoreError(
          'the database holds no data yet: start the server once to create it',
        );
      }
      const docs = async (table: 'thrusts' | 'departments') =>
        (await trx.selectFrom(table).select('data').orderBy('position').execute()).map(
          (r) => r.data,
        );
      const indicators = await trx
        .selectFrom('indicators')
        .select(['data', 'version'])
        .orderBy('position')
        .execute();
      const audit = await trx
        .selectFrom('audit_entries')
        .select(['entry', 'version'])
        .orderBy('seq')
        .execute();
      const revision = await trx
        .selectFrom('counters')
        .select('value')
        .where('name', '=', 'revision')
        .executeTakeFirstOrThrow();
      // Parsed on the way out too: a backup that cannot be restored is no backup.
      return backupSchema.parse({
        format: BACKUP_FORMAT,
        version: 2,
        exportedAt: now.toISOString(),
        revision: Number(revision.value),
        programme: programme.data,
        thrusts: await docs('thrusts'),
        departments: await docs('departments'),
        indicators: indicators.map((r) => ({ ...r.data, version: r.version })),
        audit: audit.map((r) => ({ ...r.entry, version: r.version })),
        accounts: await sqlAccountsStore(trx).accounts(),
        displays: await sqlAccountsStore(trx).displays(),
        tables: await exportRows(trx),
      });
    });
}

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

/** Checks a backup file's content; throws a RestoreError that says what is wrong. */
export function parseBackup(json: unknown): Backup {
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
      .join('; ');
    throw new RestoreError(`not a backup of this tracker, or damaged: ${first}`);
  }
  return parsed.data;
}

/** Restores a backup into an empty (migrated, unseeded) database, all or nothing. */
export async function importBackup(db: Kysely<Database>, backup: Backup): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('programme').select('id').executeTakeFirst();
    if (existing) {
      throw new RestoreError(
        'the database already holds data; restore into an empty database (a new DATA_DIR or database)',
      );
    }
    await writeDataSet(trx, backup);
    const accounts = sqlAccountsStore(trx);
    for (const account of backup.accounts ?? []) await accounts.createAccount(account);
    for (const display of backup.displays ?? []) await accounts.createDisplay(display);
    await importRows(trx, backup.tables ?? {}, (m) => new RestoreError(m));
  });
}

/**
 * Writes a backup to `file`, readable and writable by its owner only (0600): it holds password
 * hashes, webhook secrets and email addresses. An existing file is narrowed before it is written.
 */
export function writeBackupFile(file: string, backup: Backup): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, `${JSON.stringify(backup, null, 1)}\n`);
  } finally {
    closeSync(fd);
  }
}
