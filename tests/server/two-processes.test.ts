// Two `npm start` processes on one PostgreSQL, as two instances behind a load balancer: a save
// through one reaches a feed stream open on the other (LISTEN/NOTIFY between processes). PGlite
// cannot be shared between processes, so this runs only on PostgreSQL (TEST_DATABASE_URL, as CI).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_ARGS } from '@/server/build.mjs';
import { readSse } from './sse';

const base = process.env.TEST_DATABASE_URL;
const children: ChildProcess[] = [];
let drop = () => Promise.resolve();

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await drop();
});

async function freshDatabase(from: string): Promise<string> {
  const name = `npf_two_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: from });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  drop = async () => {
    const client = new pg.Client({ connectionString: from });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  const url = new URL(from);
  url.pathname = `/${name}`;
  return url.toString();
}

async function start(databaseUrl: string, port: number): Promise<string> {
  const staticDir = mkdtempSync(join(tmpdir(), 'npf-spa-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>npf</title>');
  const child = spawn(process.execPath, SERVER_ARGS, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CLIENT_BUILD: 'skip',
      STATIC_DIR: staticDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ADMIN_USER: 'chief',
      ADMIN_PASSWORD: 'a-long-enough-secret',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const deadline = Date.now() + 100_000;
  while (!out.includes('"msg":"listening"')) {
    if (Date.now() > deadline) throw new Error(`not listening in time:\n${out}`);
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return `http://127.0.0.1:${port}`;
}

describe.skipIf(!base)('two server processes on one PostgreSQL', () => {
  it(
    'a save through one reaches a feed stream open on the other',
    { timeout: 180_000 },
    async () => {
      const databaseUrl = await freshDatabase(base ?? '');
      const port = 44000 + Math.floor(Math.random() * 1500);
      // One after the other: the first creates, migrates and seeds; the second finds it done.
      const a = await start(databaseUrl, port);
      const b = await start(databaseUrl, port + 1);
      const signIn = await fetch(`${a}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'chief', password: 'a-long-enough-secret' }),
      });
      expect(signIn.status).toBe(200);
      // Sessions live in the database: the cookie from A is good on B too.
      const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
      const stream = readSse(await fetch(`${b}/api/events`, { headers: { Cookie: cookie } }));
      const ready = await stream.next((m) => m.event === 'ready', 10_000);

      const current = await fetch(`${a}/api/indicators/key-labs`, { headers: { Cookie: cookie } });
      const saved = await fetch(`${a}/api/indicators/key-labs/observations`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'If-Match': current.headers.get('ETag') ?? '',
          Cookie: cookie,
        },
        body: JSON.stringify({
          observation: {
            date: '2026-11-30',
            value: 41,
            qualifier: 'exact',
            provenance: { kind: 'illustrative' },
          },
        }),
      });
      expect(saved.status).toBe(201);
      const [change] = await stream.changes(1, 10_000);
      expect(change).toMatchObject({
        revision: Number(ready.id) + 1,
        indicators: [{ id: 'key-labs', version: 2 }],
      });
      await stream.cancel();
    },
  );
});
