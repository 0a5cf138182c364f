import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOTS } from './shots';

async function fitsAt(page: Page, width: number, height: number, name: string | null) {
  await page.setViewportSize({ width, height });
  await page.waitForTimeout(300);
  const fits = await page.evaluate(() => {
    const de = document.documentElement;
    const stage = document.querySelector('main');
    return {
      page: de.scrollWidth <= de.clientWidth && de.scrollHeight <= de.clientHeight,
      stage:
        !!stage &&
        stage.scrollHeight <= stage.clientHeight + 1 &&
        stage.scrollWidth <= stage.clientWidth + 1,
      body: parseFloat(getComputedStyle(document.documentElement).fontSize),
    };
  });
  expect(fits.page, `${width}×${height}: no scrollbars`).toBe(true);
  expect(fits.stage, `${width}×${height}: nothing clipped`).toBe(true);
  if (name) await page.screenshot({ path: `${SHOTS}/${name}.png` });
  return fits.body;
}

test('a link starts the show; keys move, pause and leave it', async ({ page }) => {
  await page.goto('/present?interval=600');
  await expect(
    page.getByRole('heading', { level: 1, name: '因地制宜发展新质生产力' }),
  ).toBeVisible();
  await expect(page.getByText(/^1\/\d+$/)).toBeVisible();
  await expect(page.getByText(/数据截至 \d\d:\d\d/)).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: '核心数据' })).toBeVisible();
  await expect(page.getByText('超5万亿元', { exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  // the summary slide comes after the headlines (issue 15 item 7)
  await expect(page.getByRole('heading', { level: 2, name: '各方面状态分布' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2, name: '核心数据' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { level: 2, name: /需要关注/ })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(
    page.getByRole('heading', { level: 1, name: '因地制宜发展新质生产力' }),
  ).toBeVisible();

  await page.keyboard.press('p');
  await expect(page.getByText('已暂停')).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByText('已暂停')).toBeHidden();

  // nothing but the content: no navigation, no filter bar
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('search')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
});

test('the show advances by itself at the interval the link sets', async ({ page }) => {
  await page.goto('/present?slides=title,headlines&interval=5');
  await expect(
    page.getByRole('heading', { level: 1, name: '因地制宜发展新质生产力' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '核心数据' })).toBeVisible({
    timeout: 8000,
  });
  await expect(page.getByText(/^2\/2$/)).toBeVisible();
});

test('a playlist cycles through departments, each with its own slides', async ({ page }) => {
  await page.goto(
    '/present?slides=title,headlines&dept=finance,ndrc&cycle=departments&interval=600',
  );
  await expect(page.getByText(/^1\/4$/)).toBeVisible();
  await expect(page.getByText('南京市地方金融管理局', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('第7位', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('第3位', { exact: true })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('南京市发展和改革委员会', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('第3位', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('第7位', { exact: true })).toHaveCount(0);
});

test('invalid settings fall back to defaults with a notice', async ({ page }) => {
  await page.goto('/present?interval=abc&slides=title,fireworks&dept=nobody');
  await expect(page.getByRole('status').filter({ hasText: '演示设置有误' })).toContainText(
    '未知页面“fireworks”已忽略',
  );
  await expect(page.getByRole('status').filter({ hasText: '演示设置有误' })).toContainText(
    'interval 不是数字（abc），改用 20',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('with the API failing', () => {
  test.use({ expectedConsoleErrors: [/status of 503/] });
  test('when the API fails mid-show, the last good data stays up with its age and a stale badge, and recovers', async ({
    page,
  }) => {
    await page.goto('/present?slides=headlines&interval=600&refresh=2');
    await expect(page.getByText('超5万亿元', { exact: true })).toBeVisible();
    await page.evaluate(() => {
      const api = window.__mockApi!;
      api.worker.use(
        api.http.get('*/api/*', () =>
          api.HttpResponse.json({ error: { code: 'down', message: 'down' } }, { status: 503 }),
        ),
      );
    });
    await expect(page.getByText('刷新失败，显示的是最近一次成功获取的数据')).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText('待更新').first()).toBeVisible();
    await expect(page.getByText('超5万亿元', { exact: true })).toBeVisible();
    await expect(page.getByText(/数据截至 \d\d:\d\d/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/present-stale.png` });

    await page.evaluate(() => window.__mockApi!.worker.resetHandlers());
    await expect(page.getByText('刷新失败，显示的是最近一次成功获取的数据')).toBeHidden({
      timeout: 20_000,
    });
  });
});

test('slides fill 1366×768, 1920×1080, 3840×2160 and 32:9 screens without clipping', async ({
  page,
}) => {
  const sizes: [number, number, string][] = [
    [1920, 1080, '1080p'],
    [3840, 2160, '4k'],
    [1366, 768, '768p'],
    [3840, 1080, 'ultrawide'],
  ];
  await page.goto(
    '/present?interval=600&slides=title,headlines,thrust:T4,departments,attention,indicator:metro-gdp',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const count = Number((await page.getByText(/^1\/\d+$/).textContent())?.split('/')[1]);
  expect(count).toBeGreaterThan(6);
  const FOUR_K = ['headlines', 'thrust', 'indicator'];
  // Every slide is checked at every size; 1080p and 4K pictures of each kind are kept to look at.
  const kept = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const kind = await page.locator('main section').getAttribute('data-slide-kind');
    expect(kind).not.toBeNull();
    const keep = kind !== null && !kept.has(kind);
    if (keep) kept.add(kind);
    for (const [w, h, label] of sizes) {
      const save = keep && (label === '1080p' || (label === '4k' && FOUR_K.includes(kind)));
      const body = await fitsAt(page, w, h, save ? `present-${kind}-${label}` : null);
      if (label === '1080p') expect(Math.round(body * 100) / 100).toBeGreaterThanOrEqual(28);
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('ArrowRight');
  }
});
