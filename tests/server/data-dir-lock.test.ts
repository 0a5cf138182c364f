// One owner of the data folder (issue 25, finding 1): a second opener of a PGlite folder is
// refused, naming the owner; the owner's socket is both the lock and the CLIs' channel; and an
// owner killed with SIGKILL leaves nothing that blocks the next one.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scryptPasswords } from '@/server/passwords';
import { serverControl, SERVER_OWNER } from '@/server/control';
import { openDatabase } from '@/server/store/database';
import { askOwner, CONTROL_SOCKET, DataDirInUse, holdDataDir } from '@/server/store/data-dir-lock';
import { parseBackup } from '@/server/store/backup';
import { seedIfEmpty } from '@/server/store/seed';

const folder = () => mkdtempSync(join(tmpdir(), 'npf-lock-'));

describe('the data folder', () => {
  it(
    'is opened by one process at a time: a second opener is refused, naming the first',
    { timeout: 120_000 },
    async () => {
      const dataDir = folder();
      const first = await openDatabase({ kind: 'pglite', dataDir }, 'the test’s first opener');
      try {
        expect(statSync(join(dataDir, CONTROL_SOCKET)).mode & 0o777).toBe(0o600);
        const second = openDatabase({ kind: 'pglite', dataDir }, 'a second opener');
        await expect(second).rejects.toBeInstanceOf(DataDirInUse);
        await expect(second).rejects.toThrow(
          /in use by the test’s first opener \(pid \d+\): one process at a time may open it/,
        );
      } finally {
        await first.close();
      }
      // Closed, the folder is free again, and its socket is gone.
      expect(existsSync(join(dataDir, CONTROL_SOCKET))).toBe(false);
      const again = await openDatabase({ kind: 'pglite', dataDir });
      await again.close();
    },
  );

  it('is free again after its owner was killed with SIGKILL', { timeout: 60_000 }, async () => {
    const dataDir = folder();
    // Another process holds the folder, then dies without a word.
    const script = `
      const { holdDataDir } = await import(${JSON.stringify(new URL('../../src/server/store/data-dir-lock.ts', import.meta.url).href)});
      await holdDataDir(process.argv[1], 'a process about to be killed');
      process.stdout.write('held\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, dataDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await expect(holdDataDir(dataDir, 'the next owner')).rejects.toThrow(
      /in use by a process about to be killed/,
    );
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // Its socket file is still there, but nobody answers on it.
    expect(existsSync(join(dataDir, CONTROL_SOCKET))).toBe(true);
    const hold = await holdDataDir(dataDir, 'the next owner');
    expect(await askOwner(dataDir, { command: 'who' })).toMatchObject({
      ok: true,
      owner: 'the next owner',
      pid: process.pid,
    });
    await hold.release();
  });

  it('carries the CLI tools’ requests to the server holding it', { timeout: 120_000 }, async () => {
    const dataDir = folder();
    const database = await openDatabase({ kind: 'pglite', dataDir }, SERVER_OWNER);
    try {
      await seedIfEmpty(database.db);
      database.hold?.serve(serverControl(database.db, scryptPasswords));
      const exported = await askOwner(dataDir, { command: 'export' });
      expect(exported).toMatchObject({ ok: true, owner: SERVER_OWNER });
      const backup = parseBackup(exported?.ok ? exported.data : null);
      expect(backup.indicators).toHaveLength(64);
      const added = await askOwner(dataDir, {
        command: 'users',
        args: ['add', 'night.shift', '--role', 'viewer'],
        password: 'a-long-enough-password\n',
      });
      expect(added).toMatchObject({ ok: true, output: 'added night.shift (viewer)' });
      expect(await askOwner(dataDir, { command: 'import' })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/a restore goes into an empty database/) as unknown,
      });
      const accounts = await database.db.selectFrom('accounts').select('username').execute();
      expect(accounts.map((a) => a.username)).toContain('night.shift');
    } finally {
      await database.close();
    }
  });
});
