// One owner of an embedded database's folder. PGlite takes no lock of its own (its postmaster.pid
// holds the same pretend pid, -42, in every process, so PostgreSQL's check always passes), and two
// processes writing one folder break it. So whoever opens DATA_DIR first (the server, or a CLI
// tool while no server runs) listens on a Unix socket in it, `control.sock`, for as long as it
// has the folder open:
// - the socket is the lock: another opener that can connect to it knows the folder is taken and
//   refuses, saying by whom; a socket file nobody listens on (its owner was killed, even with
//   kill -9) refuses the connection, and the next opener removes it and takes the folder;
// - the socket is the channel: the CLI tools ask the server that holds the folder to do their
//   work (a backup, an account change) in its own database session, rather than open it twice.
// Only the folder's owner may connect: the socket is made 0600, inside the data folder.
// A brief claim file (O_EXCL, with its pid) makes "is the socket live? then take it" one step
// between two openers starting at the same moment.
import {
  chmodSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join, relative } from 'node:path';

export const CONTROL_SOCKET = 'control.sock';
const CLAIM_FILE = 'control.claim';
/** Unix socket paths are limited to 107 bytes (Linux); a little spare. */
const MAX_SOCKET_PATH = 100;

export interface ControlRequest {
  command: 'who' | 'export' | 'users' | 'import';
  args?: string[];
  password?: string;
}

export type ControlReply =
  | { ok: true; owner: string; pid: number; output?: string; data?: unknown }
  | { ok: false; owner: string; pid: number; error: string };

export type ControlHandler = (request: ControlRequest) => Promise<ControlReply>;

/** The folder is held by another live process; the message says which and what to do. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by ${owner} (pid ${pid}): one process at a time may open it`,
    );
    this.name = 'DataDirInUse';
  }
}

/** The socket's path as this process reaches it (relative when the absolute one is too long). */
export function socketPath(dataDir: string): string {
  const absolute = join(dataDir, CONTROL_SOCKET);
  if (Buffer.byteLength(absolute) <= MAX_SOCKET_PATH) return absolute;
  const near = relative(process.cwd(), absolute);
  if (Buffer.byteLength(near) <= MAX_SOCKET_PATH) return near;
  throw new Error(
    `the data folder's path is too long for its control socket (${absolute}): choose a DATA_DIR of at most ${MAX_SOCKET_PATH - CONTROL_SOCKET.length - 1} characters`,
  );
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Sends one request to whoever holds the folder; null when nobody does (no socket, or dead). */
export async function askOwner(
  dataDir: string,
  request: ControlRequest,
  timeoutMs = 0,
): Promise<ControlReply | null> {
  const path = socketPath(dataDir);
  return new Promise((resolve, reject) => {
    const socket: Socket = createConnection(path);
    if (timeoutMs > 0) {
      socket.setTimeout(timeoutMs, () => {
        socket.destroy();
        reject(new Error(`a process holds ${dataDir} but does not answer`));
      });
    }
    let text = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => {
      try {
        resolve(JSON.parse(text) as ControlReply);
      } catch {
        reject(new Error(`the process holding ${dataDir} gave an answer that could not be read`));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(null);
      else reject(error);
    });
  });
}

/** Takes the brief claim that makes the check-and-take one step; returns its release. */
async function claim(dataDir: string): Promise<() => void> {
  const file = join(dataDir, CLAIM_FILE);
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    // A claim left by a process that died holding it (or half-written): not a claim.
    if (!Number.isSafeInteger(holder) || holder <= 0 || !alive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`another process (pid ${holder}) is opening ${dataDir}; try again`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export interface DataDirHold {
  /** Answers requests with `handler` from now on (before: "busy, starting"). */
  serve(handler: ControlHandler): void;
  /** Lets the folder go (closes and removes the socket). */
  release(): Promise<void>;
}

/**
 * Takes `dataDir` for this process, as `owner` (what an operator would recognise: "npm start",
 * "npm run db:export"), or throws DataDirInUse when a live process holds it.
 */
export async function holdDataDir(dataDir: string, owner: string): Promise<DataDirHold> {
  mkdirSync(dataDir, { recursive: true });
  const path = socketPath(dataDir);
  const release = await claim(dataDir);
  let handler: ControlHandler = () =>
    Promise.resolve({
      ok: false,
      owner,
      pid: process.pid,
      error: `${owner} is still starting; try again in a moment`,
    });
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0) return;
      let request: ControlRequest;
      try {
        request = JSON.parse(text.slice(0, end)) as ControlRequest;
      } catch {
        socket.end(JSON.stringify({ ok: false, owner, pid: process.pid, error: 'bad request' }));
        return;
      }
      const answer =
        request.command === 'who'
          ? Promise.resolve<ControlReply>({ ok: true, owner, pid: process.pid })
          : handler(request);
      void answer
        .catch((error: unknown): ControlReply => ({
          ok: false,
          owner,
          pid: process.pid,
          error: error instanceof Error ? error.message : String(error),
        }))
        .then((reply) => socket.end(JSON.stringify(reply)));
    });
    socket.on('error', () => socket.destroy());
  });
  try {
    const other = await askOwner(dataDir, { command: 'who' }, 5_000);
    if (other) throw new DataDirInUse(dataDir, other.owner, other.pid);
    // Nobody answers on it: a socket left by an owner that was killed.
    rmSync(path, { force: true });
    await listen(server, path);
    chmodSync(path, 0o600);
  } finally {
    release();
  }
  server.unref();
  return {
    serve(next) {
      handler = next;
    },
    release: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
