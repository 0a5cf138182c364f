// The embedded database in a data folder: created on the first open (initdb runs in a child
// process, whose memory goes with it), opened with the small buffer pool the server is sized for,
// and still there, migrated and with its rows, when the folder is opened again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/server/store/database';

const dir = mkdtempSync(join(tmpdir(), 'npf-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const setting = async (db: Awaited<ReturnType<typeof openDatabase>>['db'], name: string) =>
  (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(db)).rows[0]
    ?.value;

describe('PGlite in a data folder', () => {
  it(
    'is created, sized to 16 MB of shared buffers, and keeps its rows across opens',
    { timeout: 120_000 },
    async () => {
      const dataDir = join(dir, 'data');
      const first = await openDatabase({ kind: 'pglite', dataDir });
      try {
        expect(await setting(first.db, 'shared_buffers')).toBe('16MB');
        // The settings initdb wrote, which the written configuration keeps.
        expect(await setting(first.db, 'TimeZone')).toBe('UTC');
        expect(await setting(first.db, 'DateStyle')).toBe('ISO, MDY');
        await sql`create table kept (note text)`.execute(first.db);
        await sql`insert into kept values ('still here')`.execute(first.db);
      } finally {
        await first.close();
      }
      const again = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const rows = await sql<{ note: string }>`select note from kept`.execute(again.db);
        expect(rows.rows).toEqual([{ note: 'still here' }]);
        expect(await setting(again.db, 'shared_buffers')).toBe('16MB');
      } finally {
        await again.close();
      }
    },
  );
});
