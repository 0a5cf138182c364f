// Soak benchmark for presentation mode (npm run bench:present): the production mock build in
// headless Chromium, 1,000 slide changes while the data refreshes every 2 s, forced GC before and
// after. Prints heap, DOM node and listener counts, and console errors. Target: heap growth ≤ 1 MB
// after GC, DOM and listeners flat, zero console errors.
import { build, launch, preview } from './serve.mjs';

const CHANGES = Number(process.env.SOAK_CHANGES ?? 1000);
/** Changes before the first measurement, so V8 has compiled the hot code (see the note below). */
const WARMUP = Number(process.env.SOAK_WARMUP ?? 300);
const STEP_MS = Number(process.env.SOAK_STEP_MS ?? 40);
const OUT = 'dist-bench';
const REFRESH = Number(process.env.SOAK_REFRESH ?? 2);
const SLIDES =
  process.env.SOAK_SLIDES ??
  'title,headlines,thrusts,departments,attention,indicator:metro-gdp,indicator:financial-competitiveness-rank';
const PLAYLIST = `/present?interval=3600&refresh=${REFRESH}&slides=${SLIDES}`;

const mb = (b) => (b / 1024 / 1024).toFixed(2);

async function settledMetrics(cdp, page) {
  // Several collections with pauses, so finalizers and detached DOM are really gone.
  for (let i = 0; i < 4; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(250);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    heap: m.JSHeapUsedSize,
    nodes: m.Nodes,
    listeners: m.JSEventListeners,
    documents: m.Documents,
  };
}

if (!process.env.SOAK_NO_BUILD) build(OUT);
const server = await preview(OUT);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // Counted inside the page: listening with page.on('request') would make DevTools keep every
  // response, which the heap would then count.
  const apiRequests = () => page.evaluate(() => window.__mockApi?.requests() ?? 0);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(server.url + PLAYLIST);
  await page.getByText(/^1\/\d+$/).waitFor();
  await page.keyboard.press('p'); // paused: only the keys move the show, so the count is exact
  const total = Number((await page.getByText(/^1\/\d+$/).textContent()).split('/')[1]);

  // One full round, so every slide's code and chart have loaded once: the "cold" reading.
  for (let i = 0; i < total; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(60);
  }
  await page.keyboard.press('Home');
  await page.waitForTimeout(2500);
  const cold = await settledMetrics(cdp, page);
  // Then a warm-up: a heap snapshot diff showed the growth after one round is V8's compiled code
  // (InstructionStream, TrustedByteArray: JIT tiers for the chart code) and it levels off; the
  // soak itself is measured from the warm state, and the cold reading is printed beside it.
  for (let i = 0; i < WARMUP; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(STEP_MS);
  }
  await page.keyboard.press('Home');
  await page.waitForTimeout(2500);
  const before = await settledMetrics(cdp, page);
  const requestsBefore = await apiRequests();

  const started = Date.now();
  for (let i = 0; i < CHANGES; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(STEP_MS);
  }
  const seconds = (Date.now() - started) / 1000;
  await page.keyboard.press('Home');
  await page.waitForTimeout(2500);
  const after = await settledMetrics(cdp, page);
  const refreshes = (await apiRequests()) - requestsBefore;

  const growth = after.heap - before.heap;
  const rows = [
    ['slide changes', CHANGES, '', ''],
    ['duration (s)', seconds.toFixed(1), '', ''],
    ['API requests during soak (refresh every 2 s)', refreshes, '', ''],
    [
      'JS heap after GC, cold → end (MB)',
      mb(cold.heap),
      mb(after.heap),
      `+${mb(after.heap - cold.heap)}`,
    ],
    [
      `JS heap after GC, after ${WARMUP}-change warm-up (MB)`,
      mb(before.heap),
      mb(after.heap),
      `${growth >= 0 ? '+' : ''}${mb(growth)}`,
    ],
    ['DOM nodes', before.nodes, after.nodes, after.nodes - before.nodes],
    ['JS event listeners', before.listeners, after.listeners, after.listeners - before.listeners],
    ['documents', before.documents, after.documents, after.documents - before.documents],
    ['console errors', '', consoleErrors.length, ''],
  ];
  console.log(
    '\nPresentation soak benchmark (production mock build, headless Chromium, 1920×1080)\n',
  );
  console.log(['metric', 'before', 'after', 'change'].map((h) => h.padEnd(14)).join(' | '));
  for (const [name, a, b, c] of rows) {
    console.log(
      `${String(name).padEnd(46)} ${String(a).padStart(10)} ${String(b).padStart(10)} ${String(c).padStart(10)}`,
    );
  }
  const ok =
    growth <= 1024 * 1024 &&
    after.nodes <= before.nodes &&
    after.listeners <= before.listeners &&
    consoleErrors.length === 0;
  if (consoleErrors.length)
    console.log('\nconsole errors:\n' + consoleErrors.slice(0, 10).join('\n'));
  console.log(
    `\ntarget (heap growth ≤ 1 MB, DOM and listeners flat, no console errors): ${ok ? 'MET' : 'NOT MET'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.stop();
}
