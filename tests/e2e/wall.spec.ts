// Issue 15's wall slides, read from the back of the room: no text under 24 px at 1080p, every
// status badge of a slide on one left edge, notices above the title rather than over it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOTS } from './shots';

/** Every visible piece of text on screen (HTML and SVG) whose font is under `min` px. */
async function smallText(page: Page, min: number) {
  return page.evaluate((limit) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const rect = el.getBoundingClientRect();
      // Visually hidden text (screen readers only) is clipped to a pixel.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const size = parseFloat(style.fontSize);
      if (size < limit) small.push(`${size.toFixed(1)}px “${text.slice(0, 30)}”`);
    }
    return small;
  }, min);
}

/** The left edges of the slide's status badges (a badge is a status word with its colour). */
async function badgeEdges(page: Page) {
  return page
    .locator('main section span[data-status]')
    .evaluateAll((els) =>
      els
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .map((el) => Math.round(el.getBoundingClientRect().left)),
    );
}

for (const lang of ['zh', 'en'] as const) {
  test(`every slide at 1080p: no text under 24 px, badges on one left edge (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/present?interval=600&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const count = Number((await page.getByText(/^1\/\d+$/).textContent())?.split('/')[1]);
    const kept = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const slide = page.locator('main section');
      const kind = await slide.getAttribute('data-slide-kind');
      await expect(slide).toBeVisible();
      expect(await smallText(page, 24), `slide ${i + 1} (${kind})`).toEqual([]);
      const edges = await badgeEdges(page);
      expect(
        new Set(edges).size,
        `slide ${i + 1} (${kind}) badges ${edges.join(',')}`,
      ).toBeLessThanOrEqual(1);
      if (kind && !kept.has(kind)) {
        kept.add(kind);
        await page.screenshot({ path: `${SHOTS}/wall-${kind}-1080p-${lang}.png` });
      }
      await page.keyboard.press('ArrowRight');
    }
    expect([...kept]).toEqual(
      expect.arrayContaining([
        'title',
        'headlines',
        'summary',
        'thrust',
        'departments',
        'attention',
      ]),
    );
  });
}

test('one department’s headlines fill the screen; attention rows name the owner', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?interval=600&slides=headlines,attention&dept=finance');
  const list = page.locator('main section ul').first();
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box?.height ?? 0, 'the headline rows take most of the slide').toBeGreaterThan(600);
  await page.screenshot({ path: `${SHOTS}/wall-headlines-one-department-1080p-zh.png` });
  await page.keyboard.press('ArrowRight');
  const rows = page.locator('main section li');
  await expect(rows.first()).toContainText('市金融局');
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.keyboard.press('ArrowLeft');
  await expect(list).toBeVisible();
  expect(await smallText(page, 48), 'at 4K the same text is twice the size').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/wall-headlines-one-department-4k-zh.png` });
});

test('a settings notice sits above the slide title, never over it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?interval=abc&slides=headlines,fireworks');
  const notice = page.getByRole('status').filter({ hasText: '演示设置有误' });
  await expect(notice).toBeVisible();
  const title = page.getByRole('heading', { level: 2, name: '核心数据' });
  const n = await notice.boundingBox();
  const h = await title.boundingBox();
  expect((n?.y ?? 0) + (n?.height ?? 0)).toBeLessThanOrEqual(h?.y ?? 0);
  await page.screenshot({ path: `${SHOTS}/wall-notice-1080p-zh.png` });
});
