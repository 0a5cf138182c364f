// Every browser test fails on a console error or an uncaught exception, except the ones a test
// says it expects (e.g. the browser's own log line for a 503 it provoked).
import { test as base, expect, type Page } from '@playwright/test';
import { SHOTS } from './shots';

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
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** The headline panel once its figures are in. */
export async function headlines(page: Page) {
  const panel = page.getByRole('region', { name: /核心数据|Headline figures/ });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  return panel;
}

/** The demo accounts' display names (docs/accounts.md); all share the password below. */
export const DEMO_NAMES = {
  admin: '系统管理员',
  viewer: '张观（只读）',
  finance: '王敏（市金融局）',
  sti: '李科（市科技局）',
} as const;

/**
 * Signs in on the sign-in page as a user would, and comes back to `next` (a path of the app);
 * the header then names the account.
 */
export async function signIn(page: Page, username: keyof typeof DEMO_NAMES, next = '/') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('banner').getByText(DEMO_NAMES[username])).toBeVisible();
}
