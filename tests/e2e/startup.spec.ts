// How the dashboard starts in mock mode: the shell does not wait for the mock API, the mock layer
// loads beside the app, and a reload shows the last figures before the API answers.
import { expect, headlines, test } from './fixtures';

const MOCK_CHUNK = /\/assets\/mock-api-[\w-]+\.js$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the shell paints before the mock API is ready, and the mock layer loads beside the app', async ({
  page,
}) => {
  const started: string[] = [];
  page.on('request', (r) => started.push(new URL(r.url()).pathname));
  // Hold the mock API back, as a slow disk or network would.
  await page.route(MOCK_CHUNK, async (route) => {
    await sleep(2000);
    await route.continue();
  });
  await page.goto('/');

  await expect(page.getByRole('link', { name: '新质生产力举措跟踪' })).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
  const panel = page.getByRole('region', { name: '核心数据' });
  await expect(panel.getByRole('status', { name: '正在加载…' })).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(0);

  // Asked for with the page, not after the app's code has run; the worker registers at once.
  const app = started.findIndex((p) => /\/assets\/app-[\w-]+\.js$/.test(p));
  const mock = started.findIndex((p) => MOCK_CHUNK.test(p));
  expect(app).toBeGreaterThanOrEqual(0);
  expect(mock).toBeGreaterThanOrEqual(0);
  expect(started.slice(0, Math.max(app, mock) + 1)).toContain('/mock-api-worker.js');

  await headlines(page);
});

test('a reload shows the last figures at once, before the mock API has started', async ({
  page,
}) => {
  await page.goto('/');
  await headlines(page);
  await page.waitForTimeout(800); // the figures are written to storage in a batch

  let held = 0;
  await page.route(MOCK_CHUNK, async (route) => {
    held += 1;
    await sleep(4000);
    await route.continue();
  });
  const reloaded = Date.now();
  await page.reload();
  const panel = await headlines(page);
  await expect(panel.getByText('超5万亿元').first()).toBeVisible();
  expect(Date.now() - reloaded).toBeLessThan(3000);
  // the mock API was indeed still loading when the figures showed
  expect(held).toBe(1);
  // and it still starts once they are on screen, so they are refreshed
  await expect
    .poll(() => page.evaluate(() => Boolean(window.__mockApi)), { timeout: 15_000 })
    .toBe(true);
});

test.describe('when the mock layer’s code fails to load', () => {
  // One pattern: a list of two would read as Playwright's [value, options] form.
  test.use({ expectedConsoleErrors: [/Failed to load resource|dynamically imported module/] });

  test('the panels say the data service cannot be reached, and recover without a reload', async ({
    page,
  }) => {
    let failing = true;
    let attempts = 0;
    await page.route(MOCK_CHUNK, async (route) => {
      attempts += 1;
      if (failing) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.goto('/');
    const panel = page.getByRole('region', { name: '核心数据' });
    // After the client's own retries with backoff (1 s, 2 s, 4 s), each of which asked again.
    await expect(panel.getByText(/无法连接数据服务/)).toBeVisible({ timeout: 20_000 });
    expect(attempts).toBeGreaterThan(2);

    failing = false;
    await panel.getByRole('button', { name: '重试' }).click();
    await headlines(page);
    await expect(panel.getByText('超5万亿元').first()).toBeVisible();
  });
});
