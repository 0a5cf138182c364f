// Live against `npm start`: a wall screen and a desk view, open in two browsers, show a value a
// third client saves within 3 s, without a reload. After a restart of the server the screen
// reconnects, resuming after the last change it heard, and catches up on a change made before it
// was back. The screen polls only once an hour here, so what it shows comes from the feed.
import type { Browser } from '@playwright/test';
import { expect, test, watchConsole } from './fixtures';
import { apiSignIn, freePort } from './server-process';

const ID = 'rail-cluster-enterprises';
// The screen shows this indicator's slide alone and refreshes on its timer only once an hour.
const PLAYLIST = { slides: `indicator:${ID}`, refresh: '3600' };
const DESK = `/indicators/${ID}`;

const context = (browser: Browser, baseURL: string) =>
  browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1920, height: 1080 },
    baseURL,
  });

/** The admin's session (kept in the database, so it outlives the restart below). */
let admin = '';

/** A third client saves a value through the API, naming the version it read (If-Match). */
async function save(base: string, value: number, date: string): Promise<void> {
  const current = await fetch(`${base}/api/indicators/${ID}`, { headers: { Cookie: admin } });
  const etag = current.headers.get('ETag') ?? '';
  const res = await fetch(`${base}/api/indicators/${ID}/observations`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'If-Match': etag.replace(/^W\//, ''),
      Cookie: admin,
    },
    body: JSON.stringify({
      observation: { date, value, qualifier: 'exact', provenance: { kind: 'illustrative' } },
    }),
  });
  expect(res.status, await res.text()).toBe(201);
}

test('a screen and a desk view show a save within 3 s, and the screen catches up after a restart', async ({
  browser,
  launch,
  dataDir,
}) => {
  const port = await freePort();
  let server = await launch({ dataDir }, port);
  admin = await apiSignIn(server.url);
  // The screen is paired through a display token, as a meeting room's would be.
  const made = await fetch(`${server.url}/api/displays`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: admin },
    body: JSON.stringify({ name: '会议室', departments: [], playlist: PLAYLIST }),
  });
  expect(made.status).toBe(201);
  const { link } = (await made.json()) as { link: string };

  const screenContext = await context(browser, server.url);
  const screen = await screenContext.newPage();
  const screenErrors = watchConsole(screen);
  const feedRequests: string[] = [];
  screen.on('request', (r) => {
    if (r.url().includes('/api/events')) feedRequests.push(r.url());
  });
  await screen.goto(link);
  await expect(screen).toHaveURL(/\/present\?/);
  const bar = screen.getByRole('banner');
  await expect(bar.getByText('实时')).toBeVisible();

  const deskContext = await context(browser, server.url);
  // The desk: an analyst's browser, signed in.
  await deskContext.addCookies([
    { name: 'npf_session', value: admin.split('=')[1] ?? '', url: server.url },
  ]);
  const desk = await deskContext.newPage();
  const deskErrors = watchConsole(desk);
  let deskFeed = 0;
  desk.on('request', (r) => {
    if (r.url().includes('/api/events')) deskFeed += 1;
  });
  await desk.goto(DESK);
  const history = desk.getByRole('region', { name: '修改记录' });
  await expect(history).toBeVisible();
  await expect(screen.getByText('161家')).toHaveCount(0);
  // Both pages have connected to the feed before the save.
  await expect.poll(() => feedRequests.length).toBeGreaterThan(0);
  await expect.poll(() => deskFeed).toBeGreaterThan(0);

  await save(server.url, 161, '2026-11-30');
  await expect(screen.getByText('161家').first()).toBeVisible({ timeout: 3000 });
  await expect(history.getByRole('row', { name: /2026年11月30日/ })).toBeVisible({ timeout: 3000 });
  await expect(desk.getByText('161家').first()).toBeVisible({ timeout: 3000 });

  // The server restarts on the same data. The screen falls back to polling while it is down.
  expect(await server.stop(), server.output()).toBe(0);
  await expect(bar.getByText('轮询')).toBeVisible({ timeout: 10_000 });
  const before = feedRequests.length;
  server = await launch({ dataDir }, port);
  // A change made before the screen is back on the feed (it waits out its backoff).
  await save(server.url, 162, '2026-12-01');
  await expect(screen.getByText('162家').first()).toBeVisible({ timeout: 45_000 });
  await expect(bar.getByText('实时')).toBeVisible();
  // It came back resuming after the last change it had heard, not from scratch.
  expect(feedRequests.slice(before).some((url) => /lastEventId=\d+/.test(url))).toBe(true);

  await screenContext.close();
  await deskContext.close();
  expect(
    [...screenErrors, ...deskErrors].filter(
      (e) => !/api\/events|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e),
    ),
  ).toEqual([]);
  expect(await server.stop(), server.output()).toBe(0);
});
