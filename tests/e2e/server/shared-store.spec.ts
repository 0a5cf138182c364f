// One store for everyone, kept across restarts: what one analyst records through the form, a
// second browser sees, and both the value and its audit entry survive a restart of the server.
// On the embedded database always; on PostgreSQL too when TEST_DATABASE_URL names one (CI).
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from '@playwright/test';
import pg from 'pg';
import { expect, test, watchConsole } from './fixtures';
import { ADMIN, freePort, type DatabaseChoice } from './server-process';
import { SHOTS } from '../shots';

const INDICATOR = '/indicators/rail-cluster-enterprises';
const CONTEXT = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1920, height: 1080 },
};

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ ...CONTEXT, baseURL });
}

/** Signs in on the sign-in page (the server reads only for signed-in users) and opens `next`. */
async function signedIn(context: BrowserContext, next: string) {
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  return page;
}

/** A fresh database on the PostgreSQL TEST_DATABASE_URL names, dropped after the test. */
async function postgresDatabase(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `npf_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const stores = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])] as const;

for (const store of stores) {
  test(`${store}: a value recorded in one browser is seen in another, and survives a restart with its audit entry`, async ({
    browser,
    launch,
    dataDir,
  }) => {
    let database: DatabaseChoice = { dataDir };
    let drop = () => Promise.resolve();
    if (store === 'postgres') {
      const created = await postgresDatabase(process.env.TEST_DATABASE_URL ?? '');
      database = { databaseUrl: created.url };
      drop = created.drop;
    }
    try {
      const port = await freePort();
      let server = await launch(database, port);

      // The first analyst signs in and records 151家 through the indicator page's form.
      const first = await newContext(browser, server.url);
      const page = await signedIn(first, INDICATOR);
      const firstErrors = watchConsole(page);
      const form = page.getByRole('region', { name: '录入观测值' });
      await form.getByLabel('数据日期').fill('2026-11-30');
      await form.getByLabel('数值').fill('151');
      await form.getByRole('radio', { name: /示意/ }).check();
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form.getByRole('status')).toHaveText('已保存 2026年11月30日 的记录。');

      // A second, separate browser context (no shared storage) sees it from the server.
      const second = await newContext(browser, server.url);
      const other = await signedIn(second, INDICATOR);
      const otherErrors = watchConsole(other);
      const row = /2026年11月30日.*151家/;
      await expect(
        other
          .getByRole('table', { name: /观测值、目标与应达路径/ })
          .getByRole('row', { name: row }),
      ).toBeVisible();
      await first.close();
      await second.close();

      // SIGTERM drains and exits 0; started again on the same data, nothing is lost.
      expect(await server.stop(), server.output()).toBe(0);
      server = await launch(database, port);
      const third = await newContext(browser, server.url);
      const after = await signedIn(third, INDICATOR);
      const afterErrors = watchConsole(after);
      await expect(
        after
          .getByRole('table', { name: /观测值、目标与应达路径/ })
          .getByRole('row', { name: row }),
      ).toBeVisible();
      const entry = after
        .getByRole('region', { name: '修改记录' })
        .getByRole('row', { name: /2026年11月30日 的观测值/ });
      await expect(entry).toContainText('2026年11月30日 的观测值');
      await expect(entry).toContainText('151家');
      await expect(entry).toContainText('表单');
      if (store === 'pglite') {
        await after.screenshot({ path: `${SHOTS}/server-indicator.png` });
        await after.goto('/');
        await expect(
          after
            .getByRole('region', { name: /核心数据/ })
            .getByRole('listitem')
            .first(),
        ).toBeVisible();
        await after.screenshot({ path: `${SHOTS}/server-overview.png` });
      }
      await third.close();
      expect([...firstErrors, ...otherErrors, ...afterErrors]).toEqual([]);
      expect(await server.stop(), server.output()).toBe(0);
    } finally {
      await drop();
    }
  });
}
