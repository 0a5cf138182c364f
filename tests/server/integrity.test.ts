// Integrity you can see (issue 25, findings 8 and 16): a new data folder has page checksums; at
// start each table is counted against the count the database keeps with every write, and damage
// is named (a zeroed page of the indicators: 5 indicators were silently gone); /readyz says not
// ready, naming it, and also while the disk refuses writes; a folder that cannot be opened, or a
// write the disk refused, is reported by its cause.
import { closeSync, mkdtempSync, openSync, readdirSync, symlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { StorageFailure, type Store } from '@/api/store';
import { openDatabase } from '@/server/store/database';
import { checkIntegrity, readiness } from '@/server/store/integrity';
import { seedIfEmpty } from '@/server/store/seed';
import { sqlStore } from '@/server/store/sql-store';
import { classifyStorageFailure, probeWritable, storageError } from '@/server/store/storage-errors';
import { DEMO_PASSWORD } from '@mocks/accounts-db';
import { sqlAccountsStore } from '@/server/store/sql-accounts-store';
import { addDemoAccounts, serverAppOn } from './harness';

const PAGE = 8192;

/** A seeded data folder, and the file holding the indicators table's first page. */
async function seededFolder(): Promise<{ dataDir: string; indicatorsFile: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'npf-integrity-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await seedIfEmpty(database.db);
    const path = await sql<{
      path: string;
    }>`select pg_relation_filepath('indicators') as path`.execute(database.db);
    return { dataDir, indicatorsFile: join(dataDir, path.rows[0]!.path) };
  } finally {
    await database.close();
  }
}

function overwritePage(file: string, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, PAGE, 0);
  } finally {
    closeSync(fd);
  }
}

describe('a new data folder', () => {
  it('has page checksums', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'npf-checksums-'));
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const shown = await sql<{ data_checksums: string }>`show data_checksums`.execute(database.db);
      expect(shown.rows[0]?.data_checksums).toBe('on');
    } finally {
      await database.close();
    }
  });
});

describe('the start-up check', () => {
  it('finds nothing wrong with a sound database', { timeout: 120_000 }, async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await seedIfEmpty(database.db);
      expect((await checkIntegrity(database.db)).damage).toEqual([]);
      // Writes, deletes and truncation keep the counts.
      await sql`delete from follows`.execute(database.db);
      await sql`insert into follows (username, kind, target_id) values ('a', 'thrust', 'T1'), ('a', 'thrust', 'T2')`.execute(
        database.db,
      );
      await sql`truncate sessions, inbox_items`.execute(database.db);
      expect((await checkIntegrity(database.db)).damage).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it(
    'names a table that lost rows to a zeroed page, and /readyz says so (503)',
    { timeout: 180_000 },
    async () => {
      const { dataDir, indicatorsFile } = await seededFolder();
      overwritePage(indicatorsFile, Buffer.alloc(PAGE));
      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        // The zeroed page passes as an empty one: only the counts tell.
        const report = await checkIntegrity(database.db);
        expect(report.damage).toHaveLength(1);
        expect(report.damage[0]).toMatch(/^indicators: \d+ rows readable, 64 expected$/);
        const app = serverAppOn(database, {
          ready: readiness(database.db, dataDir, report.damage),
        });
        const res = await app.request('http://localhost/readyz');
        expect(res.status).toBe(503);
        expect(((await res.json()) as { reason: string }).reason).toMatch(
          /the database is damaged: indicators: \d+ rows readable, 64 expected/,
        );
      } finally {
        await database.close();
      }
    },
  );

  it('names a table a page of which fails its checksum', { timeout: 180_000 }, async () => {
    const { dataDir, indicatorsFile } = await seededFolder();
    overwritePage(indicatorsFile, randomBytes(PAGE));
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const report = await checkIntegrity(database.db);
      expect(report.damage.join('\n')).toMatch(/^indicators: cannot be read \(.*invalid page/m);
    } finally {
      await database.close();
    }
  });
});

