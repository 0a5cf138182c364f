// `npm run bench:server`: the server (`npm start`, PGlite in a temporary DATA_DIR, or a new
// database on the PostgreSQL that BENCH_DATABASE_URL names) under autocannon on loopback, every
// phase bounded in time. It prints one table: the indicator list at 100 connections beside the
// ceiling (the list's exact bytes served as a static file by the same process in the same run),
// the 304 path, 20 concurrent writers keeping their own versions, and the server's RSS (VmRSS
// from /proc) over at least 200k requests, each with its target. Then where the time and the
// memory went, phase by phase, from a probe loaded into the server (tests/bench/server-probe.mjs):
// GC pauses, event-loop delay, V8 heap, external memory and PGlite's WebAssembly memory.
//
// The SPA it serves comes from ./dist-app (built by the first start when stale, as `npm start`
// does), or from BENCH_STATIC_SOURCE, a prebuilt client, used as it is.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, serverArgs } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const WRITERS = 20;
const SOAK_REQUESTS = Number(process.env.BENCH_SOAK_REQUESTS ?? 200_000);
const SOAK_MAX_SECONDS = Number(process.env.BENCH_SOAK_MAX_SECONDS ?? 240);
const STATIC_NAME = 'bench-indicators.json';

const TARGETS = { listShare: 0.5, listP99: 50, writeP99: 100, rssGrowthMb: 20 };

const temp = mkdtempSync(join(tmpdir(), 'npf-bench-server-'));
const dataDir = join(temp, 'data');
const staticDir = join(temp, 'static');
const probeFile = join(temp, 'probe.jsonl');
let server = null;

/**
 * The database the server runs on: PGlite in the temporary folder, or a database of its own on
 * BENCH_DATABASE_URL's cluster (created here, dropped at the end), so every run starts seeded.
 */
