// Accessibility: axe (WCAG 2.1 A and AA) on every view, in both languages and both themes, and the
// main journey done with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const VIEWS: [string, string][] = [
  ['overview', '/'],
  ['overview filtered', '/?dept=finance&status=atRisk'],
  ['thrust', '/thrusts/T1'],
  ['indicator', '/indicators/metro-gdp'],
  ['milestone', '/indicators/transfer-chain'],
  ['departments', '/departments'],
  ['import', '/import'],
  ['sign in', '/sign-in'],
  ['brief', '/brief'],
  ['presentation', '/present?interval=600&slides=headlines'],
];

async function prepare(page: Page, language: 'zh' | 'en', theme: 'light' | 'dark') {
  await page.addInitScript(
    ([lang, th]) => {
      localStorage.setItem(
        'npf-tracker:preferences',
        JSON.stringify({ state: { language: lang, theme: th }, version: 1 }),
      );
    },
    [language, theme] as const,
  );
}

for (const language of ['zh', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, path] of VIEWS) {
      test(`axe: ${name}, ${language}, ${theme}`, async ({ page }) => {
        await prepare(page, language, theme);
        await page.goto(path);
        await expect(page.locator('main').first()).toBeVisible();
        // wait for the data, not only the shell
        await expect(page.locator('[role="status"][aria-label]')).toHaveCount(0, {
          timeout: 10_000,
        });
        await expect(page.locator('html')).toHaveAttribute(
          'lang',
          language === 'zh' ? 'zh-CN' : 'en',
        );
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
}

test('the main journey with the keyboard alone: filter by department, open a thrust, an indicator, present', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-figure="headline"]').first()).toBeVisible();

  // The skip link is the first stop and lands on the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Into the filter bar: open the department list and tick a department.
  const summary = page.getByRole('search').locator('summary');
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const finance = page.getByRole('checkbox', { name: '南京市地方金融管理局' });
  while (!(await finance.evaluate((el) => el === document.activeElement)))
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/dept=finance/);

  // Tab to the T4 thrust card and open it.
  const t4 = page.getByRole('region', { name: '四个方面' }).getByRole('link', { name: /T4/ });
  for (let i = 0; i < 80 && !(await t4.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(t4).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/thrusts\/T4\?dept=finance/);

  // Tab to an indicator and open it.
  // Scoped to the thrust's table: until the lazy route renders, the overview is still up, and it
  // has the same link.
  const rank = page
    .getByRole('region', { name: '举措与指标' })
    .getByRole('link', { name: '金融综合竞争力全国排名' });
  for (let i = 0; i < 80 && !(await rank.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(rank).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /金融综合竞争力全国排名/ }),
  ).toBeVisible();

  // Present, and leave with Esc.
  const present = page.getByRole('link', { name: /演示/ });
  for (
    let i = 0;
    i < 80 && !(await present.evaluate((el) => el === document.activeElement));
    i += 1
  )
    await page.keyboard.press('Tab');
  await expect(present).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/present/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?dept=finance$/);
});
