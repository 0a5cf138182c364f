import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY } from '@/stores/preferences';
import { currentUrl, renderApp } from '@tests/render';

describe('department scorecards', () => {
  it('has one scorecard per department, marks the owners the source does not name, and links to the filtered overview', async () => {
    const { user, router } = renderApp('/departments');
    const panel = await screen.findByRole('region', { name: '部门记分卡' });
    const cards = await within(panel).findAllByRole('heading', { level: 3 });
    expect(cards).toHaveLength(10);

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