describe('a disk that refuses writes', () => {
  it('makes /readyz say not ready, naming a full disk', { timeout: 120_000 }, async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    const dataDir = mkdtempSync(join(tmpdir(), 'npf-full-'));
    try {
      const ready = readiness(database.db, dataDir, []);
      expect(await ready()).toBe(true);
      // Every write to the probe now fails as on a full disk (/dev/full answers ENOSPC).
      symlinkSync('/dev/full', join(dataDir, '.write-probe'));
      const app = serverAppOn(database, { ready });
      const res = await app.request('http://localhost/readyz');
      expect(res.status).toBe(503);
      expect(((await res.json()) as { reason: string }).reason).toMatch(
        /the disk holding .* is full/,
      );
    } finally {
      await database.close();
    }
  });

  it(
    'names the cause of a write it refused (507), not "internal"',
    { timeout: 120_000 },
    async () => {
      const database = await openDatabase({ kind: 'pglite', dataDir: null });
      try {
        await seedIfEmpty(database.db);
        await addDemoAccounts(sqlAccountsStore(database.db));
        const real = sqlStore(database.db);
        const full: Store = {
          ...real,
          transact: () =>
            Promise.reject(
              Object.assign(
                new Error('could not extend file "base/5/16400": No space left on device'),
                {
                  code: '53100',
                },
              ),
            ),
        };
        const app = serverAppOn(database, {
          store: full,
          storageFailure: (error) => {
            const problem = classifyStorageFailure(error, null);
            return problem ? new StorageFailure(problem.message) : null;
          },
        });
        const signIn = await app.request('http://localhost/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
        });
        const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
        const res = await app.request('http://localhost/api/indicators/key-labs/observations', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'If-Match': '"1"', Cookie: cookie },
          body: JSON.stringify({
            author: '王分析',
            observation: {
              date: '2026-10-31',
              value: 31,
              qualifier: 'exact',
              provenance: { kind: 'illustrative' },
            },
          }),
        });
        expect(res.status).toBe(507);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('storageFailed');
        expect(body.error.message).toMatch(/the disk holding the database is full/);
      } finally {
        await database.close();
      }
    },
  );
});

describe('a folder that cannot be opened', () => {
  it(
    'is reported by its cause: a damaged database, with what the database said',
    {
      timeout: 180_000,
    },
    async () => {
      const { dataDir } = await seededFolder();
      // The write-ahead log zeroed: no checkpoint to start from.
      for (const name of readdirSync(join(dataDir, 'pg_wal'))) {
        if (/^[0-9A-F]{24}$/.test(name))
          overwritePage(join(dataDir, 'pg_wal', name), Buffer.alloc(PAGE));
      }
      const opened = openDatabase({ kind: 'pglite', dataDir });
      await expect(opened).rejects.toThrow(/the database in .* is damaged: it could not be opened/);
      await expect(opened).rejects.not.toThrow(/unknown error/);
    },
  );

  it('names a full disk as the cause rather than what the database said', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'npf-full-start-'));
    symlinkSync('/dev/full', join(dataDir, '.write-probe'));
    const error = storageError(dataDir, new Error('Aborted()'));
    expect(error.message).toMatch(/the disk holding .* is full/);
    // The probe leaves nothing behind (here: the stand-in for a full disk is gone).
    expect(probeWritable(dataDir)).toBeNull();
  });

  it('reads the storage causes PostgreSQL names', () => {
    const cause = (code: string, message: string) =>
      classifyStorageFailure(Object.assign(new Error(message), { code }), null)?.storageCause;
    expect(cause('53100', 'could not extend file')).toBe('full');
    expect(cause('25006', 'cannot execute INSERT in a read-only transaction')).toBe('readOnly');
    expect(cause('58030', 'could not write to file')).toBe('ioError');
    expect(cause('23505', 'duplicate key')).toBeUndefined();
  });
});
