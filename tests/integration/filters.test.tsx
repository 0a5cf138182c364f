import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

async function tileCodes() {
  const panel = await screen.findByRole('region', { name: '核心数据' });
  await within(panel).findAllByRole('listitem');
  return within(panel)
    .getAllByText(/^F\d$/)
    .map((el) => el.textContent);
}

describe('filtering by department, thrust, status and text', () => {
  it('choosing a department narrows what is shown and writes it into the URL', async () => {
    const { user, router } = renderApp('/');
    expect(await tileCodes()).toHaveLength(8);

    await user.click(screen.getByText('全部部门'));
    await user.click(await screen.findByRole('checkbox', { name: '南京市地方金融管理局' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/?dept=finance'));
    await waitFor(async () => expect(await tileCodes()).toEqual(['F8']));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/显示 \d+ \/ \d+ 项/);

    // several at once
    await user.click(screen.getByRole('checkbox', { name: '南京市发展和改革委员会' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?dept=finance&dept=ndrc'));
    await waitFor(async () => expect(await tileCodes()).toEqual(['F7', 'F8']));
  });

  it('a link with a department filter shows the same view when opened afresh', async () => {
    renderApp('/?dept=ndrc');
    await waitFor(async () => expect(await tileCodes()).toEqual(['F7']));
    expect(screen.getByText('市发改委', { selector: 'summary *' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: '南京市发展和改革委员会', hidden: true }),
    ).toBeChecked();
  });

  it('an unknown department in the URL shows a notice and the unfiltered view', async () => {
    renderApp('/?dept=ministry-of-magic');
    expect(await screen.findByText('未知部门“ministry-of-magic”已忽略')).toBeInTheDocument();
    await waitFor(async () => expect(await tileCodes()).toHaveLength(8));
  });

  it('malformed and unknown parameters are ignored with a notice, never a crash', async () => {
    renderApp('/?thrust=T9&status=<script>alert(1)</script>&status=x&foo=bar');
    expect(await screen.findByText('未知方面“T9”已忽略')).toBeInTheDocument();
    expect(screen.getByText('未知状态“<script>alert(1)</script>”已忽略')).toBeInTheDocument();
    expect(screen.getByText(/参数 status 重复出现/)).toBeInTheDocument();
    expect(screen.getByText('未知参数 foo 已忽略')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    await waitFor(async () => expect(await tileCodes()).toHaveLength(8));
  });

  it('thrust and status filters narrow the thrust cards and the attention list', async () => {
    const { user, router } = renderApp('/');
    await tileCodes();
    await user.selectOptions(screen.getByRole('combobox', { name: '状态' }), 'offTrack');
    await waitFor(() => expect(currentUrl(router)).toBe('/?status=offTrack'));
    const list = screen.getByRole('region', { name: '需要关注' });
    for (const item of within(list).getAllByRole('listitem')) {
      expect(within(item).getByText('滞后')).toBeInTheDocument();
    }
    await user.selectOptions(screen.getByRole('combobox', { name: '方面' }), 'T3');
    await waitFor(() => expect(currentUrl(router)).toBe('/?thrust=T3&status=offTrack'));
    expect(within(list).getByRole('link', { name: '新能源汽车友好城市' })).toBeInTheDocument();
    expect(
      within(list).queryByRole('link', { name: '轨道交通产业集聚区企业' }),
    ).not.toBeInTheDocument();
  });

  it('text search narrows as you type and keeps what was typed', async () => {
    const { user, router } = renderApp('/');
    await tileCodes();
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await user.type(box, '轨道 ');
    expect(box).toHaveValue('轨道 ');
    await waitFor(() => expect(currentUrl(router)).toBe('/?q=%E8%BD%A8%E9%81%93'));
    await waitFor(async () => expect(await tileCodes()).toEqual(['F5']));
    expect(box).toHaveValue('轨道 ');
  });

  it('keeps every keystroke of someone typing slower than the URL follows', async () => {
    renderApp('/');
    await tileCodes();
    // 160 ms a key: the URL takes each word before the next key, and must not hand an older
    // word back to the box.
    const user = userEvent.setup({ delay: 160 });
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await user.type(box, '轨道交通 ');
    expect(box).toHaveValue('轨道交通 ');
  });

  it('back and forward restore the view', async () => {
    const { user, router } = renderApp('/');
    await tileCodes();
    await user.selectOptions(screen.getByRole('combobox', { name: '方面' }), 'T2');
    await waitFor(async () => expect(await tileCodes()).toEqual(['F5']));
    await router.navigate(-1);
    await waitFor(async () => expect(await tileCodes()).toHaveLength(8));
    expect(screen.getByRole('combobox', { name: '方面' })).toHaveValue('');
    await router.navigate(1);
    await waitFor(async () => expect(await tileCodes()).toEqual(['F5']));
    expect(screen.getByRole('combobox', { name: '方面' })).toHaveValue('T2');
  });

  it('navigation keeps the filters', async () => {
    const { user, router } = renderApp('/?dept=finance');
    await waitFor(async () => expect(await tileCodes()).toEqual(['F8']));
    await user.click(screen.getByRole('link', { name: /T4 改革开放/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/thrusts/T4?dept=finance'));
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: '金融综合竞争力全国排名' })).toBeInTheDocument();
    expect(
      within(table).queryByRole('link', { name: '工信部中小企业发展环境评估排名' }),
    ).not.toBeInTheDocument();
  });
});

describe('the filter bar, only on the views it filters', () => {
  it.each(['/', '/thrusts/T1', '/departments'])('is on %s', async (path) => {
    renderApp(path);
    expect(await screen.findByRole('search', { name: '筛选' })).toBeInTheDocument();
  });

  it.each([
    { path: '/admin/users', shows: 'heading' },
    { path: '/admin/screens', shows: 'heading' },
    { path: '/admin/webhooks', shows: 'heading' },
    { path: '/inbox', shows: 'heading' },
  ] as const)('is not on $path, where it would filter nothing', async ({ path, shows }) => {
    await signInAs('admin');
    renderApp(path);
    expect(await within(screen.getByRole('main')).findAllByRole(shows)).not.toHaveLength(0);
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});
