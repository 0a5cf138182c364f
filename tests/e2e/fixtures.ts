// Every browser test fails on a console error or an uncaught exception, except the ones a test
// says it expects (e.g. the browser's own log line for a 503 it provoked).
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(m.text())))
          errors.push(m.text());
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
