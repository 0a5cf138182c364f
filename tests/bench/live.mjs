// `npm run bench:live`: the change feed under load on loopback. It starts the server (`npm start`,
// PGlite in a temporary DATA_DIR, BENCH=1 for its event-loop log line), opens BENCH_LIVE_CLIENTS
// feed streams (raw HTTP, in a child process so the clients' CPU is not the parent's), and saves
// BENCH_LIVE_RATE changes a second for BENCH_LIVE_SECONDS, each with If-Match and the version the
// previous answer gave. Every client checks its ids (each change exactly once, in order) and times
// each event from its commit (the event's `at`, taken in the write transaction) to its arrival.
// It prints delivery latency p50/p99, missed and out-of-order events, the server's RSS (VmRSS
// from /proc) and its event-loop delay, each with its target.
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, serverArgs } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 1000);
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_LIVE_RATE ?? 10);
const WRITERS = 10;
const TARGETS = { p99Ms: 1000, missed: 0, rssMb: 300 };

// ——— the clients, in their own process ———————————————————————————————————————————————
if (process.argv[2] === 'clients') {
  const url = new URL(process.argv[3]);
  const count = Number(process.argv[4]);
  // The session every stream reads with (reading needs a sign-in, as deployed).
  const cookie = process.argv[5] ?? '';
  const histogram = new Uint32Array(60_001); // ms → count; the last bucket holds anything later
  const clients = [];
  let ready = 0;

  const open = (n) =>
    new Promise((done) => {
      const client = { last: -1, received: 0, missed: 0, outOfOrder: 0, ended: false };
      clients.push(client);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/events',
          headers: { Accept: 'text/event-stream', Cookie: cookie },
          agent: false,
        },
        (res) => {
          if (res.statusCode !== 200) {
            client.ended = true;
            done();
            return;
          }
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk) => {
            const now = Date.now();
            buffer += chunk;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const id = /^id: (\d+)$/m.exec(block);
              if (!id) continue; // a heartbeat or a comment
              const revision = Number(id[1]);
              if (block.includes('event: ready')) {
                client.last = revision;
                ready += 1;
                done();
                continue;
              }
              if (revision <= client.last) client.outOfOrder += 1;
              else {
                if (client.last >= 0) client.missed += revision - client.last - 1;
                client.last = revision;
              }
              client.received += 1;
              const at = /"at":"([^"]+)"/.exec(block);
              if (at) histogram[Math.min(60_000, Math.max(0, now - Date.parse(at[1])))] += 1;
            }
          });
          res.on('end', () => (client.ended = true));
          res.on('error', () => (client.ended = true));
        },
      );
      req.on('error', () => {
        client.ended = true;
        done();
      });
      req.end();
      void n;
    });

  // In batches, as a room of screens coming up would, not one burst of 1,000 handshakes.
  for (let i = 0; i < count; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, count - i) }, (_, k) => open(i + k)));
  }
  process.send({ kind: 'ready', ready });
  process.on('message', (message) => {
    if (message !== 'report') return;
    process.send({
      kind: 'report',
      histogram: Array.from(histogram),
      clients: clients.map((c) => ({
        last: c.last,
        received: c.received,
        missed: c.missed,
        outOfOrder: c.outOfOrder,
        ended: c.ended,
      })),
    });
    setTimeout(() => process.exit(0), 100);
  });
} else {
  await main();
}

