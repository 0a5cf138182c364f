// The first screen the server draws into its pages (src/app/render-page.tsx), from the API's own
// answers: the figures a visitor sees before any script runs, in their language, on their default
// department, with their provenance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '@/app/render-page';
import { DEFAULT_PAGE_PREFERENCES } from '@/domain/preferences-cookie';
import { initialPathsFor, type InitialData } from '@/domain/initial-data';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** What the server sends with the page at `path`: the API's answers for its first screen. */
async function dataFor(path: string): Promise<InitialData> {
  const resources: Record<string, unknown> = {};
  for (const api of initialPathsFor(path)) {
    const res = await server.request(`/api${api}`);
    if (res.ok) resources[api] = await res.json();
  }
  return { at: new Date().toISOString(), resources };
}

/** The text a reader sees, without the markup. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the first screen drawn on the server', () => {
  it('shows the overview’s headline figures, their sources and what needs attention', async () => {
    const html = await renderPage('/', await dataFor('/'), DEFAULT_PAGE_PREFERENCES);
    const shown = text(html);
    expect(html).toContain('data-figure="headline"');
    expect(shown).toContain('超5万亿元');
    expect(shown).toContain('138家');
    expect(shown).toContain('陈之常（南京市委副书记、市长），南京发布，2024年5月16日');
    expect(shown).toContain('需要关注');
    expect(shown).toContain('滞后');
    // Illustrative values carry their mark here as on the client.
    expect(shown).toContain('示意');
    // Nothing above the fold waits for the client: the one placeholder is the commitments
    // table's, below the first screen, which the client fills a render after its first paint.
    const waiting = html.match(/aria-label="正在加载…"/g) ?? [];
    expect(waiting).toHaveLength(1);
    expect(html.indexOf('aria-label="正在加载…"')).toBeGreaterThan(html.indexOf('全部举措与指标'));
    expect(html).not.toContain('<table');
  });

  it('draws the commitments table, which the client draws at once beside it', async () => {
    const html = await renderPage(
      '/thrusts/T2',
      await dataFor('/thrusts/T2'),
      DEFAULT_PAGE_PREFERENCES,
    );
    expect(html).toContain('<table');
    expect(text(html)).toContain('轨道交通产业集聚区企业');
  });

  it('draws an indicator’s own page, loading its route’s code first', async () => {
    const path = '/indicators/rail-cluster-enterprises';
    const shown = text(await renderPage(path, await dataFor(path), DEFAULT_PAGE_PREFERENCES));
    expect(shown).toContain('轨道交通产业集聚区企业');
    expect(shown).toContain('138家');
  });

  it('speaks English and opens on the default department when the preferences say so', async () => {
    const html = await renderPage('/', await dataFor('/'), {
      language: 'en',
      theme: 'dark',
      defaultDepartment: 'finance',
    });
    const shown = text(html);
    expect(shown).toContain(
      'Developing new quality productive forces according to local conditions',
    );
    expect(shown).not.toContain('核心数据');
    // The header's choices say what the page was drawn with.
    expect(html).toMatch(/<option value="en"[^>]*selected/);
    expect(html).toMatch(/<option value="dark"[^>]*selected/);
    expect(html).toMatch(/<option value="finance"[^>]*selected/);
    // The finance bureau's indicators only: the metropolitan GDP is another department's.
    expect(shown).toMatch(/Showing \d+ of \d+/);
    expect(shown).not.toContain('Nanjing metropolitan area GDP');
    // The next visitor, in Chinese, is not drawn with the previous one's preferences.
    const nextHtml = await renderPage('/', await dataFor('/'), DEFAULT_PAGE_PREFERENCES);
    const next = text(nextHtml);
    expect(next).toContain('核心数据');
    expect(next).toContain('超5万亿元');
    expect(nextHtml).toMatch(/<option value="zh"[^>]*selected/);
  });
});