const CLUSTER_URL = process.env.BENCH_DATABASE_URL;
const benchDatabase = `npf_bench_${randomBytes(5).toString('hex')}`;
async function onCluster(statement) {
  const client = new pg.Client({ connectionString: CLUSTER_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
function databaseUrl() {
  const url = new URL(CLUSTER_URL);
  url.pathname = `/${benchDatabase}`;
  return url.toString();
}
function storeLabel() {
  if (!CLUSTER_URL) return 'PGlite (embedded)';
  const url = new URL(CLUSTER_URL);
  return `PostgreSQL ${url.hostname}:${url.port || 5432} (database ${benchDatabase})`;
}

function cleanUp() {
  if (server && server.child.exitCode === null) {
    server.child.stopping = true;
    server.child.kill('SIGKILL');
  }
  rmSync(temp, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function start(env) {
  const port = await freePort();
  // BENCH_NODE_ARGS: flags for the server's Node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const probe = ['--expose-gc', '--import', './tests/bench/server-probe.mjs'];
  const args = [...nodeArgs, ...probe, ...(await serverArgs())];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: CLUSTER_URL ? databaseUrl() : '',
      BENCH_PROBE_FILE: probeFile,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Reading needs a sign-in, as deployed: the bench reads and writes with an admin's session.
      ADMIN_USER: 'bench',
      ADMIN_PASSWORD: 'bench-password-1',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`the server exited unasked: code ${code}, signal ${signal}`);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000; // a first start may build the client
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server was not ready within 300 s');
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const signIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'bench-password-1' }),
  });
  if (!signIn.ok) throw new Error(`the bench could not sign in: ${signIn.status}`);
  session = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  return {
    child,
    url,
    stop: () =>
      new Promise((done) => {
        child.stopping = true;
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The server's resident memory by kind, in MB, from /proc/<pid>/smaps: the WebAssembly memory's
 * pages (the anonymous mapping of its size, `wasmMb` from the probe), the other anonymous memory
 * (V8's heap, malloc's arenas, stacks) and file-backed pages (node's code, libraries).
 */
function residentByKind(wasmMb) {
  const smaps = readFileSync(`/proc/${server.child.pid}/smaps`, 'utf8');
  let wasm = 0;
  let anon = 0;
  let file = 0;
  for (const block of smaps.split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
    const name = block.split('\n', 1)[0].trim().split(/\s+/)[5] ?? '';
    const size = Number(/^Size:\s+(\d+)/m.exec(block)?.[1] ?? 0) / 1024;
    const rss = Number(/^Rss:\s+(\d+)/m.exec(block)?.[1] ?? 0) / 1024;
    if (name.startsWith('/')) file += rss;
    // PGlite's memory is ~190 MB; undici's HTTP parser has a small one of its own, not matched.
    else if (wasmMb >= 16 && name === '' && Math.abs(size - wasmMb) < 1) wasm += rss;
    else anon += rss;
  }
  return { wasmResident: wasm, otherAnon: anon, fileBacked: file };
}

/** The server's resident set, in MB, as the kernel counts it. */
function rssMb() {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

let requestsServed = 0;

/** One autocannon phase, bounded by `duration` (and by `amount` when given). */
/** The session cookie of the server now running (every API request carries it). */
let session = '';
const withSession = (headers = {}) => ({ ...headers, Cookie: session });

function cannon(options) {
  const signed = {
    ...options,
    headers: withSession(options.headers),
    ...(options.requests
      ? { requests: options.requests.map((r) => ({ ...r, headers: withSession(r.headers) })) }
      : {}),
  };
  return new Promise((done, fail) => {
    const instance = autocannon(
      { connections: CONNECTIONS, duration: SECONDS, ...signed },
      (error, result) => {
        clearTimeout(guard);
        if (error) fail(error);
        else {
          requestsServed += result.requests.total;
          done(result);
        }
      },
    );
    // autocannon stops itself at `duration`; this only guards against a wedged run.
    const guard = setTimeout(() => instance.stop(), ((options.duration ?? SECONDS) + 30) * 1000);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** 20 writers, each on its own indicator, each sending the version its previous answer gave. */
async function writers(url, indicators) {
  const latencies = [];
  const statuses = { 201: 0, 412: 0, other: 0 };
  const otherSamples = [];
  const deadline = performance.now() + SECONDS * 1000;
  const base = Date.UTC(2025, 0, 1);
  await Promise.all(
    indicators.map(async (indicator) => {
      let version = indicator.version ?? 1;
      const latest = indicator.observations.at(-1);
      for (let n = 0; performance.now() < deadline; n += 1) {
        // 300 dates in turn: the record grows to a realistic size and then stays there.
        const date = new Date(base + (n % 300) * 86_400_000).toISOString().slice(0, 10);
        const started = performance.now();
        const res = await fetch(`${url}/api/indicators/${indicator.id}/observations`, {
          method: 'POST',
          headers: withSession({
            'Content-Type': 'application/json',
            'If-Match': `"${version}"`,
          }),
          body: JSON.stringify({
            observation: {
              date,
              value: latest.value,
              qualifier: 'exact',
              provenance: { kind: 'illustrative' },
            },
          }),
        });
        const text = await res.text();
        latencies.push(performance.now() - started);
        requestsServed += 1;
        // `"7"`, or `W/"7"` when the answer was compressed.
        const etag = /"(\d+)"/.exec(res.headers.get('ETag') ?? '');
        if (etag) version = Number(etag[1]);
        if (res.status === 201 || res.status === 412) statuses[res.status] += 1;
        else {
          statuses.other += 1;
          if (otherSamples.length < 3) otherSamples.push(`${res.status} ${text.slice(0, 200)}`);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    rate: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    otherSamples,
  };
}

const signed = (n) => `${n >= 0 ? '+' : '−'}${fmt(Math.abs(n), 1)}`;
const fmt = (n, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';
const verdict = (ok) => (ok ? 'ok' : 'OVER');

async function main() {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  if (CLUSTER_URL) await onCluster(`create database ${benchDatabase}`);
  // 1. A first start seeds the database; the list's bytes are taken from it.
  const source = process.env.BENCH_STATIC_SOURCE;
  server = await start(
    source ? { CLIENT_BUILD: 'skip', STATIC_DIR: resolve(ROOT, source) } : { CLIENT_BUILD: '' },
  );
  const first = await fetch(`${server.url}/api/indicators`, { headers: withSession() });
  const listBytes = new Uint8Array(await first.arrayBuffer());
  const { items } = JSON.parse(new TextDecoder().decode(listBytes));
  await server.stop();

  // 2. The same bytes as a static file of the client the server serves, then the server again.
  cpSync(source ? resolve(ROOT, source) : join(ROOT, 'dist-app'), staticDir, { recursive: true });
  writeFileSync(join(staticDir, STATIC_NAME), listBytes);
  rmSync(probeFile, { force: true });
  server = await start({ CLIENT_BUILD: 'skip', STATIC_DIR: staticDir });
  const list = await fetch(`${server.url}/api/indicators`, { headers: withSession() });
  const again = new Uint8Array(await list.arrayBuffer());
  if (Buffer.compare(again, listBytes) !== 0) throw new Error('the list changed between starts');
  const etag = list.headers.get('ETag');
  const atStart = await memoryAt('start');
  const collectedAtStart = await collectedNow('start');

  // Warm-up (JIT, caches), not measured.
  await cannon({ url: `${server.url}/api/indicators`, duration: 3 });
  await cannon({ url: `${server.url}/${STATIC_NAME}`, duration: 2 });
  const afterWarmUp = await memoryAt('warm-up');
  const servedBefore = requestsServed;

  const ceiling = await phase('static', () => cannon({ url: `${server.url}/${STATIC_NAME}` }));
  const listRun = await phase('list', () => cannon({ url: `${server.url}/api/indicators` }));
  const notModified = await phase('304', () =>
    cannon({ url: `${server.url}/api/indicators`, headers: { 'If-None-Match': etag } }),
  );
  const quantitative = items.filter(
    (i) => i.kind === 'quantitative' && (i.observations?.length ?? 0) > 0,
  );
  if (quantitative.length < WRITERS) throw new Error('fewer than 20 indicators with a value');
  const writes = await phase('writes', () => writers(server.url, quantitative.slice(0, WRITERS)));

  // The rest of 200k requests: the list, full and 304 in turn (the writes moved its revision), in
  // two halves: every path has run by the first, so the second shows the steady state.
  const soaks = [];
  const missing = SOAK_REQUESTS - (requestsServed - servedBefore);
  const fresh = (
    await fetch(`${server.url}/api/indicators`, { headers: withSession() })
  ).headers.get('ETag');
  const soakPart = (amount) =>
    cannon({
      url: server.url,
      requests: [
        { method: 'GET', path: '/api/indicators' },
        { method: 'GET', path: '/api/indicators', headers: { 'If-None-Match': fresh } },
      ],
      amount,
      duration: SOAK_MAX_SECONDS / 2,
    });
  let atHalf = null;
  if (missing > 0) {
    soaks.push(await phase('soak 1/2', () => soakPart(Math.ceil(missing / 2))));
    atHalf = memoryTrail.at(-1);
    soaks.push(await phase('soak 2/2', () => soakPart(Math.floor(missing / 2))));
  }
  const atEnd = memoryTrail.at(-1);
  const collectedAtEnd = await collectedNow('end');
  const rssBefore = afterWarmUp.rss;
  const rssAfter = atEnd.rss;
  const served = requestsServed - servedBefore;

  const checks = (result, status) => {
    const wrong = result.errors + result.timeouts + (status === 200 ? result.non2xx : 0);
    return wrong === 0
      ? ''
      : ` (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx)`;
  };
  const share = listRun.requests.average / ceiling.requests.average;
  const rows = [
    [
      'indicator list, 100 conn',
      `${fmt(listRun.requests.average)} req/s`,
      `${fmt(listRun.latency.p50, 1)} ms`,
      `${fmt(listRun.latency.p99, 1)} ms`,
      `${fmt(share * 100, 1)} % of ceiling${checks(listRun, 200)}`,
      `≥ 50 %, p99 ≤ 50 ms`,
      verdict(share >= TARGETS.listShare && listRun.latency.p99 <= TARGETS.listP99),
    ],
    [
      `same bytes, static file (ceiling)`,
      `${fmt(ceiling.requests.average)} req/s`,
      `${fmt(ceiling.latency.p50, 1)} ms`,
      `${fmt(ceiling.latency.p99, 1)} ms`,
      `${fmt(listBytes.byteLength)} B each${checks(ceiling, 200)}`,
      '',
      '',
    ],
    [
      '304 (If-None-Match), 100 conn',
      `${fmt(notModified.requests.average)} req/s`,
      `${fmt(notModified.latency.p50, 1)} ms`,
      `${fmt(notModified.latency.p99, 1)} ms`,
      `${fmt(notModified['3xx'])} × 304, ${fmt(notModified['2xx'])} × 2xx`,
      '',
      '',
    ],
    [
      `${WRITERS} writers, own indicator each`,
      `${fmt(writes.rate)} req/s`,
      `${fmt(writes.p50, 1)} ms`,
      `${fmt(writes.p99, 1)} ms`,
      `${writes.statuses[201]} × 201, ${writes.statuses[412]} × 412, ${writes.statuses.other} other`,
      'p99 ≤ 100 ms',
      verdict(writes.p99 <= TARGETS.writeP99 && writes.statuses.other === 0),
    ],
    [
      `RSS over ${fmt(served)} requests`,
      `${fmt(rssBefore, 1)} → ${fmt(rssAfter, 1)} MB`,
      '',
      '',
      `${signed(rssAfter - rssBefore)} MB from the warm-up's end (${fmt(atStart.rss, 1)} MB at start)`,
      'growth ≤ 20 MB',
      verdict(rssAfter - rssBefore <= TARGETS.rssGrowthMb && served >= SOAK_REQUESTS),
    ],
  ];
  if (atHalf) {
    const steady = soaks[1].requests.total;
    rows.push([
      `RSS, soak's 2nd half (steady)`,
      `${fmt(atHalf.rss, 1)} → ${fmt(rssAfter, 1)} MB`,
      '',
      '',
      `${signed(rssAfter - atHalf.rss)} MB over ${fmt(steady)} requests, every path warm`,
      'information',
      '',
    ]);
  }
  printTable(
    `\nbench:server — ${SECONDS} s per phase, loopback, ${storeLabel()}, LOG_LEVEL=warn`,
    ['phase', 'rate', 'p50', 'p99', 'detail', 'target', ''],
    rows,
  );
  if (soaks.length > 0) {
    const total = soaks.reduce((n, r) => n + r.requests.total, 0);
    const seconds = soaks.reduce((n, r) => n + r.duration, 0);
    console.log(
      `(${fmt(total)} of them in the soak: the list and its 304 in turn, ${fmt(total / seconds)} req/s)`,
    );
  }
  printTable(
    '\nwhere the time went, per phase (server-side probe, 250 ms samples)',
    [
      'phase',
      'server CPU / request',
      'GC pauses',
      'GC time',
      'longest GC',
      'event-loop delay p99*',
      'delay max',
    ],
    phases.map(({ name, t0, t1, requests }) => {
      const lines = probeLines().filter((l) => l.t > t0 && l.t <= t1 + 250);
      const sum = (k) => lines.reduce((n, l) => n + l[k], 0);
      const max = (k) => Math.max(0, ...lines.map((l) => l[k]));
      const gcMs = sum('gcMs');
      return [
        name,
        `${fmt(sum('cpuMs') / requests, 2)} ms (${fmt(sum('cpuMs') / (t1 - t0), 2)} cores)`,
        fmt(sum('gcCount')),
        `${fmt(gcMs)} ms (${fmt((gcMs / (t1 - t0)) * 100, 1)} %)`,
        `${fmt(max('gcMaxMs'), 1)} ms`,
        `${fmt(max('delayP99Ms'), 1)} ms`,
        `${fmt(max('delayMaxMs'), 1)} ms`,
      ];
    }),
  );
  console.log("* the worst 250 ms sample's p99");
  printTable(
    '\nmemory (MB) after each phase: RSS and its parts (smaps), V8 heap, external, WebAssembly',
    [
      'after',
      'RSS',
      'wasm resident',
      'other anon',
      'files',
      'heap used',
      'heap total',
      'external',
      'array buffers',
      'wasm size',
    ],
    memoryTrail.map((m) => [
      m.label,
      fmt(m.rss, 1),
      fmt(m.wasmResident, 1),
      fmt(m.otherAnon, 1),
      fmt(m.fileBacked, 1),
      fmt(m.heapUsed, 1),
      fmt(m.heapTotal, 1),
      fmt(m.external, 1),
      fmt(m.arrayBuffers, 1),
      fmt(m.wasm, 1),
    ]),
  );
  if (collectedAtStart && collectedAtEnd) {
    const [a, b] = [collectedAtStart, collectedAtEnd];
    console.log(
      `after a full GC (--expose-gc): heap used ${fmt(a.heapUsed, 1)} MB at start → ${fmt(b.heapUsed, 1)} MB at the end; ` +
        `RSS ${fmt(a.rss, 1)} → ${fmt(b.rss, 1)} MB; wasm ${fmt(a.wasm, 1)} → ${fmt(b.wasm, 1)} MB`,
    );
  }
  if (writes.otherSamples.length) console.log('other write answers:', writes.otherSamples);
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  await server.stop();
  server = null;
}

function printTable(title, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(title);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function probeLines() {
  if (!existsSync(probeFile)) return [];
  return readFileSync(probeFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const phases = [];
const memoryTrail = [];

/** The server's memory now: RSS from /proc, the rest from the probe's next sample. */
async function memoryAt(label) {
  const seen = probeLines().length;
  const deadline = Date.now() + 2000;
  while (probeLines().length <= seen && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const line = probeLines().at(-1) ?? {};
  const point = { ...line, label, rss: rssMb(), ...residentByKind(line.wasm ?? 0) };
  memoryTrail.push(point);
  return point;
}

/** The probe's line after a full collection (asked for with SIGUSR2), or null without one. */
async function collectedNow(label) {
  const seen = probeLines().length;
  server.child.kill('SIGUSR2');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const found = probeLines()
      .slice(seen)
      .find((l) => l.collected);
    if (found) return { ...found, label };
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/** A measured phase: its time window (for the probe's samples) and the memory after it. */
async function phase(name, run) {
  const t0 = Date.now();
  const result = await run();
  phases.push({ name, t0, t1: Date.now(), requests: result.requests?.total ?? result.count });
  await memoryAt(name);
  return result;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    if (server) await server.stop();
    server = null;
    if (CLUSTER_URL) await onCluster(`drop database if exists ${benchDatabase}`);
  });
