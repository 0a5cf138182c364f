// Soak benchmark for presentation mode (npm run bench:present): the production mock build in
// headless Chromium, 1,000 slide changes while the data refreshes every 2 s, forced GC before and
// after. Prints the page's heap, the mock API service worker's memory, DOM node and listener
// counts, and console errors. Target: page heap and worker growth ≤ 1 MB each after GC, DOM and
// listeners flat, zero console errors.
import { build, launch, preview } from './serve.mjs';

const CHANGES = Number(process.env.SOAK_CHANGES ?? 1000);
/** Changes before the first measurement, so V8 has compiled the hot code (see the note below). */
const WARMUP = Number(process.env.SOAK_WARMUP ?? 300);
const STEP_MS = Number(process.env.SOAK_STEP_MS ?? 40);
const OUT = process.env.SOAK_OUT ?? 'dist-bench';
const REFRESH = Number(process.env.SOAK_REFRESH ?? 2);
const SLIDES =
  process.env.SOAK_SLIDES ??
  'title,headlines,thrusts,departments,attention,indicator:metro-gdp,indicator:financial-competitiveness-rank';
const PLAYLIST = `/present?interval=3600&refresh=${REFRESH}&slides=${SLIDES}`;

const mb = (b) => (b / 1024 / 1024).toFixed(2);

/**
 * The mock API's service worker's memory after GC: its JS heap plus ArrayBuffer backing stores
 * (response bodies it holds), read over a browser-level CDP session attached to the worker.
 * Null when no worker runs.
 */
async function serviceWorkerMemory(browserCdp) {
  const { targetInfos } = await browserCdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker');
  if (!worker) return null;
  const { sessionId } = await browserCdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let next = 0;
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      const id = (next += 1);
      const onMessage = (e) => {
        const message = JSON.parse(e.message);
        if (e.sessionId !== sessionId || message.id !== id) return;
        browserCdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(message.result);
      };
      browserCdp.on('Target.receivedMessageFromTarget', onMessage);
      void browserCdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  for (let i = 0; i < 3; i += 1) await send('HeapProfiler.collectGarbage');
  const usage = await send('Runtime.getHeapUsage');
  await browserCdp.send('Target.detachFromTarget', { sessionId });
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/**
 * Heap, DOM nodes and listeners after GC, read between two data refreshes: a refresh in flight
 * holds its requests' listeners and a second copy of the data, which would count as growth or not
 * depending on when the reading falls.
 */
async function settledMetrics(cdp, page, browserCdp) {
  const started = await page.evaluate(() => window.__mockApi?.requests() ?? 0);
  await page.waitForFunction((n) => (window.__mockApi?.requests() ?? 0) > n, started);
  // The refresh's requests answered (60 ms each, in parallel) and its render done; the next
  // refresh is REFRESH seconds after this one.
  await page.waitForTimeout(400);
  // Several collections with pauses, so finalizers and detached DOM are really gone.
  for (let i = 0; i < 4; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(150);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    worker: await serviceWorkerMemory(browserCdp),
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
  const browserCdp = await browser.newBrowserCDPSession();
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
  const cold = await settledMetrics(cdp, page, browserCdp);
  // Then a warm-up: a heap snapshot diff showed the growth after one round is V8's compiled code
  // (InstructionStream, TrustedByteArray: JIT tiers for the chart code) and it levels off; the
  // soak itself is measured from the warm state, and the cold reading is printed beside it.
  for (let i = 0; i < WARMUP; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(STEP_MS);
  }
  await page.keyboard.press('Home');
  await page.waitForTimeout(2500);
  const before = await settledMetrics(cdp, page, browserCdp);
  const requestsBefore = await apiRequests();

  const started = Date.now();
  for (let i = 0; i < CHANGES; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(STEP_MS);
  }
  const seconds = (Date.now() - started) / 1000;
  await page.keyboard.press('Home');
  await page.waitForTimeout(2500);
  const after = await settledMetrics(cdp, page, browserCdp);
  const refreshes = (await apiRequests()) - requestsBefore;

  const growth = after.heap - before.heap;
  const workerGrowth = (after.worker ?? 0) - (before.worker ?? 0);
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
    [
      'mock API worker: heap + buffers after GC (MB)',
      mb(before.worker ?? 0),
      mb(after.worker ?? 0),
      `${workerGrowth >= 0 ? '+' : ''}${mb(workerGrowth)}`,
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
    workerGrowth <= 1024 * 1024 &&
    after.nodes <= before.nodes &&
    after.listeners <= before.listeners &&
    consoleErrors.length === 0;
  if (consoleErrors.length)
    console.log('\nconsole errors:\n' + consoleErrors.slice(0, 10).join('\n'));
  console.log(
    `\ntarget (page heap and service worker growth ≤ 1 MB each, DOM and listeners flat, no console errors): ${ok ? 'MET' : 'NOT MET'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.stop();
}
