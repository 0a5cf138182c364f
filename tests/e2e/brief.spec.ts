// Issue 15's brief: a summary first; printed for two departments, no page spent on a row or two.
import { expect, test } from './fixtures';
import { SHOTS } from './shots';

const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the brief opens with a summary and prints two departments without half-empty pages', async ({
  page,
}) => {
  await page.goto('/brief?dept=finance&dept=ndrc');
  await expect(page.getByRole('heading', { level: 2, name: '概要' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '滞后举措' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/brief-two-departments-zh.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  // No thrust starts a page of its own (that left a page with one row or two); a short brief has
  // no break after its summary either.
  const breaks = await page
    .locator('section[data-thrust]')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks.length).toBeGreaterThan(1);
  expect(breaks.every((b) => b === 'auto')).toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // 15 commitments with their reasons and sources: a page per thrust plus the cover made five.
  expect(pdfPages(pdf)).toBeLessThanOrEqual(4);

  await page.goto('/');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.goto('/brief?dept=finance&dept=ndrc');
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/brief-two-departments-en.png`, fullPage: true });
});

test('the brief says which link parameters it ignored', async ({ page }) => {
  await page.goto('/brief?dept=Bad!&foo=1');
  await expect(page.getByText('未知参数 foo 已忽略')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/brief-notice-zh.png` });
});
