// `npm start` as a process: a bad configuration stops it with a clear message; SIGTERM lets a
// request in flight finish, then closes the database and exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { SERVER_ARGS, SERVER_BUNDLE, SERVER_NODE_FLAGS } from '@/server/build.mjs';

/** As `npm start` runs it: the bundle (built by the suite's global setup) with its Node flags. */
const ARGS = SERVER_ARGS;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(env: Record<string, string>) {
  const staticDir = mkdtempSync(join(tmpdir(), 'npf-spa-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>npf</title>');
  const child = spawn(process.execPath, ARGS, {
    env: {
      ...process.env,
      CLIENT_BUILD: 'skip',
      STATIC_DIR: staticDir,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'npf-data-')),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const until = async (text: RegExp, ms = 100_000) => {
    const deadline = Date.now() + ms;
    while (!text.test(out)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${text}; output:\n${out}`);
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}; output:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, until, output: () => out };
}

describe('the server process', () => {
  it('is started by `npm start` as the tests start it: the bundle, with its Node flags', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe(
      `node src/server/build.mjs && exec node ${SERVER_NODE_FLAGS.join(' ')} ${relative(process.cwd(), SERVER_BUNDLE)}`,
    );
  });

  it(
    'makes the first admin on a first start with a password printed once, and signs it in',
    { timeout: 120_000 },
    async () => {
      const port = 43000 + Math.floor(Math.random() * 2000);
      const server = start({ PORT: String(port) });
      await server.until(/"msg":"listening"/);
      const printed = /password: (\S+)/.exec(server.output());
      expect(printed, 'the password is printed').not.toBeNull();
      expect(server.output().match(/password: /g)).toHaveLength(1);
      const signIn = (password: string) =>
        fetch(`http://127.0.0.1:${port}/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password }),
        });
      expect((await signIn('not-the-password')).status).toBe(401);
      const res = await signIn(printed![1]!);
      expect(res.status).toBe(200);
      expect(res.headers.get('Set-Cookie')).toMatch(/npf_session=.+HttpOnly.*SameSite=Strict/i);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    },
  );

  it('refuses to start on a bad setting, saying which and why', { timeout: 60_000 }, async () => {
    const server = start({ PORT: 'eighty', DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(await server.exited).toBe(2);
    expect(server.output()).toMatch(/PORT: expected a port number/);
    expect(server.output()).toMatch(/DATABASE_URL: expected a postgres/);
    expect(server.output()).toMatch(/The server did not start/);
    expect(server.output()).not.toContain('hunter2');
  });

  // Starting the process opens a new embedded database: seconds, many more on a busy machine.
  it(
    'finishes a request in flight on SIGTERM, ends open feed streams, then closes the database and exits 0',
    { timeout: 120_000 },
    async () => {
      const port = 41000 + Math.floor(Math.random() * 2000);
      // A long grace: an open feed stream that held the drain would show as a slow exit.
      const server = start({
        PORT: String(port),
        SHUTDOWN_GRACE_MS: '60000',
        ADMIN_USER: 'chief',
        ADMIN_PASSWORD: 'a-long-enough-secret',
      });
      await server.until(/"msg":"listening"/);
      expect(server.output()).not.toContain('a-long-enough-secret');
      const signIn = await fetch(`http://127.0.0.1:${port}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'chief', password: 'a-long-enough-secret' }),
      });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
      const feed = await fetch(`http://127.0.0.1:${port}/api/events`, {
        headers: { Cookie: cookie },
      });
      const reader = feed.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/event: ready/);
      const rows = Array.from({ length: 1000 }, (_, i) => ({
        row: i + 2,
        cells: {
          indicator_id: ['key-labs', 'rail-cluster-enterprises', 'metro-gdp'][i % 3]!,
          date: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10),
          value: ['31', '140', '5.5万亿'][i % 3]!,
          provenance: 'illustrative',
        },
      }));
      const inFlight = fetch(`http://127.0.0.1:${port}/api/imports`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: `http://127.0.0.1:${port}`,
          Cookie: cookie,
        },
        body: JSON.stringify({ rows }),
      });
      await new Promise((r) => setTimeout(r, 30));
      server.child.kill('SIGTERM');
      const signalled = Date.now();
      const res = await inFlight.catch((e: unknown) => {
        throw new Error(`${String(e)}\n${server.output()}`);
      });
      expect(res.status).toBe(201);
      expect(await server.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(30_000);
      // The feed's stream was ended by the server, not left for the grace period to cut.
      for (let read = await reader.read(); !read.done; read = await reader.read());
      expect(server.output()).not.toMatch(/drain time over/);
      expect(server.output()).toMatch(/"msg":"stopping: draining requests"/);
      expect(server.output()).toMatch(/"msg":"stopped"/);
    },
  );
});
