// Alerts in the demo build (mock mode), in a real browser: the demo has the inbox and the follow
// buttons as the server has them. An editor records a slip through the form; the header counts
// it, the inbox says what happened (old and new, who, when, why, each illustrative value marked),
// and the settings warn that the demo sends no email, as a test email says plainly.
import { expect, signIn, test } from './fixtures';
import { SHOTS } from './shots';

const INDICATOR = '/indicators/sci-fin-pilot-zone';
// The demo answers a test email with 501 (it sends nothing); the browser logs that answer.
test.use({
  expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 501/],
});

const todayInNanjing = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

test('the demo has the inbox and follow buttons, and its alerts say what happened', async ({
  page,
}) => {
  await signIn(page, 'finance', INDICATOR);
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: '提醒（无未读）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '关注' })).toBeVisible();

  const form = page.getByRole('region', { name: '更新进展' });
  await form.getByLabel('数据日期').fill(todayInNanjing());
  await form.getByLabel('进展').selectOption({ label: '延期' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toContainText('已保存');

  const badge = header.getByRole('link', { name: '提醒（1 条未读）' });
  await expect(badge).toBeVisible({ timeout: 5_000 });
  await badge.click();
  await expect(page).toHaveURL(/\/inbox$/);
  const alert = page.getByRole('list', { name: '提醒列表' }).getByRole('listitem');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('【滞后】国家科创金融改革试验区（示意）');
  const details = alert.getByLabel('详情');
  await expect(details).toContainText('记录人王敏（市金融局）');
  await expect(details).toContainText('新进展延期');
  await expect(details).toContainText('原因进展记录为“延期”。');
  await expect(
    page.getByText('注意：演示模式在浏览器中运行，不发送邮件。提醒只出现在收件箱。'),
  ).toBeVisible();
  await page.getByRole('button', { name: '发送测试邮件' }).click();
  await expect(page.getByRole('alert')).toContainText('演示模式不发送邮件、不调用 Webhook');
  await page.screenshot({ path: `${SHOTS}/inbox-demo-zh.png`, fullPage: true });

  // The same inbox in English.
  await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
  const alertEn = page.getByRole('list', { name: 'Alerts' }).getByRole('listitem');
  await expect(alertEn).toContainText(
    '[Off track] National sci-tech finance pilot zone (illustrative)',
  );
  await expect(alertEn.getByLabel('Details')).toContainText('Recorded by王敏（市金融局）');
  await page.screenshot({ path: `${SHOTS}/inbox-demo-en.png`, fullPage: true });
});
