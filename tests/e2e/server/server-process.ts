// `npm start` as the browser tests run it: one Node process with tsx's loader on a data folder
// (or a PostgreSQL database) of the test's own, on a free loopback port, ready once /readyz says
// so; stopped with SIGTERM or killed with SIGKILL, and started again on the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SERVER_ARGS } from '../../../src/server/build.mjs';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The client build the tests' servers serve (built by global-setup.ts). */
export const STATIC_DIR = process.env.E2E_SERVER_STATIC ?? 'dist-app-e2e';

/** The first admin every test server starts with. */
export const ADMIN = { username: 'admin', password: 'e2e-admin-password' };

/** Signs an account in through the API; its session cookie (`npf_session=…`). */
export async function apiSignIn(
  url: string,
  account: { username: string; password: string } = ADMIN,
): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  if (!res.ok || !cookie) throw new Error(`sign-in as ${account.username}: ${res.status}`);
  return cookie;
}

export type DatabaseChoice = { dataDir: string } | { databaseUrl: string };

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  output: () => string;
  /** SIGTERM: drains, closes the database; resolves with the exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILL: no draining, no closing. */
  kill: () => Promise<void>;
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** `extraEnv`: settings a test needs beyond these (SMTP_URL, ALERT_INTERVAL_SECONDS, …). */
export async function startServer(
  database: DatabaseChoice,
  port: number,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CLIENT_BUILD: 'skip',
    STATIC_DIR,
    LOG_LEVEL: 'info',
    ADMIN_USER: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  if ('dataDir' in database) env.DATA_DIR = database.dataDir;
  else env.DATABASE_URL = database.databaseUrl;
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    url,
    port,
    pid: child.pid ?? -1,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      return exitOf(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exitOf(child);
    },
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`the server was not ready within 90 s:\n${out}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
}
