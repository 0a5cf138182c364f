// Alerts end to end against `npm start` (issue 17): an editor of the owning department records a
// milestone as delayed through the form; the server's evaluation puts one alert in the editor's
// inbox (header count and inbox page) and sends exactly one email to the address in their settings,
// through an SMTP server this test runs. The inbox and the header badge are photographed.
import { expect, test, watchConsole } from './fixtures';
import { ADMIN, apiSignIn, freePort } from './server-process';
import { mailServer } from '../../server/receivers';
import { SHOTS } from '../shots';

const INDICATOR = '/indicators/sci-fin-pilot-zone';
const EDITOR = { username: 'wang-finance', password: 'e2e-editor-password' };
const EMAIL = 'wang@example.gov.cn';

/** Today in Nanjing, as the form's date input takes it. */
const todayInNanjing = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

test('an owner hears when a commitment slips: the header count, the inbox and one email', async ({
  browser,
  launch,
  dataDir,
}) => {
  const smtp = await mailServer();
  const { mails } = smtp;
  try {
    const server = await launch({ dataDir }, await freePort(), {
      SMTP_URL: smtp.url,
      ALERT_INTERVAL_SECONDS: '5',
    });
    const api = async (cookie: string, method: string, path: string, body: unknown) => {
      const res = await fetch(`${server.url}/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: server.url },
        body: JSON.stringify(body),
      });
      expect(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`).toBe(true);
    };

    // The admin makes an editor for the finance bureau; the editor gives an email address.
    const admin = await apiSignIn(server.url);
    await api(admin, 'POST', '/users', {
      ...EDITOR,
      displayName: '王敏',
      role: 'editor',
      departments: ['finance'],
    });
    const editor = await apiSignIn(server.url, EDITOR);
    await api(editor, 'PUT', '/notification-settings', {
      email: EMAIL,
      emailAlerts: true,
      digest: 'off',
      language: 'zh',
    });

    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const errors = watchConsole(page);
    // Opened before signing in: the page asks for the session alone and shows the sign-in page
    // (each request that answered 401 would be a console error).
    await page.goto(INDICATOR);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(INDICATOR)}$`));
    await page.getByLabel('用户名').fill(EDITOR.username);
    await page.getByLabel('密码').fill(EDITOR.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(new RegExp(`${INDICATOR}$`));
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: '提醒（无未读）' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('国家科创金融改革试验区');
    await expect(page.getByRole('button', { name: '关注' })).toBeVisible();

    // On track → off track: the milestone is recorded as delayed.
    const form = page.getByRole('region', { name: '更新进展' });
    await form.getByLabel('数据日期').fill(todayInNanjing());
    await form.getByLabel('进展').selectOption({ label: '延期' });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.getByRole('status')).toContainText('已保存');

    // Within 5 s the header counts one unread alert (it polls, and asks again on focus).
    const recorded = Date.now();
    const badge = header.getByRole('link', { name: '提醒（1 条未读）' });
    await expect(badge).toBeVisible({ timeout: 5_000 });
    expect(Date.now() - recorded).toBeLessThan(5_000);
    await badge.screenshot({ path: `${SHOTS}/header-inbox-badge-zh.png` });
    await header.screenshot({ path: `${SHOTS}/header-inbox-zh.png` });

    await badge.click();
    await expect(page).toHaveURL(/\/inbox$/);
    const list = page.getByRole('list', { name: '提醒列表' });
    const alert = list.getByRole('listitem');
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText('【滞后】国家科创金融改革试验区');
    await expect(alert).toContainText('未读');
    // What happened: who recorded it, the old and new progress, why.
    await expect(alert.getByLabel('详情')).toContainText('记录人王敏');
    await expect(alert.getByLabel('详情')).toContainText('新进展延期');
    await expect(alert.getByRole('link', { name: '查看指标' })).toHaveAttribute('href', INDICATOR);
    await page.screenshot({ path: `${SHOTS}/inbox-zh.png`, fullPage: true });

    // Exactly one email, to the address in the settings; still one a few seconds (and at least
    // one scheduled evaluation) later.
    await expect.poll(() => mails.length, { timeout: 10_000 }).toBe(1);
    expect(mails[0]?.to).toBe(EMAIL);
    expect(mails[0]?.body).toContain('国家科创金融改革试验区');
    expect(mails[0]?.body).toContain('记录人：王敏');
    await page.waitForTimeout(6_000);
    expect(mails).toHaveLength(1);

    // Opening the alert marks it read and leads to the indicator.
    await alert.getByRole('link', { name: '查看指标' }).click();
    await expect(page).toHaveURL(new RegExp(`${INDICATOR}$`));
    await expect(header.getByRole('link', { name: '提醒（无未读）' })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();

    // The admin's webhooks page: a webhook added through the form is listed with its format and
    // department (photographed for review).
    const adminContext = await browser.newContext({
      baseURL: server.url,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    const adminPage = await adminContext.newPage();
    await adminPage.goto('/sign-in?next=%2Fadmin%2Fwebhooks');
    await adminPage.getByLabel('用户名').fill(ADMIN.username);
    await adminPage.getByLabel('密码').fill(ADMIN.password);
    await adminPage.getByRole('button', { name: '登录' }).click();
    await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText('Webhook 管理');
    await adminPage.getByLabel('名称').fill('金融局企业微信群');
    await adminPage.getByLabel('格式').selectOption({ label: '企业微信机器人' });
    await adminPage
      .getByLabel('地址')
      .fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=not-a-real-key');
    await adminPage.getByLabel('签名密钥').fill('e2e-webhook-secret');
    await adminPage.getByRole('checkbox', { name: '市金融局' }).check();
    await adminPage.getByRole('button', { name: '新增' }).click();
    const row = adminPage.getByRole('row', { name: /金融局企业微信群/ });
    await expect(row).toContainText('企业微信机器人');
    await expect(row).toContainText('市金融局');
    // the robot's key is not shown back
    await expect(row).not.toContainText('not-a-real-key');
    await adminPage.screenshot({ path: `${SHOTS}/admin-webhooks-zh.png`, fullPage: true });
    await adminContext.close();
  } finally {
    await smtp.close();
  }
});
