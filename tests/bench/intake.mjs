// Intake benchmark (npm run bench:intake): how long the extractor takes to read 100 KB of text
// (the budget: under a second), beside a floor in the same run, a plain regex scan of the
// same text for numerals, so a slow machine shows as a slow floor rather than a slow extractor.
// The text is the shipped source text and the news-report fixture, repeated; 1 MB is measured too.
// Wall times move with the machine's load; cpu/run (the process's CPU time per warm run) less so.
// Usage: npm run bench:intake   (BENCH_RUNS=N for more runs than 15)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { proposeFigures } from '../../src/domain/intake/extract.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BUDGET_MS = 1000;
const root = new URL('../../', import.meta.url);
const seed =
  readFileSync(new URL('src/data-set/source-text.zh.txt', root), 'utf8') +
  '\n' +
  readFileSync(new URL('tests/fixtures/intake/news-report.zh.txt', root), 'utf8');

/** `seed` repeated to at least `bytes` of UTF-8. */
function textOf(bytes) {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${seed}\n`;
  return text;
}

const NUMERALS = /[0-9０-９][0-9０-９,.．]*|[零〇一二两三四五六七八九十百千万亿]+/gu;
const floor = (text) => text.match(NUMERALS)?.length ?? 0;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(fn, runs) {
  const first = performance.now();
  let result = fn();
  const cold = performance.now() - first;
  const times = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1000 / runs;
  return {
    cold,
    min: Math.min(...times),
    median: median(times),
    max: Math.max(...times),
    cpu,
    result,
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ms = (x) => `${x.toFixed(1).padStart(8)} ms`;

console.log(`load average at start: ${load()} (2 cores shared; figures move with it)`);
console.log(`runs: 1 cold + ${RUNS}\n`);
console.log(
  'text          chars    what                 cold         min      median         max    cpu/run   found',
);
let within = true;
for (const [label, bytes] of [
  ['100 KB', 100 * 1024],
  ['1 MB', 1024 * 1024],
]) {
  const text = textOf(bytes);
  const size = `${label.padEnd(8)} ${String(text.length).padStart(9)}`;
  const intake = time(() => proposeFigures(text), RUNS);
  const scan = time(() => floor(text), RUNS);
  console.log(
    `${size}    intake        ${ms(intake.cold)} ${ms(intake.min)} ${ms(intake.median)} ${ms(intake.max)} ${ms(intake.cpu)}  ${String(intake.result.length).padStart(6)} figures`,
  );
  console.log(
    `${size}    floor (regex) ${ms(scan.cold)} ${ms(scan.min)} ${ms(scan.median)} ${ms(scan.max)} ${ms(scan.cpu)}  ${String(scan.result).padStart(6)} numerals`,
  );
  if (bytes === 100 * 1024) within = intake.cold < BUDGET_MS && intake.max < BUDGET_MS;
}
console.log(`\nload average at end: ${load()}`);
console.log(
  within
    ? `100 KB read in under ${BUDGET_MS} ms on every run, the cold one included.`
    : `OVER BUDGET: a run on 100 KB took ${BUDGET_MS} ms or more.`,
);
process.exitCode = within ? 0 : 1;