// ——— the server, the writers and the report ———————————————————————————————————————————————
async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'npf-bench-live-'));
  const staticDir = join(temp, 'static');
  rmSync(staticDir, { recursive: true, force: true });
  await import('node:fs').then((fs) => fs.mkdirSync(staticDir));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  // The module that draws pages' first screens, which the server loads at start: its code is
  // part of the server's memory, whether or not a page is asked for.
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--ssr',
      'src/app/render-page.tsx',
      '--outDir',
      `${staticDir}-ssr`,
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_USE_MOCKS: 'false' } },
  );
  let child = null;
  let clients = null;
  const cleanUp = () => {
    if (clients && clients.exitCode === null) clients.kill('SIGKILL');
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(temp, { recursive: true, force: true });
  };
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}; ${CLIENTS} clients, ${RATE} writes/s for ${SECONDS} s`,
  );
  const port = await freePort();
  child = spawn(process.execPath, await serverArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      // BENCH_DATABASE_URL: an empty PostgreSQL database to run on (the database then lives
      // outside the server process); the embedded PGlite otherwise.
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
      ADMIN_USER: 'bench',
      ADMIN_PASSWORD: 'bench-password-1',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(temp, 'data'),
      STATIC_DIR: staticDir,
      CLIENT_BUILD: 'skip',
      LOG_LEVEL: 'warn',
      BENCH: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const metrics = [];
  let out = '';
  child.stdout.on('data', (b) => {
    out += b.toString();
    let end;
    while ((end = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, end);
      out = out.slice(end + 1);
      try {
        const parsed = JSON.parse(line);
        if (parsed.msg === 'bench metrics') metrics.push({ ...parsed, t: Date.now() });
        else process.stdout.write(`server: ${line}\n`);
      } catch {
        process.stdout.write(`server: ${line}\n`);
      }
    }
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server was not ready within 120 s');
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'bench-password-1' }),
  });
  if (!signIn.ok) throw new Error(`the bench could not sign in: ${signIn.status}`);
  const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  console.log(
    `store: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'PGlite, embedded'}`,
  );
  const rss = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) / 1024;
  };
  // One metrics line from the idle server (they come every 2 s), to tell the streams' share.
  await new Promise((r) => setTimeout(r, 2500));
  const idleLine = metrics.at(-1);
  const rssIdle = rss();

  // The clients connect, each one waiting for its `ready`.
  const connectStarted = performance.now();
  clients = fork(fileURLToPath(import.meta.url), ['clients', base, String(CLIENTS), cookie], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = (kind) =>
    new Promise((done) => {
      const on = (m) => {
        if (m.kind === kind) {
          clients.off('message', on);
          done(m);
        }
      };
      clients.on('message', on);
    });
  const { ready } = await message('ready');
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  const rssConnected = rss();
  const metricsFrom = Date.now();

  // The writers: RATE saves a second, round the first WRITERS figures, each with its version.
  const { items } = await (
    await fetch(`${base}/api/indicators`, { headers: { Cookie: cookie } })
  ).json();
  const figures = items
    .filter((i) => i.kind === 'quantitative' && (i.observations?.length ?? 0) > 0)
    .slice(0, WRITERS)
    .map((i) => ({
      id: i.id,
      version: i.version ?? 1,
      value: i.observations.at(-1).value,
      busy: false,
    }));
  const statuses = { 201: 0, 412: 0, other: 0, skipped: 0 };
  const writeMs = [];
  let rssPeak = rssConnected;
  const dayZero = Date.UTC(2025, 0, 1);
  let n = 0;
  const writesEnd = performance.now() + SECONDS * 1000;
  const inFlight = new Set();
  while (performance.now() < writesEnd) {
    const tick = performance.now();
    const figure = figures[n % figures.length];
    const date = new Date(dayZero + (Math.floor(n / figures.length) % 300) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    n += 1;
    if (figure.busy) statuses.skipped += 1;
    else {
      figure.busy = true;
      const started = performance.now();
      const write = fetch(`${base}/api/indicators/${figure.id}/observations`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'If-Match': `"${figure.version}"`,
          Cookie: cookie,
        },
        body: JSON.stringify({
          author: '实时压测',
          observation: {
            date,
            value: figure.value,
            qualifier: 'exact',
            provenance: { kind: 'illustrative' },
          },
        }),
      })
        .then(async (res) => {
          await res.arrayBuffer();
          writeMs.push(performance.now() - started);
          const etag = /"(\d+)"/.exec(res.headers.get('ETag') ?? '');
          if (etag) figure.version = Number(etag[1]);
          if (res.status === 201 || res.status === 412) statuses[res.status] += 1;
          else statuses.other += 1;
        })
        .catch(() => (statuses.other += 1))
        .finally(() => {
          figure.busy = false;
          inFlight.delete(write);
        });
      inFlight.add(write);
    }
    if (n % RATE === 0) rssPeak = Math.max(rssPeak, rss());
    const wait = tick + 1000 / RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.all(inFlight);
  // Time for the last events to arrive.
  await new Promise((r) => setTimeout(r, 3000));
  rssPeak = Math.max(rssPeak, rss());
  clients.send('report');
  const report = await message('report');

  // ——— the numbers ———
  const histogram = report.histogram;
  const total = histogram.reduce((a, b) => a + b, 0);
  const percentile = (p) => {
    let seen = 0;
    const want = Math.ceil((p / 100) * total);
    for (let ms = 0; ms < histogram.length; ms += 1) {
      seen += histogram[ms];
      if (seen >= want && want > 0) return ms;
    }
    return NaN;
  };
  const expected = statuses[201];
  const perClient = report.clients;
  const missedInStream = perClient.reduce((a, c) => a + c.missed, 0);
  // An event a client never got at all (after its last one) is missed too.
  const short = perClient.reduce((a, c) => a + Math.max(0, expected - c.received - c.missed), 0);
  const outOfOrder = perClient.reduce((a, c) => a + c.outOfOrder, 0);
  const ended = perClient.filter((c) => c.ended).length;
  const during = metrics.filter((m) => m.t >= metricsFrom);
  const worst = (key) => Math.max(...during.map((m) => m[key]));
  const median = (key) => {
    const sorted = during.map((m) => m[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  writeMs.sort((a, b) => a - b);
  const wp = (p) =>
    writeMs[Math.min(writeMs.length - 1, Math.ceil((p / 100) * writeMs.length) - 1)];
  const fmt = (v, d = 0) =>
    Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: d }) : '–';
  const ok = (b) => (b ? 'ok' : 'MISSED');
  const p50 = percentile(50);
  const p99 = percentile(99);
  const missed = missedInStream + short;

  console.log(`
