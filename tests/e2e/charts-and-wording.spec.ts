// Charts in real Chromium: values on their own year, round ticks, English tick labels on one line
// without touching; and the source's wording (近, 前十, notes) on the indicator page.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOTS } from './shots';

async function useLanguage(page: Page, lang: 'zh' | 'en') {
  await page.goto('/');
  await page.getByRole('combobox', { name: /语言|Language/ }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}

async function trendPanel(page: Page, id: string) {
  await page.goto(`/indicators/${id}`);
  const chart = page.getByRole('img', { name: /观测值、目标与应达路径|observations, target/ });
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
  return page.getByRole('region', { name: /^(走势|Trend)$/ });
}

/** The value axis's tick labels: their text, their lines and their boxes. */
async function yTicks(page: Page) {
  return page
    .locator('text.recharts-cartesian-axis-tick-value[text-anchor="end"]')
    .evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          lines: el.querySelectorAll('tspan').length,
          top: box.top,
          bottom: box.bottom,
          left: box.left,
        };
      }),
    );
}

for (const lang of ['zh', 'en'] as const) {
  for (const id of ['metro-gdp', 'rail-cluster-enterprises', 'gfci-rank']) {
    test(`${id} (${lang}): round ticks, each on one line, none touching the next`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await useLanguage(page, lang);
      const panel = await trendPanel(page, id);
      const ticks = await yTicks(page);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const tick of ticks) {
        expect(tick.lines, tick.text).toBe(1);
        expect(tick.left, `${tick.text} is clipped`).toBeGreaterThanOrEqual(0);
        // no fractions of a firm, no 6.16万亿: at most one decimal, and only for large units
        expect(tick.text).not.toMatch(/\d\.\d\d|\.\d+(家|th|st|nd|rd| firms)/);
      }
      const sorted = [...ticks].sort((a, b) => a.top - b.top);
      for (let i = 1; i < sorted.length; i += 1) {
        expect(sorted[i]!.top, `${sorted[i]!.text} overlaps`).toBeGreaterThanOrEqual(
          sorted[i - 1]!.bottom,
        );
      }
      await panel.screenshot({ path: `${SHOTS}/chart-${id}-${lang}.png` });
    });
  }
}

test('an annual value of 31 December sits on its own year’s tick', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await trendPanel(page, 'metro-gdp');
  const xTicks = await page
    .locator('text.recharts-cartesian-axis-tick-value[text-anchor="middle"]')
    .evaluateAll((els) =>
      els.map((el) => {
        const b = el.getBoundingClientRect();
        return { year: (el.textContent ?? '').slice(0, 4), x: b.left + b.width / 2 };
      }),
    );
  // the reported 2023 figure is the solid disc
  const disc = page.locator('circle[fill="var(--chart-reported)"]').first();
  const box = (await disc.boundingBox())!;
  const x = box.x + box.width / 2;
  const nearest = xTicks.reduce((a, b) => (Math.abs(b.x - x) < Math.abs(a.x - x) ? b : a));
  expect(nearest.year).toBe('2023');
  expect(Math.abs(nearest.x - x)).toBeLessThan(4);
});

test('the source’s words on the indicator page, in both languages', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.goto('/indicators/best-reputation-rank');
  const table = page.getByRole('table', { name: /observations/ });
  await expect(table.getByText('top ten', { exact: true })).toBeVisible();
  await expect(table).toContainText('Within the top ten; the exact position is not given');
  await expect(page.getByRole('region', { name: 'Status and why' })).toContainText(
    'A context figure, not a commitment',
  );
  await page.screenshot({ path: `${SHOTS}/indicator-context-en.png`, fullPage: true });
  await useLanguage(page, 'zh');
  await page.goto('/indicators/key-labs');
  await expect(page.getByRole('region', { name: '状态及依据' })).toContainText(
    '该状态依据的基线、最新值和目标日期为示意数据',
  );
  await page.screenshot({ path: `${SHOTS}/indicator-key-labs-zh.png`, fullPage: true });
});
