import { expect, headlines, shot, test } from './fixtures';

test('the overview shows the four thrusts and the headline figures with their sources', async ({
  page,
}) => {
  await page.goto('/');
  const panel = await headlines(page);
  for (const figure of ['超5万亿元', '超3500万人', '近3500项', '138家', '第3位', '第7位']) {
    await expect(panel.getByText(figure, { exact: true }).first()).toBeVisible();
  }
  await expect(
    panel.getByText(/陈之常（南京市委副书记、市长），南京发布，2024年5月16日/).first(),
  ).toBeVisible();
  const thrusts = page.getByRole('region', { name: '四个方面' });
  for (const name of ['T1 打造科技创新', 'T2 厚植产业强市', 'T3 争当绿色转型', 'T4 激活改革开放']) {
    await expect(thrusts.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
  await expect(
    page.getByRole('region', { name: '需要关注' }).getByRole('listitem').first(),
  ).toBeVisible();
  await shot(page, 'overview-zh');
});

test('choosing a department narrows the view, changes the URL, and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  const panel = await headlines(page);
  await expect(panel.getByRole('listitem').filter({ hasText: /^F\d/ })).toHaveCount(8);

  await page.getByText('全部部门').click();
  await page.getByRole('checkbox', { name: '南京市地方金融管理局' }).click();
  await expect(page.getByRole('checkbox', { name: '南京市地方金融管理局' })).toBeChecked();
  await expect(page).toHaveURL(/\?dept=finance$/);
  await expect(panel.getByText(/^F\d$/)).toHaveText(['F8']);
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1 }).click();
  await shot(page, 'overview-filtered-finance');

  await page.reload();
  const again = await headlines(page);
  await expect(again.getByText(/^F\d$/)).toHaveText(['F8']);
  await expect(page.getByRole('search').locator('summary')).toContainText('市金融局');

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect((await headlines(page)).getByText(/^F\d$/)).toHaveCount(8);
});

test('an unknown department in a link shows a notice and the unfiltered view', async ({ page }) => {
  await page.goto('/?dept=nobody');
  await expect(page.getByText('未知部门“nobody”已忽略')).toBeVisible();
  await expect((await headlines(page)).getByText(/^F\d$/)).toHaveCount(8);
});

test('an indicator page shows its chart, table and citation', async ({ page }) => {
  await page.goto('/indicators/metro-gdp');
  await expect(
    page.getByRole('heading', { level: 1, name: /南京都市圈地区生产总值/ }),
  ).toBeVisible();
  const chart = page.getByRole('img', { name: /观测值、目标与应达路径/ });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
  const table = page.getByRole('table', { name: /观测值、目标与应达路径/ });
  await expect(table.getByText('超5万亿元')).toBeVisible();
  await expect(
    page.getByRole('region', { name: '出处' }).getByText(/南京都市圈地区生产总值突破5万亿/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: '状态及依据' })).toContainText('二者之比');
  await shot(page, 'indicator-metro-gdp');
});

test('the thrust and department views render their commitments and scorecards', async ({
  page,
}) => {
  await page.goto('/thrusts/T2');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'thrust-t2');
  await page.getByRole('link', { name: '部门', exact: true }).click();
  await expect(
    page.getByRole('region', { name: '部门记分卡' }).getByRole('heading', { level: 3 }),
    // ten departments; 市政府 and its two portfolios are one body (issue 15 item 8)
  ).toHaveCount(8);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('因地制宜发展新质生产力');
  await shot(page, 'departments');
});

test('the language switch changes the interface and is remembered', async ({ page }) => {
  await page.goto('/');
  await headlines(page);
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const panel = await headlines(page);
  await expect(panel.getByText('over 5 trillion yuan', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(page, 'overview-en');
  await page.reload();
  await expect(
    (await headlines(page)).getByText('nearly 3,500 items', { exact: true }),
  ).toBeVisible();
  await page.goto('/indicators/financial-competitiveness-rank');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, 'indicator-en');
});

test('the dark theme for screens', async ({ page }) => {
  await page.goto('/');
  await headlines(page);
  await page.getByRole('combobox', { name: '主题' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, 'overview-dark');
});
