import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render';

describe('indicator page', () => {
  it('shows the chart, the same data as a table, the citation and why the status is what it is', async () => {
    renderApp('/indicators/metro-gdp');
    expect(
      await screen.findByRole('heading', { level: 1, name: /南京都市圈地区生产总值/ }),
    ).toBeInTheDocument();

    const chart = screen.getByRole('img', {
      name: '南京都市圈地区生产总值：观测值、目标与应达路径',
    });
    expect(chart.querySelector('svg')).not.toBeNull();
    // reported points are discs, illustrative ones squares
    expect(chart.querySelectorAll('circle[fill="var(--chart-reported)"]')).toHaveLength(1);
    expect(
      chart.querySelectorAll('rect[stroke="var(--chart-illustrative)"]').length,
    ).toBeGreaterThan(1);
    expect(within(chart).getByText('发布会')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /观测值、目标与应达路径/ });
    const reportedRow = within(table).getByText('超5万亿元').closest('tr') as HTMLElement;
    expect(within(reportedRow).getByText('2023年12月31日')).toBeInTheDocument();
    expect(within(reportedRow).getByText(/陈之常（南京市委副书记、市长）/)).toBeInTheDocument();
    for (const row of within(table).getAllByRole('row').slice(1)) {
      if (row !== reportedRow) expect(row).toHaveTextContent('示意');
    }

    const sources = screen.getByRole('region', { name: '出处' });
    expect(within(sources).getByText(/南京都市圈地区生产总值突破5万亿/)).toBeInTheDocument();

    const status = screen.getByRole('region', { name: '状态及依据' });
    expect(within(status).getByText(/二者之比 \d\.\d\d/)).toBeInTheDocument();
    expect(within(status).getByText(/按应达路径，到 2026年11月26日 应为/)).toBeInTheDocument();
  });

  it('shows a superseded target faded and annotates the change of target', async () => {
    renderApp('/indicators/suqing-enterprises');
    const table = await screen.findByRole('table', { name: /观测值、目标与应达路径/ });
    expect(within(table).getByText(/^原目标/)).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /观测值、目标与应达路径/ });
    expect(within(chart).getByText('目标调整')).toBeInTheDocument();
    expect(within(chart).getByText('原目标')).toBeInTheDocument();
  });

  it('explains a milestone by its progress updates', async () => {
    renderApp('/indicators/transfer-chain');
    const history = await screen.findByRole('region', { name: '进展记录' });
    expect(within(history).getByText('已完成')).toBeInTheDocument();
    expect(within(history).getByText(/吴炜/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '状态及依据' })).toHaveTextContent(
      '已于 2026年6月30日 完成。',
    );
  });

  it('says so when the indicator does not exist', async () => {
    renderApp('/indicators/no-such-thing');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有编号为“no-such-thing”的指标。');
  });

  it('shows the error and a retry when the API fails, and recovers', async () => {
    let fail = true;
    server.use(http.get('*/api/indicators/:id', () => (fail ? HttpResponse.error() : undefined)));
    const { user } = renderApp('/indicators/metro-gdp');
    const alert = await screen.findByRole('alert');
    // Our words, not the browser's: its raw message waits, folded, under the technical details.
    expect(within(alert).getByText('无法连接数据服务：网络不通，或服务没有运行。')).toBeVisible();
    const details = within(alert).getByText('技术细节').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByRole('code')).toHaveTextContent(/fetch/i);
    fail = false;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /南京都市圈地区生产总值/ }),
    ).toBeInTheDocument();
  });
});
