// Accounts against `npm start`: an editor of the finance bureau signs in and records a finance
// figure, and the audit trail names the account; on another department's indicator there is no
// form, and a direct POST with the editor's own session gets 403. A wall screen opened through its
// pairing link runs the show without anyone signing in, and stops once an admin revokes it.
import { expect, test, watchConsole } from './fixtures';
import { apiSignIn, freePort } from './server-process';
import { SHOTS } from '../shots';

const CONTEXT = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1920, height: 1080 },
};

test('an editor records within their department; a paired screen runs until revoked', async ({
  browser,
  launch,
  dataDir,
}) => {
  const server = await launch({ dataDir }, await freePort());
  const admin = await apiSignIn(server.url);
  const api = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', admin);
    headers.set('Content-Type', 'application/json');
    return fetch(`${server.url}/api${path}`, { ...init, headers });
  };
  const made = await api('/users', {
    method: 'POST',
    body: JSON.stringify({
      username: 'wang.min',
      displayName: '王敏（市金融局）',
      role: 'editor',
      departments: ['finance'],
      password: 'finance-password-1',
    }),
  });
  expect(made.status, await made.text()).toBe(201);

  // Reading needs a sign-in: the page carries no figures and the app asks for one.
  const desk = await browser.newContext({ ...CONTEXT, baseURL: server.url });
  const page = await desk.newPage();
  const errors = watchConsole(page);
  await page.goto('/indicators/financial-competitiveness-rank');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('用户名').fill('wang.min');
  await page.getByLabel('密码').fill('finance-password-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/indicators\/financial-competitiveness-rank$/);
  await expect(page.getByRole('banner').getByText('王敏（市金融局）')).toBeVisible();

  const form = page.getByRole('region', { name: '录入观测值' });
  await form.getByLabel('数据日期').fill('2026-10-31');
  await form.getByLabel('数值').fill('6');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toHaveText('已保存 2026年10月31日 的记录。');
  const entry = page
    .getByRole('region', { name: '修改记录' })
    .getByRole('row', { name: /王敏（市金融局）/ });
  await expect(entry).toContainText('wang.min');
  await expect(entry).toContainText('2026年10月31日 的观测值');
  await page.screenshot({ path: `${SHOTS}/server-editor-recorded.png` });

  // Another department's indicator: no form, the reason, and the API refuses a direct POST.
  await page.goto('/indicators/metro-gdp');
  const other = page.getByRole('region', { name: '录入观测值' });
  await expect(other.getByRole('button', { name: '保存' })).toHaveCount(0);
  await expect(other).toContainText(/只有.*的录入员可以录入此指标/);
  const direct = await page.evaluate(async () => {
    const current = await fetch('/api/indicators/metro-gdp');
    const res = await fetch('/api/indicators/metro-gdp/observations', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'If-Match': current.headers.get('ETag') ?? '',
      },
      body: JSON.stringify({
        observation: {
          date: '2026-10-31',
          value: 6e12,
          qualifier: 'about',
          provenance: { kind: 'illustrative' },
        },
      }),
    });
    return { status: res.status, body: (await res.json()) as { error: { code: string } } };
  });
  expect(direct).toMatchObject({ status: 403, body: { error: { code: 'outsideScope' } } });
  await desk.close();

  // A screen: the admin pairs it, it opens the link once and runs the show with no sign-in.
  const display = await api('/displays', {
    method: 'POST',
    body: JSON.stringify({
      name: '一楼大厅',
      departments: ['finance'],
      playlist: { dept: 'finance', interval: '10' },
    }),
  });
  expect(display.status).toBe(201);
  const { display: paired, link } = (await display.json()) as {
    display: { id: string };
    link: string;
  };
  const wall = await browser.newContext({ ...CONTEXT, baseURL: server.url });
  const screen = await wall.newPage();
  const screenErrors = watchConsole(screen);
  await screen.goto(link);
  await expect(screen).toHaveURL(/\/present\?.*dept=finance/);
  await expect(screen.locator('[data-slide-kind]').first()).toBeVisible();
  await expect(screen.getByText('此屏幕已解除配对')).toHaveCount(0);
  await screen.screenshot({ path: `${SHOTS}/server-paired-screen.png` });

  expect((await api(`/displays/${paired.id}`, { method: 'DELETE' })).status).toBe(204);
  // Within one refresh, the screen says it was unpaired and stops.
  await expect(screen.getByText('此屏幕已解除配对')).toBeVisible({ timeout: 60_000 });
  await screen.screenshot({ path: `${SHOTS}/server-unpaired-screen.png` });
  await wall.close();

  // The console had nothing to say but the refusals the test asked for.
  expect(errors.filter((e) => !/403|401/.test(e))).toEqual([]);
  expect(screenErrors.filter((e) => !/401/.test(e))).toEqual([]);
  expect(await server.stop()).toBe(0);
});
