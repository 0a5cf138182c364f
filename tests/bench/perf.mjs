// Performance benchmark (npm run bench): two builds side by side, driven in Debian's Chromium at
// 1920×1080 over fresh, cache-less visits at 1× and 4× CPU throttling, taking turns with each
// other and with two floor pages (tests/bench/floor):
//   - the server build, as `npm start` serves it (the figures come with the page);
//   - the production mock build served by `vite preview`, held to its floors.
// Then repeat visits in a profile on disk (HTTP cache filled; the mock build's service worker
// installed), and filter latency on a synthetic scale scenario of 2,000 indicators. Prints a table
// of medians with min/max against the budgets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, buildForServer, launch, launchProfile, preview, startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = 'dist-bench';
/** The real-API build that `npm start` serves. */
const SERVER_OUT = 'dist-bench-server';
/**
 * The floor pages (tests/bench/floor): the mock API and one fetch without the app, then the same
 * with React rendering one figure. The app's first figure cannot show sooner.
 */
const FLOOR_OUT = 'dist-floor';
/**
 * The server build's floor: the app's page with its stylesheet and one headline figure, no script
 * and no first screen, served by the same server with the same headers. The page's own paint
 * (the first screen's style, layout, fonts and raster) is what the server build adds to it.
 */
const SERVER_FLOOR = '/bench-floor.html';
const HEADLINE = '[data-figure="headline"]';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * Installed before any page script: records the first headline figure, long tasks and LCP.
 * - `visible`, the budgets' figure: when the figure's text is on screen, at the presentation time
 *   of the paint that first drew it, as FCP is reported. That is FCP itself where the figure was
 *   in the page before the first frame (a page that comes drawn: no frame renders before it is
 *   parsed), and otherwise its Element Timing entry (the attribute that asks for one is set as
 *   the figure enters the DOM, before any paint). Element Timing alone misses a drawn figure that
 *   the client replaces before the paint's presentation is reported.
 * - `headlineAt`, on the way to it: the first task after the frame that first has the figure in
 *   the DOM (a task posted from that frame's animation callback runs after its paint). It comes
 *   before the presentation where the main thread is free, and after it where a long task (the
 *   app's scripts evaluating, at 4×) runs first.
 */
function instrument(selector) {
  window.__bench = {
    headlineAt: null,
    headlineInDom: null,
    visibleAt: null,
    firstFrameAt: null,
    longTasks: 0,
    lcp: 0,
    cls: 0,
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier !== 'npf-bench-headline') continue;
      const at = e.renderTime || e.loadTime;
      if (window.__bench.visibleAt === null || at < window.__bench.visibleAt) {
        window.__bench.visibleAt = at;
      }
    }
  }).observe({ type: 'element', buffered: true });
  requestAnimationFrame(() => {
    window.__bench.firstFrameAt = performance.now();
  });
  const seen = () => {
    // Element Timing reports text through the block that lays it out (the figure itself, or a
    // flex item inside it): every element of every headline figure asks for it, as it arrives.
    for (const el of document.querySelectorAll(`${selector}, ${selector} *`)) {
      if (!el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'npf-bench-headline');
    }
    if (window.__bench.headlineInDom === null && document.querySelector(selector)) {
      window.__bench.headlineInDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__bench.headlineAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks += e.duration;
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function visit(context, url, rate, { fresh }) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const cdp = await context.newCDPSession(page);
  if (fresh) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(instrument, HEADLINE);

  // Responses are only counted while the page loads; their bodies are read after the timings are
  // taken, as reading them meanwhile costs the browser time the page would otherwise have.
  const responses = [];
  page.on('response', (res) => void responses.push(res));

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(HEADLINE, { timeout: 30_000 });
  await page
    .waitForFunction(
      () =>
        window.__bench.visibleAt !== null ||
        (window.__bench.headlineInDom < window.__bench.firstFrameAt &&
          performance.getEntriesByName('first-contentful-paint').length > 0),
      null,
      { timeout: 30_000 },
    )
    .catch(() => {
      throw new Error(`${url}: no Element Timing entry for the headline figure`);
    });
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => ({
    headline: Math.min(
      window.__bench.visibleAt ?? Infinity,
      window.__bench.headlineInDom < window.__bench.firstFrameAt
        ? (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity)
        : Infinity,
    ),
    framePassed: window.__bench.headlineAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__bench.lcp,
    cls: window.__bench.cls,
    longTasks: window.__bench.longTasks,
    // Milestones on the way to the headline (the server build): the page received, the app's
    // scripts evaluated (main.tsx's first line runs after every module it imports), the first
    // render started.
    htmlReceived: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
    scriptsDone:
      performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' || /\.js$/.test(new URL(e.name).pathname))
        .filter((e) => e.startTime < (window.__bench.headlineInDom ?? Infinity))
        .reduce((last, e) => Math.max(last, e.responseEnd), 0) || null,
    appEvaluated: performance.getEntriesByName('npf:app-start')[0]?.startTime ?? null,
    renderStarted: performance.getEntriesByName('npf:render')[0]?.startTime ?? null,
    // Milestones on the way to the headline (mock mode): MSW started, the indicator list received.
    mockReady: performance.getEntriesByName('npf:mock-api-ready')[0]?.startTime ?? null,
    listReceived:
      performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname === '/api/indicators')?.responseEnd ?? null,
    // The scripts the app needs before it can render anything: requested before its first
    // render started (a chunk loaded after that, the live feed or the account menu, is not).
    firstRenderScripts: performance
      .getEntriesByType('resource')
      .filter(
        (e) =>
          e.startTime <
          (performance.getEntriesByName('npf:render')[0]?.startTime ??
            window.__bench.headlineInDom ??
            Infinity),
      )
      .map((e) => e.name),
    // Requests to the API that started before the figure was on screen.
    apiBeforeHeadline: performance
      .getEntriesByType('resource')
      .filter(
        (e) =>
          new URL(e.name).pathname.startsWith('/api/') &&
          e.startTime < (window.__bench.headlineInDom ?? Infinity),
      ).length,
  }));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const js = [];
  for (const res of responses) {
    if (res.request().resourceType() !== 'script') continue;
    try {
      const body = await res.body();
      js.push({ url: res.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      /* served by the service worker's cache or gone */
    }
  }
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((x) => x.name === 'JSHeapUsedSize').value;
  // As a browser closes a tab: with its unload handlers, so the mock service worker hears that
  // the page has gone (MSW's `beforeunload`) and does not keep treating it as a live client.
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('close', { timeout: 5000 }).catch(() => {});
  return {
    ...m,
    heap,
    requests: responses.length,
    jsGzip: js.reduce((s, f) => s + f.gzip, 0),
    appJsGzip: js
      .filter((f) => !isMock(f.url) && m.firstRenderScripts.includes(f.url))
      .reduce((s, f) => s + f.gzip, 0),
    jsFiles: js,
  };
}

async function filterLatency(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${url}/?mock=scale`);
  await page.waitForSelector(HEADLINE, { timeout: 60_000 });
  await page.getByText('全部部门').click();
  const boxes = page.getByRole('checkbox');
  const count = await boxes.count();
  const times = [];
  for (let i = 0; i < Math.min(count, 6) * 2; i += 1) {
    const box = boxes.nth(i % Math.min(count, 6));
    const handle = await box.elementHandle();
    const ms = await page.evaluate(
      (el) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          let last = t0;
          const mo = new MutationObserver(() => {
            last = performance.now();
          });
          mo.observe(document.body, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
          el.click();
          const tick = () => {
            if (performance.now() - last > 150) {
              mo.disconnect();
              resolve(last - t0);
            } else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      handle,
    );
    times.push(ms);
  }
  const shown = await page.evaluate(() => document.querySelectorAll('main li').length);
  await context.close();
  return { ...stats(times), samples: times.length, shown };
}

/**
 * The mock layer's files: what `mocks/browser.ts` loads that the app's entry does not. The build
 * preloads them beside the app; a real deployment has none of them.
 */
function mockLayerFiles(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
  const walk = (key, into) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) walk(dep, into);
    return into;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const app = walk(entry, new Set());
  // The mock API's chunk: its own entry, or the group src/build-plugins/first-screen-chunks.ts puts it in.
  const mockKey = Object.keys(manifest).find(
    (k) => k === 'mocks/browser.ts' || k.startsWith('_mock-api-'),
  );
  const mocks = walk(mockKey, new Set());
  return new Set([...mocks].filter((k) => !app.has(k)).map((k) => `/${manifest[k].file}`));
}

/** Writes SERVER_FLOOR into the server build, from its index.html, before the server loads it. */
function writeServerFloor(dir) {
  const page = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(
      '<div id="root"></div>',
      '<div id="root"><p class="figure" data-figure="headline">超5万亿元</p></div>',
    );
  if (!page.includes('data-figure="headline"') || page.includes('<script')) {
    throw new Error(`cannot make the server floor page from ${dir}/index.html`);
  }
  writeFileSync(join(dir, SERVER_FLOOR), page);
}

/**
 * The server build's second floor: the overview exactly as the server draws it for the viewer,
 * without its scripts. What the browser spends on this first screen with no script at all.
 * Taken from a first start of the server, which is then restarted to serve it as a file.
 */
const DRAWN_FLOOR = '/bench-drawn.html';
async function startServerWithDrawnFloor(dir) {
  const first = await startServer(dir);
  const res = await fetch(`${first.url}/`, { headers: { Cookie: first.viewerCookie } });
  const drawn = await res.text();
  first.stop();
  const page = drawn
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (!page.includes('data-figure="headline"') || /<script(?![^>]*application\/json)/.test(page)) {
    throw new Error('the drawn page for the floor has no figure, or a script left');
  }
  writeFileSync(join(dir, DRAWN_FLOOR), page);
  return startServer(dir);
}

const fmt = (n, unit = 'ms') => `${Math.round(n)}${unit}`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

if (!process.env.BENCH_NO_BUILD) {
  build(OUT);
  build(resolve(FLOOR_OUT), 'tests/bench/floor/vite.config.mjs');
  buildForServer(resolve(SERVER_OUT));
}
writeServerFloor(resolve(SERVER_OUT));
const mockFiles = mockLayerFiles(OUT);
const isMock = (u) =>
  /mockServiceWorker|mock-api-worker/.test(u) || mockFiles.has(new URL(u).pathname);
const server = await preview(OUT);
const floorServer = await preview(FLOOR_OUT);
const appServer = await startServerWithDrawnFloor(resolve(SERVER_OUT));
const browser = await launch();

/**
 * Fresh visits to each page at each CPU rate: per page, the runs by rate. The pages take turns, so
 * a stretch of this machine running slower weighs on all of them alike.
 */
async function freshVisits(urls) {
  const results = urls.map(() => ({ 1: [], 4: [] }));
  for (const rate of [1, 4]) {
    for (let i = 0; i < RUNS; i += 1) {
      for (const [j, url] of urls.entries()) {
        const context = await browser.newContext({ serviceWorkers: 'allow' });
        if (url.startsWith(appServer.url)) await appServer.signInContext(context);
        results[j][rate].push(await visit(context, url, rate, { fresh: true }));
        await context.close();
      }
    }
  }
  return results;
}

try {
  // One visit each that is not counted: the preview servers' and the browser's own first-time
  // costs (Node compiling the server's compression path, Chromium starting its first renderer)
  // are not the page's.
  for (const url of [server.url, `${floorServer.url}/index.html`, `${appServer.url}/`]) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    if (url.startsWith(appServer.url)) await appServer.signInContext(context);
    await visit(context, url, 1, { fresh: true });
    await context.close();
  }
  const [results, floor, floorReact, served, servedFloor, drawnFloor] = await freshVisits([
    `${server.url}/`,
    `${floorServer.url}/index.html`,
    `${floorServer.url}/react.html`,
    `${appServer.url}/`,
    `${appServer.url}${SERVER_FLOOR}`,
    `${appServer.url}${DRAWN_FLOOR}`,
  ]);
  const repeat = [];
  const servedRepeat = [];
  for (let i = 0; i < RUNS; i += 1) {
    // A new profile on disk, as the meeting-room PC's browser has, not an incognito-like context
    // (see launchProfile in serve.mjs).
    const profile = await launchProfile({ serviceWorkers: 'allow' });
    // The first visit as a browser makes it: the empty cache, filled as it loads (a cache-disabled
    // visit would leave the second one to download everything again).
    await visit(profile.context, server.url + '/', 1, { fresh: false });
    repeat.push(await visit(profile.context, server.url + '/', 1, { fresh: false }));
    await profile.close();
    const serverProfile = await launchProfile();
    await appServer.signInContext(serverProfile.context);
    await visit(serverProfile.context, `${appServer.url}/`, 1, { fresh: false });
    servedRepeat.push(await visit(serverProfile.context, `${appServer.url}/`, 1, { fresh: false }));
    await serverProfile.close();
  }
  const filter = await filterLatency(browser, server.url);

  const row = (name, xs, f, budget) => {
    const s = stats(xs);
    const ok = budget === undefined ? '' : s.median <= budget ? 'ok' : 'OVER';
    return [
      name,
      f(s.median),
      `${f(s.min)}–${f(s.max)}`,
      budget === undefined ? '' : f(budget),
      ok,
    ];
  };
  const rows = [];
  rows.push([
    'server build (npm start), a signed-in viewer: the figures come with the page',
    '',
    '',
    '',
    '',
  ]);
  for (const rate of [1, 4]) {
    const r = served[rate];
    const tag = `${rate}× CPU`;
    rows.push(
      row(
        `first headline figure visible, ${tag}`,
        r.map((x) => x.headline),
        fmt,
        rate === 1 ? 400 : 1000,
      ),
    );
    rows.push(
      row(
        `FCP, ${tag}`,
        r.map((x) => x.fcp),
        fmt,
      ),
    );
    rows.push(
      row(
        `LCP, ${tag}`,
        r.map((x) => x.lcp),
        fmt,
      ),
    );
    for (const [label, key] of [
      ['page received', 'htmlReceived'],
      ['scripts received', 'scriptsDone'],
      ['app scripts evaluated', 'appEvaluated'],
      ['first render started', 'renderStarted'],
    ]) {
      rows.push(
        row(
          `  on the way: ${label}, ${tag}`,
          r.map((x) => x[key] ?? NaN),
          fmt,
        ),
      );
    }
    rows.push(
      row(
        `  on the way: first task after its frame, ${tag}`,
        r.map((x) => x.framePassed),
        fmt,
      ),
    );
    rows.push(
      row(
        `  floor: page + stylesheet + one figure, ${tag}`,
        servedFloor[rate].map((x) => x.headline),
        fmt,
      ),
    );
    rows.push(
      row(
        `  floor: the drawn page, no script, ${tag}`,
        drawnFloor[rate].map((x) => x.headline),
        fmt,
      ),
    );
    rows.push(
      row(
        `API requests before the figure, ${tag}`,
        r.map((x) => x.apiBeforeHeadline),
        (n) => String(n),
      ),
    );
    rows.push(
      row(
        `layout shift, ${tag}`,
        r.map((x) => x.cls),
        (n) => n.toFixed(3),
        0,
      ),
    );
  }
  rows.push(
    row(
      'repeat visit, first headline (profile on disk)',
      servedRepeat.map((x) => x.headline),
      fmt,
      200,
    ),
  );
  rows.push(
    row(
      'JS gzip before the first render',
      served[1].map((x) => x.appJsGzip),
      kb,
      120 * 1024,
    ),
  );
  rows.push(['mock build (npm run dev, demo), against its floors', '', '', '', '']);
  for (const rate of [1, 4]) {
    const r = results[rate];
    const tag = `${rate}× CPU`;
    // Held to the floor of the same run: the React floor plus 150 ms at 1×, 500 ms at 4×.
    const floorBudget = median(floorReact[rate].map((x) => x.headline)) + (rate === 1 ? 150 : 500);
    rows.push(
      row(
        `first headline figure visible, ${tag} (floor + ${rate === 1 ? 150 : 500})`,
        r.map((x) => x.headline),
        fmt,
        floorBudget,
      ),
    );
    rows.push(
      row(
        `  on the way: first task after its frame, ${tag}`,
        r.map((x) => x.framePassed),
        fmt,
      ),
    );
    rows.push(
      row(
        `  on the way: mock API started, ${tag}`,
        r.map((x) => x.mockReady ?? NaN),
        fmt,
      ),
    );
    rows.push(
      row(
        `  on the way: indicator list received, ${tag}`,
        r.map((x) => x.listReceived ?? NaN),
        fmt,
      ),
    );
    rows.push(
      row(
        `FCP (the shell), ${tag}`,
        r.map((x) => x.fcp),
        fmt,
      ),
    );
    rows.push(
      row(
        `LCP, ${tag}`,
        r.map((x) => x.lcp),
        fmt,
      ),
    );
    rows.push(
      row(
        `long tasks total, ${tag}`,
        r.map((x) => x.longTasks),
        fmt,
      ),
    );
    rows.push(
      row(
        `JS heap after GC, ${tag}`,
        r.map((x) => x.heap),
        (b) => `${(b / 1048576).toFixed(1)} MB`,
      ),
    );
  }
  for (const rate of [1, 4]) {
    rows.push(
      row(
        `floor: mock API + list, no app, ${rate}× CPU`,
        floor[rate].map((x) => x.headline),
        fmt,
      ),
    );
    rows.push(
      row(
        `floor: the same + React, one figure, ${rate}× CPU`,
        floorReact[rate].map((x) => x.headline),
        fmt,
      ),
    );
  }
  const r1 = results[1];
  rows.push(
    row(
      'requests (fresh visit)',
      r1.map((x) => x.requests),
      (n) => String(n),
    ),
  );
  rows.push(
    row(
      'JS transferred, gzip (all)',
      r1.map((x) => x.jsGzip),
      kb,
    ),
  );
  rows.push(
    row(
      'JS gzip before the first render, excl. mock',
      r1.map((x) => x.appJsGzip),
      kb,
      120 * 1024,
    ),
  );
  rows.push(
    row(
      'repeat visit, first headline (profile on disk)',
      repeat.map((x) => x.headline),
      fmt,
      250,
    ),
  );
  rows.push([
    `filter change at 2,000 indicators (${filter.samples} changes)`,
    fmt(filter.median),
    `${fmt(filter.min)}–${fmt(filter.max)}`,
    fmt(50),
    filter.median <= 50 ? 'ok' : 'OVER',
  ]);

  console.log(
    `\nBenchmark: the server build and the production mock build, Chromium ${browser.version()}, 1920×1080, ${RUNS} runs each\n`,
  );
  const widths = [46, 12, 20, 10, 5];
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' ');
  console.log(line(['metric', 'median', 'min–max', 'budget', '']));
  console.log('-'.repeat(96));
  for (const r of rows) console.log(line(r));
  console.log('\nJS files of the first fresh visit (gzip):');
  for (const f of r1[0].jsFiles)
    console.log(
      `  ${kb(f.gzip).padStart(9)}  ${f.url.replace(server.url, '')}${isMock(f.url) ? '  (mock layer)' : ''}${r1[0].firstRenderScripts.includes(f.url) ? '' : '  (after the first render)'}`,
    );
  process.exitCode = rows.some((r) => r[4] === 'OVER') ? 1 : 0;
} finally {
  await browser.close();
  server.stop();
  floorServer.stop();
  appServer.stop();
}
