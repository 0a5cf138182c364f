// Accounts on the mock build, in a real browser: an editor records for their own department and
// the audit trail names the account; another department's indicator has no form, and says why.
// The sign-in page, the header and the admin pages are photographed for review.
import { expect, signIn, test } from './fixtures';
import { SHOTS } from './shots';

test('an editor records a figure of their department; elsewhere the form says why not', async ({
  page,
}) => {
  await page.goto('/sign-in?next=%2Findicators%2Ffinancial-competitiveness-rank');
  const demo = page.getByRole('region', { name: '演示账号' });
  await expect(demo.getByRole('listitem')).toHaveCount(4);
  await page.screenshot({ path: `${SHOTS}/sign-in-zh.png` });
  await demo.getByRole('button', { name: '填入 finance' }).click();
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/indicators\/financial-competitiveness-rank$/);

  const header = page.getByRole('banner');
  await expect(header.getByText('王敏（市金融局）')).toBeVisible();
  await expect(header.getByText('录入员')).toBeVisible();
  await header.screenshot({ path: `${SHOTS}/header-editor-zh.png` });

  const form = page.getByRole('region', { name: '录入观测值' });
  await form.getByLabel('数据日期').fill('2026-10-31');
  await form.getByLabel('数值').fill('6');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toHaveText('已保存 2026年10月31日 的记录。');
  const history = page.getByRole('region', { name: '修改记录' });
  const entry = history.getByRole('row', { name: /王敏（市金融局）/ });
  await expect(entry).toContainText('(finance)');
  await expect(entry).toContainText('2026年10月31日 的观测值');

  // Another department's indicator: no form, and the reason.
  await page.goto('/indicators/metro-gdp');
  const other = page.getByRole('region', { name: '录入观测值' });
  await expect(other).toContainText('只有市政府的录入员可以录入此指标。');
  await expect(other.getByRole('button', { name: '保存' })).toHaveCount(0);
  await expect(other.getByLabel('数值')).toHaveCount(0);

  await header.getByRole('button', { name: '退出' }).click();
  await expect(header.getByRole('link', { name: '登录' })).toBeVisible();
  await expect(other).toContainText('登录后才能录入数据。');
});

test('an admin keeps accounts and screens', async ({ page }) => {
  await signIn(page, 'admin', '/admin/users');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: '账号管理' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await header.screenshot({ path: `${SHOTS}/header-admin-zh.png` });
  const list = page.getByRole('table', { name: '全部账号' });
  await expect(list.getByRole('rowheader', { name: 'finance' })).toBeVisible();
  await list.getByRole('button', { name: '修改 finance' }).click();
  await expect(page.getByRole('form', { name: '修改账号 finance' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-users-zh.png`, fullPage: true });

  await header.getByRole('link', { name: '屏幕管理' }).click();
  const create = page.getByRole('region', { name: '新建屏幕' });
  await create.getByLabel('名称').fill('一楼大厅');
  await create.getByRole('checkbox', { name: '市科技局' }).check();
  await create.getByLabel(/播放设置/).fill('slides=summary,attention&interval=30');
  await create.getByRole('button', { name: '创建并生成配对链接' }).click();
  const link = create.getByRole('region', { name: '“一楼大厅”的配对链接' });
  await expect(link).toContainText('此链接只显示这一次');
  await expect(link.locator('code')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/pair#\S{20,}$/);
  await page.screenshot({ path: `${SHOTS}/admin-screens-zh.png`, fullPage: true });

  // The link pairs this browser as the screen and starts its show.
  const url = await link.locator('code').innerText();
  await page.goto(url);
  await expect(page).toHaveURL(/\/present\?.*slides=summary/);
  await expect(page.locator('[data-slide-kind="summary"]')).toBeVisible();
});
