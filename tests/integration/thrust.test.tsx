import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@tests/render';

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
      expect(within(row).getAllByRole('cell')[3]).toHaveTextContent(
        /已达成|正常推进|需关注|滞后|数据不足/,
      );
    }
    // an owner the source does not name carries the mark
    const factories = within(table)
      .getByRole('rowheader', { name: '创建一批绿色工厂' })
      .closest('tr') as HTMLElement;
    expect(within(factories).getAllByRole('cell')[0]).toHaveTextContent(/市工信局\s*示意/);
    // the thrust as the source states it, with its speaker
    expect(screen.getByText(/陈之常（南京市委副书记、市长）/)).toBeInTheDocument();
  });

  it('says so for a thrust that does not exist', async () => {
    renderApp('/thrusts/T9');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有编号为“T9”的方面。');
  });
});
