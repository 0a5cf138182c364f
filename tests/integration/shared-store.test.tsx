// What a team sharing one store notices: a save refused because someone saved first says who and
// what, keeps what was typed and saves it again on request; a store that cannot keep a change says
// so instead of "saved"; a store that cannot be read is reported, not replaced by the shipped data.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DB_STORAGE_KEY, db } from '@mocks/db';
import { apiUrl } from '@/lib/api/client';
import { renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

async function openForm(path = '/indicators/metro-gdp') {
  await signInAs('admin');
  const view = renderApp(path);
  const form = await screen.findByRole('region', { name: '录入观测值' });
  await within(form).findByLabelText('数据日期');
  return { ...view, form };
}

/**
 * Another save through the API, based on the version it had. The mock keeps one session per
 * browser, so it is made as the same admin: what counts here is that it came first.
 */
async function colleagueSaves(date: string, value: number, basedOn = 1) {
  const res = await fetch(apiUrl('/indicators/metro-gdp/observations'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${basedOn}"` },
    body: JSON.stringify({
      observation: { date, value, qualifier: 'exact', provenance: { kind: 'illustrative' } },
    }),
  });
  expect(res.status).toBe(201);
}

function storageRefuses() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('saving when someone else saved first', () => {
  it('says who changed what since the form was opened, keeps the entry, and saves it on request', async () => {
    const { user, form } = await openForm();
    await colleagueSaves('2026-09-30', 6.1e12);

    await user.type(within(form).getByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    const alert = await within(form).findByText(/未保存：自您打开此表单以来，其他人已保存了更改/);
    const notice = alert.closest('[role="alert"]') as HTMLElement;
    expect(notice).toHaveTextContent('系统管理员');
    expect(notice).toHaveTextContent('2026年9月30日');
    expect(notice).toHaveTextContent('6.1万亿元');
    expect(within(form).getByRole('status')).not.toHaveTextContent('已保存');
    expect(within(form).getByLabelText('数值')).toHaveValue('6.2万亿');
    expect(within(form).getByLabelText('数据日期')).toHaveValue('2026-10-31');

    await user.click(within(notice).getByRole('button', { name: '仍按我的输入保存' }));
    expect(await within(form).findByRole('status')).toHaveTextContent(
      '已保存 2026年10月31日 的记录。',
    );
    const history = screen.getByRole('region', { name: '修改记录' });
    await waitFor(() => expect(within(history).getAllByText('系统管理员')).toHaveLength(2));
  });
});

describe('a store that cannot keep or read the data', () => {
  it('never says saved when the browser refuses to store the change, and keeps the entry', async () => {
    const { user, form } = await openForm();
    const refusal = storageRefuses();
    await user.type(within(form).getByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(
      await within(form).findByText(/浏览器拒绝保存这项更改（本地存储已满或被禁用），更改未保存/),
    ).toBeInTheDocument();
    expect(within(form).getByRole('status')).not.toHaveTextContent('已保存');
    expect(within(form).getByLabelText('数值')).toHaveValue('6.2万亿');
    refusal.mockRestore();
    db.reload();
    const gdp = db.get().indicators.find((i) => i.id === 'metro-gdp');
    expect(gdp?.kind === 'quantitative' && gdp.observations.some((o) => o.value === 6.2e12)).toBe(
      false,
    );
  });

  it('reports an import the browser refuses to store, and imports nothing', async () => {
    await signInAs('admin');
    const { user } = renderApp('/import');
    const input = await screen.findByLabelText('选择文件');
    await screen.findByRole('heading', { name: '从 CSV 导入观测值' });
    const file = new File(
      ['\uFEFFindicator_id,date,value,provenance\r\nkey-labs,2026-09-30,31,illustrative\r\n'],
      'figures.csv',
      { type: 'text/csv' },
    );
    await user.upload(input, file);
    const preview = await screen.findByRole('region', { name: '预览' });
    storageRefuses();
    await user.click(within(preview).getByRole('button', { name: '确认导入' }));
    expect(await screen.findByText(/浏览器拒绝保存这项更改/)).toBeInTheDocument();
    expect(screen.queryByText(/已导入/)).not.toBeInTheDocument();
  });

  it('reports stored demo data that cannot be read instead of showing the shipped figures', async () => {
    localStorage.setItem(DB_STORAGE_KEY, '{"version":1,"seed":"x","indicators":[{"id":');
    db.reload();
    renderApp('/indicators/metro-gdp');
    const alerts = await screen.findAllByText(/本浏览器中保存的演示数据无法读取/);
    expect(alerts.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.queryByRole('region', { name: '录入观测值' })).toBeNull());
  });
});
