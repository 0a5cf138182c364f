// Every browser test fails on a console error or an uncaught exception.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}

/** The headline panel once its figures are in. */
export async function headlines(page: Page) {
  const panel = page.getByRole('region', { name: /核心数据|Headline figures/ });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  return panel;
}
