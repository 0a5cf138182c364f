// Issue 25's critical and high findings against the server as `npm start` runs it (the bundle,
// with its Node flags, on a data folder of its own):
// 1. the CLI tools on a live server: `db:export` and `users add` go through the server, a second
//    opener is refused, and after `kill -9` every confirmed save and the added account are there;
// 3. a flood of 300 wrong sign-ins from one client: a signed-in request still answers at once;
// 4. 300 MB bodies, declared or chunked, anonymous: refused at once, never read or held.
// Each prints how long its steps took (the report's figures), with the load average.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVER_ARGS } from '@/server/build.mjs';

const ADMIN = { username: 'admin', password: 'process-admin-password' };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const report = (what: string, ms: number) =>
  process.stdout.write(`[issue-25 timing] ${what}: ${Math.round(ms)} ms (load ${load()})\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const staticDir = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'npf-spa-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>npf</title>');
  return dir;
})();

/** Runs a process to its end: its exit code and output. */
function run(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  child.stdin.end(input ?? '');
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out })),
  );
}

/** The server, as `npm start` runs it, ready once /readyz says so. */
async function startServer(dataDir: string) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CLIENT_BUILD: 'skip',
    STATIC_DIR: staticDir,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ADMIN_USER: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
  };
  delete (env as NodeJS.ProcessEnv).DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, SERVER_ARGS, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}:\n${out}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, readyMs: performance.now() - started, output: () => out };
}

async function signIn(url: string, account: { username: string; password: string }) {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  expect(res.status, `sign-in as ${account.username}`).toBe(200);
  return (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

const cli = (script: string) => ['--import', 'tsx', `src/server/cli/${script}.ts`];

describe('the CLI tools on a running server', () => {
  it(
    'back up and add an account through it; after kill -9 every confirmed save and the account are there',
    { timeout: 300_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'npf-live-cli-'));
      const server = await startServer(dataDir);
      const cookie = await signIn(server.url, ADMIN);
      let version = 1;
      let confirmed = 0;
      let saving = true;
      const save = async () => {
        const res = await fetch(`${server.url}/api/indicators/key-labs/observations`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Cookie: cookie,
            'If-Match': `"${version}"`,
          },
          body: JSON.stringify({
            observation: {
              date: `2026-0${1 + (confirmed % 9)}-15`,
              value: 30 + confirmed,
              qualifier: 'exact',
              provenance: { kind: 'illustrative' },
            },
          }),
        });
        expect(res.status, await res.clone().text()).toBe(201);
        version += 1;
        confirmed += 1;
      };
      // Saves go on the whole time the tools run.
      const saves = (async () => {
        while (saving || confirmed < 10) await save();
      })();
      while (confirmed < 3) await new Promise((r) => setTimeout(r, 20));
      const versionBeforeExport = version;
      const file = join(dataDir, '..', `${dataDir.split('/').at(-1)}-backup.json`);
      const env = { DATA_DIR: dataDir };
      let t = performance.now();
      const exported = await run([...cli('db-export'), file], env);
      report('db:export through the running server', performance.now() - t);
      t = performance.now();
      const added = await run(
        [...cli('users'), 'add', 'night.shift', '--role', 'viewer'],
        env,
        'a-long-enough-password\n',
      );
      report('users add through the running server', performance.now() - t);
      // A second server, and a restore, are refused while this one holds the folder.
      const second = await run(SERVER_ARGS, {
        ...env,
        PORT: String(await freePort()),
        CLIENT_BUILD: 'skip',
        STATIC_DIR: staticDir,
      });
      const restore = await run([...cli('db-import'), file], env);
      saving = false;
      await saves;
      expect(exported.code, exported.out).toBe(0);
      expect(exported.out).toMatch(/through the running server/);
      expect(added.code, added.out).toBe(0);
      expect(added.out).toMatch(/added night\.shift \(viewer\)/);
      expect(second.code).toBe(1);
      expect(second.out).toMatch(/in use by the running server \(npm start\)/);
      expect(restore.code).toBe(1);
      expect(restore.out).toMatch(/a restore goes into an empty database: stop the server/);

      // The backup: the owner's alone, and holding every save confirmed before it was asked for.
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const backup = JSON.parse(readFileSync(file, 'utf8')) as {
        indicators: { id: string; version: number }[];
        accounts: { username: string }[];
      };
      const kept = backup.indicators.find((i) => i.id === 'key-labs')?.version ?? 0;
      expect(kept).toBeGreaterThanOrEqual(versionBeforeExport);

      server.child.kill('SIGKILL');
      await new Promise((r) => server.child.once('exit', r));
      t = performance.now();
      const again = await startServer(dataDir);
      report('restart after kill -9 to /readyz 200', performance.now() - t);
      const indicator = (await (
        await fetch(`${again.url}/api/indicators/key-labs`, {
          headers: { Cookie: await signIn(again.url, ADMIN) },
        })
      ).json()) as { version: number };
      expect(indicator.version).toBe(version);
      expect(version).toBe(1 + confirmed);
      await signIn(again.url, { username: 'night.shift', password: 'a-long-enough-password' });
      again.child.kill('SIGTERM');
    },
  );
});

/** 300 wrong sign-ins at once; prints "sent", then every answer's status as JSON. */
const FLOOD = `
const url = process.argv[1];
const flood = Array.from({ length: 300 }, (_, i) =>
  fetch(url + '/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'wrong-password-' + i }),
  }).then((r) => r.status),
);
setTimeout(() => process.stdout.write('sent '), 100);
process.stdout.write(JSON.stringify(await Promise.all(flood)));
`;

describe('a flood of wrong sign-ins', () => {
  it('leaves a signed-in request answering within a second', { timeout: 300_000 }, async () => {
    const server = await startServer(mkdtempSync(join(tmpdir(), 'npf-flood-')));
    const cookie = await signIn(server.url, ADMIN);
    // The flood comes from another client, a process of its own: measured from inside the
    // flooding process, the signed-in request would wait on that client's own event loop.
    const flooder = spawn(process.execPath, ['--input-type=module', '-e', FLOOD, server.url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(flooder);
    let floodOut = '';
    flooder.stdout.on('data', (b: Buffer) => (floodOut += b.toString()));
    const flooded = new Promise((r) => flooder.once('exit', r));
    while (!floodOut.includes('sent')) await new Promise((r) => setTimeout(r, 10));
    const t = performance.now();
    const res = await fetch(`${server.url}/api/indicators`, { headers: { Cookie: cookie } });
    await res.arrayBuffer();
    const ms = performance.now() - t;
    // A second on a machine with a core to spare; on a shared one, a second per core's worth of
    // load (before the sign-in queue the same request took 24 s, and got 503).
    const budget = 1000 * Math.max(1, loadavg()[0]! / cpus().length);
    report(`a signed-in list request during 300 wrong sign-ins (budget ${Math.round(budget)})`, ms);
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(budget);
    await flooded;
    const statuses = JSON.parse(floodOut.slice(floodOut.indexOf('['))) as number[];
    const count = (s: number) => statuses.filter((x) => x === s).length;
    report(`the flood: 401 ×${count(401)}, 429 ×${count(429)}, 503 ×${count(503)}`, 0);
    // No more than five guesses were checked; every other was refused without a password check.
    expect(count(401)).toBeLessThanOrEqual(5);
    expect(count(401) + count(429) + count(503)).toBe(300);
    server.child.kill('SIGTERM');
  });
});

/**
 * Sends up to 300 MB from one 1 MB buffer over a raw connection, until the server answers (or
 * closes); the answer's status, how long it took, and what had been sent by then.
 */
function send300MB(url: string, path: string, declared: boolean) {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const total = 300 * 1024 * 1024;
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; ms: number; sent: number }>((resolve, reject) => {
    const started = performance.now();
    let sent = 0;
    let answer = '';
    let status = 0;
    let ms = 0;
    const socket = connect(Number(port), hostname);
    const done = () => {
      if (status) resolve({ status, ms, sent });
      else reject(new Error(`no answer from ${path}: ${answer.slice(0, 200)}`));
    };
    socket.on('data', (data: Buffer) => {
      answer += data.toString('latin1');
      const line = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (line && !status) {
        status = Number(line[1]);
        ms = performance.now() - started;
        socket.destroy();
        done();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', done);
    const head = [
      `POST ${path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Content-Type: application/json',
      declared ? `Content-Length: ${total}` : 'Transfer-Encoding: chunked',
      '',
      '',
    ].join('\r\n');
    socket.write(head);
    const pump = () => {
      while (!status && !socket.destroyed && sent < total) {
        sent += chunk.length;
        const ok = declared
          ? socket.write(chunk)
          : socket.write(`${chunk.length.toString(16)}\r\n`) &&
            socket.write(chunk) &&
            socket.write('\r\n');
        if (!ok) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

describe('300 MB bodies', () => {
  it(
    'are refused at once on anonymous routes, declared or chunked, without the server holding them',
    { timeout: 300_000 },
    async () => {
      const server = await startServer(mkdtempSync(join(tmpdir(), 'npf-bodies-')));
      const pid = server.child.pid!;
      const before = rssMb(pid);
      const paths = ['/api/session', '/api/display-session', '/api/users', '/api/webhooks'];
      const answers = await Promise.all(
        [true, false].flatMap((declared) =>
          paths.map(async (path) => ({
            path,
            declared,
            ...(await send300MB(server.url, path, declared)),
          })),
        ),
      );
      const grown = rssMb(pid) - before;
      for (const a of answers) {
        report(
          `300 MB to ${a.path} (${a.declared ? 'Content-Length' : 'chunked'}): 413 after ${(a.sent / 1048576).toFixed(0)} MB sent`,
          a.ms,
        );
        expect(a.status, `${a.path} ${a.declared}`).toBe(413);
        expect(a.sent, `${a.path} ${a.declared}: sent before the answer`).toBeLessThan(
          64 * 1024 * 1024,
        );
      }
      process.stdout.write(
        `[issue-25 timing] server RSS ${before.toFixed(0)} MB → +${grown.toFixed(0)} MB\n`,
      );
      expect(grown).toBeLessThan(100);
      // And it still serves.
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      server.child.kill('SIGTERM');
    },
  );
});
