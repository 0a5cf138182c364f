// Fault scenarios in the real production build, chosen the way a developer or tester would: with
// `?mock=<scenario>` in the link. Each panel says what went wrong, in Chinese, with a retry where
// one can help; an empty data set says so; an unverified figure never reaches the screen.
import type { Page } from '@playwright/test';
import { expect, headlines, shot, signIn, test } from './fixtures';

/** Anything that would be a figure of the `invalid` scenario's payload, rendered any way. */
const UNVERIFIED = /987,?654,?321|9\.8\d?亿|9\.9亿|超5万亿元/;

const PANELS = ['核心数据', '四个方面', '需要关注'];

async function bodyText(page: Page) {
  return page.locator('body').innerText();
}

test.describe('"500": the server fails every request', () => {
  // The browser logs each failed request itself; these lines, and only these, are expected.
  test.use({
    expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 500/],
  });

  test('every panel says so with a retry, after retrying with backoff; ?mock=off ends it', async ({
    page,
  }) => {
    await page.goto('/?mock=500');
    // The scenario is on screen, so a fault is never taken for the real service.
    await expect(page.getByRole('complementary', { name: /模拟场景/ })).toContainText('500');
    // While it retries, the panel says so rather than spinning in silence.
    await expect(page.getByText(/加载失败，正在重试（第 \d+ 次）/).first()).toBeVisible();
    for (const name of PANELS) {
      const alert = page.getByRole('region', { name }).getByRole('alert');
      // Transient: three retries (1 s, 2 s, 4 s) before the message.
      await expect(alert).toContainText('这部分暂时无法显示', { timeout: 20_000 });
      await expect(alert).toContainText('服务器返回错误（500）');
      await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
    }
    expect(await bodyText(page)).not.toMatch(UNVERIFIED);
    await shot(page, 'fault-500');

    // Remembered for the tab, until it is turned off.
    await page.goto('/departments');
    await expect(page.getByRole('region', { name: '部门记分卡' }).getByRole('alert')).toContainText(
      '服务器返回错误（500）',
      { timeout: 20_000 },
    );
    await page.goto('/?mock=off');
    await expect((await headlines(page)).getByText('超5万亿元', { exact: true })).toBeVisible();
    await expect(page.getByRole('complementary', { name: /模拟场景/ })).toHaveCount(0);
  });
});

test.describe('"invalid": payloads that fail the schema', () => {
  test('no figure from them appears anywhere; each panel says the data could not be verified', async ({
    page,
  }) => {
    await page.goto('/?mock=invalid');
    for (const name of ['核心数据', '需要关注']) {
      const alert = page.getByRole('region', { name }).getByRole('alert');
      await expect(alert).toContainText('数据未通过校验，未予显示');
      // Not retried on its own: the same payload would come back.
      await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
    }
    // The thrusts themselves are valid and shown; their counts come from the refused list.
    await expect(page.getByRole('link', { name: /T1 打造科技创新/ })).toBeVisible();
    expect(await bodyText(page)).not.toMatch(UNVERIFIED);
    await shot(page, 'fault-invalid');

    await page.goto('/indicators/metro-gdp');
    await expect(page.getByRole('alert')).toContainText('数据未通过校验，未予显示');
    expect(await bodyText(page)).not.toMatch(UNVERIFIED);

    await page.goto('/present?interval=600&slides=headlines');
    await expect(page.getByText('数据未通过校验，未予显示；下次刷新时会再试。')).toBeVisible();
    expect(await bodyText(page)).not.toMatch(UNVERIFIED);
    await shot(page, 'fault-invalid-present');
  });
});

test.describe('"empty": the data service returns empty lists', () => {
  test('each view says there is nothing, instead of going blank', async ({ page }) => {
    await page.goto('/?mock=empty');
    const tiles = page.getByRole('region', { name: '核心数据' });
    await expect(tiles).toContainText('暂无指标数据：数据服务返回的指标清单为空。');
    await expect(page.getByRole('region', { name: '四个方面' })).toContainText('暂无方面数据');
    await expect(page.getByRole('region', { name: '需要关注' })).toContainText('暂无指标数据');
    await shot(page, 'fault-empty');

    await page.goto('/departments');
    await expect(page.getByRole('region', { name: '部门记分卡' })).toContainText('暂无部门数据');
    await page.goto('/present?interval=600&slides=title,headlines');
    await expect(page.getByText('暂无指标数据：数据服务返回的指标清单为空。')).toBeVisible();
  });
});

test.describe('a refresh that fails while good data is on screen', () => {
  test.use({
    expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 503/],
  });

  test('the indicator page keeps its figures, faded and marked "could not refresh"', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/indicators/metro-gdp');
    const table = page.getByRole('table', { name: /观测值、目标与应达路径/ });
    await expect(table.getByText('超5万亿元')).toBeVisible();
    await expect(page.getByRole('region', { name: '录入观测值' }).getByLabel('数值')).toBeVisible();
    await page.evaluate(() => {
      const api = window.__mockApi!;
      api.worker.use(
        api.http.all('*/api/*', () =>
          api.HttpResponse.json({ error: { code: 'down', message: '维护中' } }, { status: 503 }),
        ),
      );
    });
    // Saving refreshes the page's data afterwards: the save fails, and so does the refresh.
    const form = page.getByRole('region', { name: '录入观测值' });
    await form.getByLabel('数据日期').fill('2026-10-31');
    await form.getByLabel('数值').fill('6.2万亿');
    await form.getByRole('button', { name: '保存' }).click();
    // Said at once, not after the refresh behind it has finished retrying.
    await expect(form.getByRole('alert')).toContainText('未能保存，改动已撤回');
    const mark = page.getByRole('status').filter({ hasText: '未能刷新' }).first();
    await expect(mark).toContainText('可能已过时', { timeout: 20_000 });
    await expect(mark).toContainText('服务器返回错误（503）：维护中');
    await expect(table.getByText('超5万亿元')).toBeVisible();
    await expect(table.locator('xpath=ancestor::*[@data-stale="true"]')).toHaveCount(1);
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await shot(page, 'fault-stale-indicator');
  });
});
