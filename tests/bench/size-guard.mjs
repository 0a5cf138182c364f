// CI guard for what does not depend on the machine's speed: the gzip size of the JS the overview
// needs before it can show anything (the entry and its static imports, not the mock layer), and
// that the chart library, the CSV parser and presentation mode are not among it.
// The limit is the budget, 120 KB (about 114 KB today, 62 KB of it React DOM).
// Usage: node tests/bench/size-guard.mjs [distDir]  (after `vite build`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 120 * 1024;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
if (!entry) throw new Error('no entry in the build manifest');

// Static imports only: dynamic imports (other routes, the mock API) load later or in parallel.
const critical = new Set();
const walk = (key) => {
  if (critical.has(key)) return;
  critical.add(key);
  for (const dep of manifest[key].imports ?? []) walk(dep);
};
walk(entry);

const isMock = (key, chunk) =>
  key.startsWith('mocks/') || chunk.src?.startsWith('mocks/') || /node_modules\/msw/.test(key);
const rows = [];
for (const key of critical) {
  const chunk = manifest[key];
  if (isMock(key, chunk)) continue;
  const code = readFileSync(join(dist, chunk.file));
  rows.push({
    file: chunk.file,
    gzip: gzipSync(code, { level: 9 }).length,
    code: code.toString('utf8'),
  });
}
const total = rows.reduce((s, r) => s + r.gzip, 0);
const offPath = [
  ['recharts', /recharts-(surface|wrapper)/],
  ['presentation mode', /presenting/],
  ['papaparse', /papaparse|Papa\.parse/],
];
console.log('Overview critical-path JS (gzip):');
for (const r of rows.sort((a, b) => b.gzip - a.gzip))
  console.log(`  ${(r.gzip / 1024).toFixed(1).padStart(7)} KB  ${r.file}`);
console.log(
  `  ${(total / 1024).toFixed(1).padStart(7)} KB  total; budget ${(BUDGET / 1024).toFixed(0)} KB ${total <= BUDGET ? 'met' : 'NOT met'}`,
);
let failed = total > BUDGET;
for (const [name, re] of offPath) {
  const hit = rows.find((r) => re.test(r.code));
  if (hit) {
    console.log(`  ${name} is on the overview's critical path (${hit.file})`);
    failed = true;
  }
}
console.log(failed ? 'size guard: FAILED' : 'size guard: ok');
process.exitCode = failed ? 1 : 0;