clients connected        ${fmt(ready)} of ${fmt(CLIENTS)} in ${fmt(connectSeconds, 1)} s; ${fmt(ended)} streams ended early
writes                   ${fmt(statuses[201])} saved (201), ${fmt(statuses[412])} × 412, ${fmt(statuses.other)} other, ${fmt(statuses.skipped)} skipped (writer busy); write p50 ${fmt(wp(50), 1)} ms, p99 ${fmt(wp(99), 1)} ms
events delivered         ${fmt(total)} (expected ${fmt(expected * CLIENTS)} = ${fmt(expected)} × ${fmt(CLIENTS)})
delivery latency         p50 ${fmt(p50)} ms, p99 ${fmt(p99)} ms, max ${fmt(percentile(100))} ms      target p99 ≤ ${TARGETS.p99Ms} ms   ${ok(p99 <= TARGETS.p99Ms)}
missed events            ${fmt(missed)} (gaps ${fmt(missedInStream)}, never arrived ${fmt(short)})                   target 0           ${ok(missed === 0)}
out-of-order events      ${fmt(outOfOrder)}                                            target 0           ${ok(outOfOrder === 0)}
server RSS               idle ${fmt(rssIdle)} MB, ${fmt(CLIENTS)} streams ${fmt(rssConnected)} MB, peak ${fmt(rssPeak)} MB   target ≤ ${TARGETS.rssMb} MB   ${ok(rssPeak <= TARGETS.rssMb)}
server memory at peak    ${(() => {
    const top = during.reduce((a, m) => (m.rssMb > (a?.rssMb ?? 0) ? m : a), null);
    return top
      ? `rss ${fmt(top.rssMb)} MB = V8 heap ${fmt(top.heapTotalMb)} MB + outside it ${fmt(top.externalMb)} MB (array buffers ${fmt(top.arrayBuffersMb)} MB) + code and stacks`
      : '–';
  })()}
streams' share           V8 heap idle ${fmt(idleLine?.heapUsedMb)} MB → ${fmt(Math.max(...during.map((m) => m.heapUsedMb)))} MB used with ${fmt(CLIENTS)} streams; outside it idle ${fmt(idleLine?.externalMb)} MB (PGlite's WebAssembly memory)
server event-loop delay  p99 per 2 s: median ${fmt(median('loopDelayP99Ms'), 1)} ms, worst ${fmt(worst('loopDelayP99Ms'), 1)} ms; max ${fmt(worst('loopDelayMaxMs'), 1)} ms
load average at end      ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`);
  clients.kill('SIGKILL');
  child.kill('SIGTERM');
  process.exitCode =
    p99 <= TARGETS.p99Ms && missed === 0 && outOfOrder === 0 && rssPeak <= TARGETS.rssMb ? 0 : 1;
}
