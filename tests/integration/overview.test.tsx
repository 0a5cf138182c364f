import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render';

async function headlineTiles() {
  const panel = await screen.findByRole('region', { name: '核心数据' });
  await within(panel).findByText('超5万亿元');
  return panel;
}

describe('overview', () => {
  it('shows the headline figures the way the source writes them, each with its speaker', async () => {
    renderApp('/');
    const panel = await headlineTiles();
    const figures = {
      F1: '超5万亿元',
      F2: '超3500万人',
      F3: '超1500家',
      F4: '近3500项',
      F5: '138家',
      F6: '推进中',
      F7: '第3位',
      F8: '第7位',
    };
    for (const [code, figure] of Object.entries(figures)) {
      const tile = within(panel).getByText(code).closest('li') as HTMLElement;
      // the tile leads with the source's figure
      expect(within(tile).getAllByText(figure)[0]).toBeInTheDocument();
    }
    expect(
      within(panel).getAllByText(/陈之常（南京市委副书记、市长），南京发布，2024年5月16日/).length,
    ).toBeGreaterThanOrEqual(5);
    expect(within(panel).getByText(/操文荣/)).toBeInTheDocument();
    expect(within(panel).getByText(/钱维/)).toBeInTheDocument();
  });

  it('marks every illustrative value it shows', async () => {
    renderApp('/');
    const panel = await headlineTiles();
    // A later GDP value that the data set adds sits under the reported one, with the mark.
    const later = within(panel).getByText('5.4万亿元');
    expect(later.closest('[data-provenance]')).toHaveAttribute('data-provenance', 'illustrative');
    expect(
      within(later.closest('[data-provenance]') as HTMLElement).getByText('示意'),
    ).toBeInTheDocument();
    for (const el of panel.querySelectorAll('[data-provenance="illustrative"]')) {
      expect(el).toHaveTextContent('示意');
    }
  });

  it('shows the four thrusts with how many commitments stand at each status', async () => {
    renderApp('/');
    const thrusts = await screen.findByRole('region', { name: '四个方面' });
    for (const name of [
      'T1 打造科技创新',
      'T2 厚植产业强市',
      'T3 争当绿色转型',
      'T4 激活改革开放',
    ]) {
      expect(
        await within(thrusts).findByRole('link', { name: new RegExp(name) }),
      ).toBeInTheDocument();
    }
    const t3 = within(thrusts).getByRole('link', { name: /T3/ }).closest('li') as HTMLElement;
    expect(await within(t3).findByText(/项举措/)).toBeInTheDocument();
    expect(within(t3).getAllByText(/已达成|正常推进|需关注|滞后/).length).toBeGreaterThan(1);
  });

  it('lists what needs attention, worst first, with the reason', async () => {
    renderApp('/');
    const list = await screen.findByRole('region', { name: '需要关注' });
    const items = await within(list).findAllByRole('listitem');
    expect(within(items[0]!).getByText('滞后')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: '轨道交通产业集聚区企业' })).toBeInTheDocument();
    expect(within(list).getByText(/目标日期 2025年12月31日 已过/)).toBeInTheDocument();
  });

  it('keeps the rest of the page when the indicator list fails, and retries on request', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/indicators', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ error: { code: 'boom', message: '数据库维护中' } }, { status: 500 })
          : undefined;
      }),
    );
    const { user } = renderApp('/');
    const panel = await screen.findByRole('region', { name: '核心数据' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      '服务器返回错误（500）：数据库维护中',
    );
    // the thrusts come from another endpoint and stay
    expect(await screen.findByRole('link', { name: /T1 打造科技创新/ })).toBeInTheDocument();
    await user.click(within(panel).getAllByRole('button', { name: '重试' })[0]!);
    expect(await within(panel).findByText('超5万亿元')).toBeInTheDocument();
  });

  it('does not show figures from a payload that fails validation', async () => {
    server.use(
      http.get('*/api/indicators', () =>
        HttpResponse.json({
          items: [{ id: 'metro-gdp', kind: 'quantitative', value: '5万亿' }],
          total: 1,
        }),
      ),
    );
    renderApp('/');
    const panel = await screen.findByRole('region', { name: '核心数据' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('数据未通过校验，未予显示');
    expect(screen.queryByText(/5万亿/)).not.toBeInTheDocument();
  });
});
