// Versioned migrations, applied in order at start-up (and by the tests): numbered files in
// ./migrations, listed here so a build or a bundler cannot miss one.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema';
import * as initial from './migrations/0001-initial';
import * as accounts from './migrations/0002-accounts';
import * as changeEvents from './migrations/0003-change-events';
import * as alerts from './migrations/0004-alerts';
import * as rowCounts from './migrations/0005-row-counts';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-accounts': accounts,
  '0003-change-events': changeEvents,
  '0004-alerts': alerts,
  '0005-row-counts': rowCounts,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema up to date; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Migrations written side by side (e.g. 0002 and 0003) may land in either order: a database that
  // already has the later one still gets the earlier one. Each is written to stand alone.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason =
      error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${reason}`);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
