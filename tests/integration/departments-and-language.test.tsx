import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY } from '@/stores/preferences';
import { currentUrl, renderApp } from '@tests/render';

describe('department scorecards', () => {
  it('has one scorecard per body, marks the owners the source does not name, and links to the filtered overview', async () => {
    const { user, router } = renderApp('/departments');
    const panel = await screen.findByRole('region', { name: '部门记分卡' });
    const cards = await within(panel).findAllByRole('heading', { level: 3 });
    // ten departments, of which 市政府 and its two portfolios are one body (issue 15 item 8)
    expect(cards).toHaveLength(8);
    expect(within(panel).getAllByRole('heading', { name: '南京市人民政府' })).toHaveLength(1);

    const finance = within(panel)
      .getByRole('heading', { name: '南京市地方金融管理局' })
      .closest('li') as HTMLElement;
    expect(
      within(finance).getByText('发布会发言人：操文荣（南京市地方金融管理局局长）'),
    ).toBeInTheDocument();
    expect(await within(finance).findByText(/负责 \d+ 项/)).toBeInTheDocument();

    const eco = within(panel).getByRole('heading', { name: /南京市生态环境局/ });
    expect(eco).toHaveTextContent('示意');

    await user.click(within(finance).getByRole('link', { name: /在总览中查看该部门/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?dept=finance'));
    expect(await screen.findByRole('region', { name: '核心数据' })).toBeInTheDocument();
  });

  it('puts the body with most off track first, and sorts by name on request', async () => {
    const { user } = renderApp('/departments');
    const panel = await screen.findByRole('region', { name: '部门记分卡' });
    await within(panel).findAllByText(/负责 \d+ 项/);
    const offTrack = (card: HTMLElement) => {
      const bar = within(card).queryByRole('img', { name: /状态分布/ });
      return Number(/滞后 (\d+)/.exec(bar?.getAttribute('aria-label') ?? '')?.[1] ?? 0);
    };
    const counts = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('h3'))
      .map(offTrack);
    expect(counts.length).toBe(8);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await user.selectOptions(within(panel).getByRole('combobox', { name: '排序' }), 'name');
    const names = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-Hans-CN').compare));
  });

  it('narrows to the departments chosen in the filter', async () => {
    renderApp('/departments?dept=ndrc&dept=jiangbei');
    const panel = await screen.findByRole('region', { name: '部门记分卡' });
    await waitFor(() =>
      expect(within(panel).getAllByRole('heading', { level: 3 })).toHaveLength(2),
    );
  });
});

describe('languages', () => {
  it('switches to English, formats numbers the English way, and remembers the choice', async () => {
    const { user } = renderApp('/');
    const panel = await screen.findByRole('region', { name: '核心数据' });
    await within(panel).findByText('超5万亿元');
    expect(document.documentElement.lang).toBe('zh-CN');

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');

    const english = await screen.findByRole('region', { name: 'Headline figures' });
    expect(within(english).getByText('over 5 trillion yuan')).toBeInTheDocument();
    expect(within(english).getByText('nearly 3,500 items')).toBeInTheDocument();
    expect(within(english).getAllByText('7th')[0]).toBeInTheDocument();
    expect(
      within(english).getAllByText(/Chen Zhichang \(.*Mayor.*\), Nanjing Release, 16 May 2024/)[0],
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(
      (JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}') as { state: { language: string } })
        .state.language,
    ).toBe('en');
  });

  it('opens in the remembered language', async () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      JSON.stringify({ state: { language: 'en' }, version: 1 }),
    );
    const { usePreferences } = await import('@/stores/preferences');
    await usePreferences.persist.rehydrate();
    renderApp('/');
    expect(await screen.findByRole('region', { name: 'Headline figures' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });
});
