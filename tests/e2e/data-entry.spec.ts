// Analysts keeping the figures current, in a real browser: a recorded value survives a reload with
// its audit entry; a CSV import is previewed; the chart downloads as a PNG; the brief prints.
import { readFileSync } from 'node:fs';
import { expect, signIn, test } from './fixtures';
import { SHOTS } from './shots';

test('a recorded value survives a reload and appears in the audit trail', async ({ page }) => {
  await signIn(page, 'admin', '/indicators/metro-gdp');
  const form = page.getByRole('region', { name: '录入观测值' });
  await form.getByLabel('数据日期').fill('2026-10-31');
  await form.getByLabel('数值').fill('很多');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByLabel('数值')).toBeFocused();
  await expect(form.getByText('不是数字。可以写 150、5,000,000 或 5万亿。')).toBeVisible();
  await form.getByRole('radio', { name: /公开发布/ }).check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('公开发布的数值须注明出处。')).toBeVisible();
  await form.screenshot({ path: `${SHOTS}/entry-form-errors-zh.png` });

  await form.getByRole('radio', { name: /示意/ }).check();
  await form.getByLabel('数值').fill('6.2万亿');
  await form.getByLabel('精确程度').selectOption('about');
  await form.getByLabel('备注').fill('三季度初步估算');
  await expect(form.getByText('将显示为：约6.2万亿元')).toBeVisible();
  await form.screenshot({ path: `${SHOTS}/entry-form-zh.png` });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toHaveText('已保存 2026年10月31日 的记录。');

  await page.reload();
  const table = page.getByRole('table', { name: /观测值、目标与应达路径/ });
  await expect(table.getByRole('row', { name: /2026年10月31日.*约6\.2万亿元/ })).toBeVisible();
  const history = page.getByRole('region', { name: '修改记录' });
  const entry = history.getByRole('row', { name: /系统管理员/ });
  await expect(entry).toContainText('2026年10月31日 的观测值');
  await expect(entry).toContainText('约6.2万亿元');
  await expect(entry).toContainText('表单');
  await history.scrollIntoViewIfNeeded();
  await history.screenshot({ path: `${SHOTS}/audit-history-zh.png` });

  // the chart downloads as an image of itself, titled
  const chartPanel = page.getByRole('region', { name: '走势' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chartPanel.getByRole('button', { name: '下载图表 (PNG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^metro-gdp-\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width at 2× pixel ratio
  await download.saveAs(`${SHOTS}/chart-metro-gdp.png`);

  // English, after the reload: the same history in the other language
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const historyEn = page.getByRole('region', { name: 'Change history' });
  await expect(historyEn.getByRole('row', { name: /系统管理员/ })).toContainText(
    'observation for 31 October 2026',
  );
  await historyEn.screenshot({ path: `${SHOTS}/audit-history-en.png` });
  const formEn = page.getByRole('region', { name: 'Record an observation' });
  await formEn.getByLabel('Date of the figure').fill('2030-01-01');
  await formEn.getByLabel('Value').fill('600万亿');
  await formEn.getByRole('button', { name: 'Save' }).click();
  await expect(formEn.getByText(/The date cannot be after today/)).toBeVisible();
  await expect(formEn.getByText(/Outside this indicator’s plausible range/)).toBeVisible();
  await formEn.screenshot({ path: `${SHOTS}/entry-form-errors-en.png` });
});

test.describe('importing', () => {
  // The refusal is a 422, which the browser logs as a failed resource on its own.
  test.use({ expectedConsoleErrors: [/the server responded with a status of 422/] });

  test('a CSV with good and bad rows is previewed and refused as a whole', async ({ page }) => {
    await signIn(page, 'admin', '/import');
    const csv = [
      'indicator_id,date,value,qualifier,provenance,source,speaker,role,citation_date,quote',
      'metro-gdp,2026-06-30,5.8万亿,about,illustrative,,,,,',
      'metro-gdp,2026-07-31,很多,,illustrative,,,,,',
      'key-labs,2026-09-30,31,,reported,南京日报,李统计,市科技局副局长,2026-10-08,全市已建成全国重点实验室31家',
      'no-such-indicator,2026-07-31,1,,illustrative,,,,,',
      'key-labs,2026-10-31,=1+1,,illustrative,,,,,',
    ].join('\r\n');
    await page.getByLabel('选择文件').setInputFiles({
      name: 'figures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'),
    });
    const preview = page.getByRole('region', { name: '预览' });
    await expect(preview.getByRole('status')).toContainText('共 5 行：2 行可导入，3 行有误。');
    await page.screenshot({ path: `${SHOTS}/import-preview-zh.png`, fullPage: true });

    await preview.getByRole('button', { name: '确认导入' }).click();
    const report = page.getByRole('region', { name: '导入报告' });
    await expect(report.getByRole('alert')).toHaveText(
      '导入被拒绝，未写入任何数据：3 行有误（第 3, 5, 6 行）。',
    );
    await page.screenshot({ path: `${SHOTS}/import-report-zh.png`, fullPage: true });
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(page.getByRole('region', { name: 'Import report' }).getByRole('alert')).toHaveText(
      'Import refused; nothing was written: 3 rows have errors (rows 3, 5, 6).',
    );
    await page.screenshot({ path: `${SHOTS}/import-report-en.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');

    // nothing was written: the good rows are not on their indicator either
    await page.goto('/indicators/key-labs');
    await expect(page.getByRole('region', { name: '修改记录' })).toContainText('尚无修改记录。');
  });
});

test('the brief prints every thrust, keeping the view’s filters', async ({ page }) => {
  await page.goto('/?dept=finance');
  await page.getByRole('link', { name: '打印简报' }).click();
  await expect(page).toHaveURL(/\/brief\?dept=finance$/);
  await expect(page.getByText('范围：市金融局')).toBeVisible();
  await page.goto('/brief');
  // the summary, then the four thrusts (issue 15 item 9 adds the summary)
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/brief-zh.png` });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印或存为 PDF' })).toBeHidden();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    path: 'test-results/brief.pdf',
  });
  await page.emulateMedia({ media: 'screen' });
  // Chromium writes one page object per page: the summary's, then the thrusts running on
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(4);

  await page.goto('/');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.goto('/brief?thrust=T2');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Summary', /^T2 /]);
  // the brief's own date (today) and scope, above the figures' dates
  await expect(
    page.getByText(/^As of \d{1,2} [A-Z][a-z]+ \d{4}\s*Scope: T2 Industrial momentum$/),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/brief-en.png` });
});
