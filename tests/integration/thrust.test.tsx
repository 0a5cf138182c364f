import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '@tests/render';

describe('thrust page', () => {
  it('lists its commitments, indicators and milestones alike, with owner, figures and status', async () => {
    renderApp('/thrusts/T3');
    expect(
      await screen.findByRole('heading', { level: 1, name: '争当绿色转型“引领者”' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      // status and why come first, beside the name (issue 15: status in a fixed column)
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(
        /已达成|正常推进|需关注|滞后|数据不足/,
      );
    }
    // an owner the source does not name carries the mark
    const factories = within(table)
      .getByRole('rowheader', { name: 'T3 创建一批绿色工厂' })
      .closest('tr') as HTMLElement;
    expect(within(factories).getAllByRole('cell')[1]).toHaveTextContent(/市工信局\s*示意/);
    // the thrust as the source states it, with its speaker
    expect(screen.getByText(/陈之常（南京市委副书记、市长）/)).toBeInTheDocument();
  });

  it('says so for a thrust that does not exist', async () => {
    renderApp('/thrusts/T9');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有编号为“T9”的方面。');
  });
});

describe('thrust page and the URL’s filters', () => {
  const shownCount = () =>
    Number(/显示 (\d+) \//.exec(screen.getByText(/显示 \d+ \/ \d+ 项/).textContent ?? '')?.[1]);
  const tableRows = async () => {
    const table = await screen.findByRole('table', { name: '举措与指标' });
    return within(table).getAllByRole('row').slice(1);
  };

  it('counts exactly the rows it lists, within its own thrust', async () => {
    renderApp('/thrusts/T1?status=offTrack');
    const rows = await tableRows();
    expect(shownCount()).toBe(rows.length);
    for (const row of rows) expect(row).toHaveTextContent(/^T1/);
  });

  it('shows its own thrust when the link names another, says so, and the select agrees', async () => {
    renderApp('/thrusts/T1?thrust=T2');
    expect(
      await screen.findByText('链接中的方面 T2 与本页（T1）不符，已按本页显示'),
    ).toBeInTheDocument();
    for (const row of await tableRows()) expect(row).toHaveTextContent(/^T1/);
    expect(screen.getByRole('combobox', { name: '方面' })).toHaveValue('T1');
  });

  it('choosing another thrust goes to its page, keeping the other filters', async () => {
    const { user, router } = renderApp('/thrusts/T1?status=offTrack');
    await tableRows();
    await user.selectOptions(screen.getByRole('combobox', { name: '方面' }), 'T2');
    await waitFor(() => expect(currentUrl(router)).toBe('/thrusts/T2?status=offTrack'));
    await user.selectOptions(screen.getByRole('combobox', { name: '方面' }), '');
    await waitFor(() => expect(currentUrl(router)).toBe('/?status=offTrack'));
  });
});
