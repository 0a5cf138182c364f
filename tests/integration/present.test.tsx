import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { currentUrl, renderApp } from '@tests/render';

describe('presentation mode', () => {
  it('starts on the title slide and follows the keys', async () => {
    const { user, router } = renderApp(
      '/present?interval=600&slides=title,headlines,indicator:metro-gdp',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: '因地制宜发展新质生产力' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1/3')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(document.documentElement).toHaveClass('presenting');
    expect(document.documentElement.dataset.theme).toBe('dark');

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 2, name: '核心数据' })).toBeInTheDocument();
    expect(screen.getByText('超5万亿元')).toBeInTheDocument();

    await user.keyboard('{End}');
    expect(
      await screen.findByRole('heading', { level: 2, name: '南京都市圈地区生产总值' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /观测值、目标与应达路径/ })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('1/3')).toBeInTheDocument();

    await user.keyboard('p');
    expect(screen.getByText('已暂停')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
    expect(document.documentElement).not.toHaveClass('presenting');
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('marks illustrative values on slides too', async () => {
    renderApp('/present?interval=600&slides=thrust:T2');
    expect(
      await screen.findByRole('heading', { level: 2, name: /厚植产业强市/ }),
    ).toBeInTheDocument();
    const illustrative = document.querySelectorAll('[data-provenance="illustrative"]');
    expect(illustrative.length).toBeGreaterThan(0);
    for (const el of illustrative) expect(el).toHaveTextContent('示意');
  });

  it('keeps the last good data with a stale badge when a refresh fails', async () => {
    renderApp('/present?interval=600&slides=headlines&refresh=2');
    expect(await screen.findByText('超5万亿元')).toBeInTheDocument();
    server.use(
      http.get('*/api/*', () =>
        HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 500 }),
      ),
    );
    expect(await screen.findByText('刷新失败，显示的是最近一次成功获取的数据')).toBeInTheDocument();
    expect(screen.getByText('超5万亿元')).toBeInTheDocument();
    expect(screen.getByText(/数据截至 \d\d:\d\d/)).toBeInTheDocument();
  });

  it('never shows a blank slide: before any data it says it is waiting', async () => {
    server.use(http.get('*/api/indicators', () => HttpResponse.error()));
    renderApp('/present?interval=600');
    expect(await screen.findByText(/暂时无法获取数据|正在获取数据/)).toBeInTheDocument();
  });
});
