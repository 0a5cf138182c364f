// Issue 15's desk views: the counted rows are the listed rows, and what needs attention is seen
// without scrolling.
import type { Page } from '@playwright/test';
import { expect, headlines, shot, test } from './fixtures';

/** The count above the view, "显示 N / M 项". */
async function shownCount(page: Page): Promise<number> {
  const text = await page.getByText(/显示 \d+ \/ \d+ 项/).textContent();
  return Number(/显示 (\d+) \//.exec(text ?? '')?.[1]);
}

/** Every row of the commitments table, across its pages. */
async function tableRowCount(page: Page, name: string): Promise<number> {
  const table = page.getByRole('table', { name });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const range = page.getByText(/^第 \d+–\d+ 项，共 \d+ 项$/);
  const total = Number(/共 (\d+) 项/.exec((await range.textContent()) ?? '')?.[1]);
  let rows = 0;
  for (;;) {
    rows += (await table.getByRole('row').count()) - 1;
    const next = page.getByRole('button', { name: '下一页' });
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    await next.click();
  }
  expect(rows, 'the pager’s total is the rows it pages through').toBe(total);
  return rows;
}

test('searching and filtering on the overview list exactly the counted rows', async ({ page }) => {
  await page.goto('/');
  await headlines(page);
  await page.getByRole('searchbox', { name: '搜索' }).fill('金融');
  await expect(page).toHaveURL(/q=%E9%87%91%E8%9E%8D/);
  await expect(page.getByText(/显示 \d+ \/ \d+ 项/)).toBeVisible();
  const counted = await shownCount(page);
  expect(counted).toBeGreaterThan(1);
  expect(await tableRowCount(page, '全部举措与指标')).toBe(counted);

  await page.goto('/?status=offTrack');
  await headlines(page);
  expect(await tableRowCount(page, '全部举措与指标')).toBe(await shownCount(page));
});

test('a thrust page lists exactly the counted rows, and keeps its own thrust', async ({ page }) => {
  await page.goto('/thrusts/T1?status=offTrack');
  const table = page.getByRole('table', { name: '举措与指标' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  expect(await tableRowCount(page, '举措与指标')).toBe(await shownCount(page));

  await page.goto('/thrusts/T1?thrust=T2');
  await expect(page.getByText('链接中的方面 T2 与本页（T1）不符，已按本页显示')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '方面' })).toHaveValue('T1');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  for (const row of await table
    .getByRole('row')
    .all()
    .then((r) => r.slice(1)))
    await expect(row.getByRole('rowheader')).toHaveText(/^T1 /);
  await shot(page, 'thrust-t1-other-thrust-notice');
});

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`the attention strip is visible without scrolling at ${width}×${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const strip = page.getByRole('region', { name: '需要关注' });
    const first = strip.getByRole('listitem').first();
    await expect(first).toBeVisible();
    await expect(first).toContainText('滞后');
    const box = await first.boundingBox();
    expect(box, 'the first row is laid out').not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await shot(page, `overview-${width}x${height}-zh`);
  });
}

test('the overview, a thrust and the departments in English', async ({ page }) => {
  await page.goto('/');
  await headlines(page);
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Needs attention' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, 'overview-1366x768-en');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/thrusts/T2');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'thrust-t2-en');
  await page.goto('/?q=%E9%87%91%E8%9E%8D');
  await page
    .getByRole('table', { name: 'All commitments and indicators' })
    .scrollIntoViewIfNeeded();
  await shot(page, 'overview-table-en');
  await page.goto('/departments');
  await expect(page.getByRole('img', { name: /^Status distribution/ }).first()).toBeVisible();
  await shot(page, 'departments-en');
});
