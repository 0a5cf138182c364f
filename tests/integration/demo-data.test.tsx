// The header's data menu: the import link, and resetting the demo data.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

/** The menu in the page header, closed until its summary is clicked. */
const dataMenu = () => screen.getByText(/^数据维护/).closest('details')!;

describe('the data menu', () => {
  it('links the CSV import, and asks no name: the account is the author', async () => {
    const { user } = renderApp('/');
    const menu = dataMenu();
    await user.click(within(menu).getByText('数据维护'));
    expect(within(menu).getByRole('link', { name: '从 CSV 导入' })).toHaveAttribute(
      'href',
      '/import',
    );
    expect(within(menu).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('resets the demo data after a confirmation, and the recorded value is gone', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: '录入观测值' });
    await user.type(await within(form).findByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    const table = screen.getByRole('table', { name: /观测值、目标与应达路径/ });
    await within(form).findByText('已保存 2026年10月31日 的记录。');
    expect(within(table).getByText('6.2万亿元')).toBeInTheDocument();

    const menu = dataMenu();
    await user.click(within(menu).getByText(/^数据维护/));
    await user.click(within(menu).getByRole('button', { name: '重置演示数据' }));
    expect(within(menu).getByText(/恢复演示数据？此操作不能撤销/)).toBeInTheDocument();
    await user.click(within(menu).getByRole('button', { name: '重置演示数据' }));

    expect(await within(menu).findByText('已恢复演示数据。')).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByText('6.2万亿元')).not.toBeInTheDocument());
    const history = screen.getByRole('region', { name: '修改记录' });
    expect(await within(history).findByText('尚无修改记录。')).toBeInTheDocument();
  });
});
