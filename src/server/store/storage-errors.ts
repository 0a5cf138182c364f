// Storage failures by their cause. PGlite reports a folder it cannot write or read as little more
// than "Aborted()", and PostgreSQL by its message: so the data folder itself is asked (a small
// file written, flushed and removed), and the answer names what an operator must fix: a full
// disk, a read-only file system, a folder this user may not write, or (when the folder takes
// writes) a damaged database.
import { closeSync, existsSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type StorageCause = 'full' | 'readOnly' | 'noAccess' | 'damaged' | 'ioError';

/** A storage failure, its cause named in its message (and in `cause` for code). */
export class StorageProblem extends Error {
  constructor(
    readonly storageCause: StorageCause,
    message: string,
  ) {
    super(message);
    this.name = 'StorageProblem';
  }
}

const PROBE = '.write-probe';
/** Larger than a page and a WAL record: a disk with less room than this refuses it. */
const PROBE_BYTES = 64 * 1024;

const BY_ERRNO: Record<string, StorageCause> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readOnly',
  EACCES: 'noAccess',
  EPERM: 'noAccess',
  EIO: 'ioError',
};

function describe(cause: StorageCause, where: string): string {
  switch (cause) {
    case 'full':
      return `the disk holding ${where} is full: free some space (nothing more can be saved until then)`;
    case 'readOnly':
      return `${where} is on a read-only file system: nothing can be saved there`;
    case 'noAccess':
      return `${where} may not be written by this user: check its owner and permissions`;
    case 'ioError':
      return `the disk holding ${where} reports input/output errors: it may be failing`;
    case 'damaged':
      return `the database in ${where} is damaged`;
  }
}

/**
 * Whether the folder takes a write now: null when it does, or the problem that stops it. Costs
 * one 64 KB write and fsync (about a millisecond on a local disk).
 */
export function probeWritable(dataDir: string): StorageProblem | null {
  const file = join(dataDir, PROBE);
  try {
    const fd = openSync(file, 'w', 0o600);
    try {
      writeSync(fd, Buffer.alloc(PROBE_BYTES));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    rmSync(file, { force: true });
    return null;
  } catch (error) {
    rmSync(file, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const cause = BY_ERRNO[code] ?? 'ioError';
    return new StorageProblem(cause, `${describe(cause, dataDir)} (${code || 'error'})`);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The error to report for a database that failed to open or to migrate: its cause when the
 * folder refuses writes, or else the folder's database is damaged (with what the database said).
 */
export function storageError(dataDir: string | null, error: unknown): Error {
  if (error instanceof StorageProblem || !dataDir) return error as Error;
  const problem = probeWritable(dataDir);
  if (problem) return problem;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return error as Error;
  return new StorageProblem(
    'damaged',
    `${describe('damaged', dataDir)}: it could not be opened (${messageOf(error)}). Restore the last backup into a new DATA_DIR (npm run db:import), and keep this folder for inspection`,
  );
}

/** SQLSTATEs that mean the storage, not the request, failed. */
const BY_SQLSTATE: Record<string, StorageCause> = {
  '53100': 'full', // disk_full
  '25006': 'readOnly', // read_only_sql_transaction
  '58030': 'ioError', // io_error
  XX001: 'damaged', // data_corrupted
  XX002: 'damaged', // index_corrupted
};

/**
 * A query's failure as a StorageProblem when storage caused it (by SQLSTATE, or by the system's
 * words in PGlite's message), with the data folder asked for the cause where there is one.
 */
export function classifyStorageFailure(
  error: unknown,
  dataDir: string | null,
): StorageProblem | null {
  if (error instanceof StorageProblem) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = messageOf(error);
  let cause = typeof code === 'string' ? BY_SQLSTATE[code] : undefined;
  if (!cause && /No space left on device/i.test(message)) cause = 'full';
  if (!cause && /Read-only file system/i.test(message)) cause = 'readOnly';
  if (!cause && /^Aborted\(|could not (write|extend|fsync)|invalid page in block/i.test(message)) {
    cause = 'ioError';
  }
  if (!cause) return null;
  // The folder says more than the database could: ask it.
  const probed = dataDir ? probeWritable(dataDir) : null;
  if (probed) return probed;
  return new StorageProblem(cause, `${describe(cause, dataDir ?? 'the database')}: ${message}`);
}
