// Accounts as a user meets them, through the real mock API: signing in and out, the header, the
// entry form replaced by the reason when one may not record, and the admin pages.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { sessionResponseSchema } from '@/domain/accounts';
import { z } from '@/domain/zod';
import { apiPost, apiSend } from '@/lib/api/client';
import { currentUrl, renderApp } from '@tests/render';
import { DEMO_PASSWORD, signInAs } from '@tests/session';

/** The header's account area. */
const account = () => screen.findByRole('group', { name: '账号' });

describe('signing in', () => {
  it('fills in a demo account, signs in and returns to the page the visitor came from', async () => {
    const { user, router } = renderApp('/sign-in?next=%2Fdepartments%3Fdept%3Dfinance');
    const demo = await screen.findByRole('region', { name: '演示账号' });
    expect(demo).toHaveTextContent(`密码均为 ${DEMO_PASSWORD}`);
    await user.click(within(demo).getByRole('button', { name: '填入 finance' }));
    expect(screen.getByLabelText('用户名')).toHaveValue('finance');
    expect(screen.getByLabelText('密码')).toHaveValue(DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: '登录' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/departments?dept=finance'));
    const who = await account();
    expect(await within(who).findByText('王敏（市金融局）')).toBeInTheDocument();
    expect(within(who).getByText('录入员')).toBeInTheDocument();
    expect(within(who).getByRole('button', { name: '退出' })).toBeInTheDocument();
    // an editor sees no admin pages
    expect(within(who).queryByRole('link', { name: '账号管理' })).not.toBeInTheDocument();
  });

  it('says a wrong password is wrong, and keeps what was typed', async () => {
    const { user, router } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('用户名'), 'finance');
    await user.type(screen.getByLabelText('密码'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '用户名或密码不正确，或该账号已停用。',
    );
    expect(screen.getByLabelText('用户名')).toHaveValue('finance');
    expect(screen.getByLabelText('密码')).toHaveValue('not-the-password');
    expect(currentUrl(router)).toBe('/sign-in');
  });

  it('after too many failures, says how long to wait', async () => {
    for (let i = 0; i < 5; i += 1) {
      await apiPost(
        '/session',
        { username: 'sti', password: 'wrong-password' },
        sessionResponseSchema,
      ).catch(() => undefined);
    }
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('用户名'), 'sti');
    await user.type(screen.getByLabelText('密码'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^登录失败次数过多，请在 \d+\s?(分钟|秒钟?)后再试。$/,
    );
  });

  it('shows the wait the API gives, in English too', async () => {
    server.use(
      http.post('*/api/session', () =>
        HttpResponse.json(
          { error: { code: 'tooManyAttempts', message: 'too many' } },
          { status: 429, headers: { 'Retry-After': '600' } },
        ),
      ),
    );
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('用户名'), 'sti');
    await user.type(screen.getByLabelText('密码'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请在 10分钟后再试');
  });

  it('never follows a next= that leaves the app', async () => {
    const { user, router } = renderApp('/sign-in?next=%2F%2Fevil.example%2F');
    await user.click(await screen.findByRole('button', { name: '填入 viewer' }));
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});

describe('where reading needs a sign-in', () => {
  it('sends an anonymous visitor to the sign-in page, and back after', async () => {
    server.use(
      http.get('*/api/session', () =>
        HttpResponse.json({ principal: { kind: 'anonymous' }, readAccess: 'signed-in' }),
      ),
    );
    const { router } = renderApp('/departments?dept=finance');
    expect(await screen.findByText('查看本站需要先登录。')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/sign-in?next=%2Fdepartments%3Fdept%3Dfinance');
    // no demo accounts offered where the API names none
    expect(screen.queryByRole('region', { name: '演示账号' })).not.toBeInTheDocument();
  });
});

describe('the header', () => {
  it('offers to sign in when anonymous, back to the same page', async () => {
    renderApp('/departments');
    const link = await within(await account()).findByRole('link', { name: '登录' });
    expect(link).toHaveAttribute('href', '/sign-in?next=%2Fdepartments');
  });

  it('names an admin, links the admin pages, and signs out', async () => {
    await signInAs('admin');
    const { user } = renderApp('/');
    const who = await account();
    expect(await within(who).findByText('系统管理员')).toBeInTheDocument();
    expect(within(who).getByText('管理员')).toBeInTheDocument();
    expect(within(who).getByRole('link', { name: '账号管理' })).toHaveAttribute(
      'href',
      '/admin/users',
    );
    expect(within(who).getByRole('link', { name: '屏幕管理' })).toHaveAttribute(
      'href',
      '/admin/screens',
    );
    await user.click(within(who).getByRole('button', { name: '退出' }));
    expect(await within(who).findByRole('link', { name: '登录' })).toBeInTheDocument();
    expect(within(who).queryByText('系统管理员')).not.toBeInTheDocument();
  });
});

describe('the entry form, only for those who may record', () => {
  const panel = () => screen.findByRole('region', { name: '录入观测值' });

  it('asks an anonymous visitor to sign in', async () => {
    renderApp('/indicators/financial-competitiveness-rank');
    const form = await panel();
    expect(await within(form).findByText('登录后才能录入数据。')).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: '登录' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Findicators%2Ffinancial-competitiveness-rank',
    );
    expect(within(form).queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
  });

  it('tells a viewer they only read', async () => {
    await signInAs('viewer');
    renderApp('/indicators/financial-competitiveness-rank');
    const form = await panel();
    expect(
      await within(form).findByText('您的账号（查看者）只能查看，不能录入数据。'),
    ).toBeInTheDocument();
    expect(within(form).queryByLabelText('数值')).not.toBeInTheDocument();
  });

  it('names the departments that may, to an editor of another one', async () => {
    await signInAs('sti');
    renderApp('/indicators/financial-competitiveness-rank');
    const form = await panel();
    expect(
      await within(form).findByText('只有市金融局的录入员可以录入此指标。'),
    ).toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
  });

  it('lets the owning department’s editor record, and the history names the account', async () => {
    await signInAs('finance');
    const { user } = renderApp('/indicators/financial-competitiveness-rank');
    const form = await panel();
    await user.type(await within(form).findByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await within(form).findByText('已保存 2026年10月31日 的记录。');
    const history = screen.getByRole('region', { name: '修改记录' });
    const entry = (await within(history).findByText('王敏（市金融局）')).closest('tr')!;
    expect(entry).toHaveTextContent('(finance)');
    expect(entry).toHaveTextContent('2026年10月31日 的观测值');
  });

  it('the import page says why for a viewer, and what an editor may import', async () => {
    await signInAs('viewer');
    const first = renderApp('/import');
    expect(
      await screen.findByText('您的账号（查看者）只能查看，不能录入数据。'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/选择文件|CSV 文件/)).not.toBeInTheDocument();
    first.unmount();

    await signInAs('finance');
    renderApp('/import');
    expect(await screen.findByText(/您只能导入市金融局负责的指标/)).toBeInTheDocument();
  });
});

describe('the admin pages', () => {
  it('tell anyone but an admin that they are for admins', async () => {
    await signInAs('finance');
    renderApp('/admin/users');
    expect(await screen.findByRole('alert')).toHaveTextContent('只有管理员可以使用此页面。');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('create an account, disable it, and a disabled account cannot sign in', async () => {
    await signInAs('admin');
    const { user } = renderApp('/admin/users');
    const list = await screen.findByRole('table', { name: '全部账号' });
    expect(await within(list).findByRole('rowheader', { name: /finance/ })).toBeInTheDocument();

    const create = screen.getByRole('region', { name: '新建账号' });
    await user.type(within(create).getByLabelText('用户名'), 'zhao li');
    await user.click(within(create).getByRole('button', { name: '创建账号' }));
    // refused here, field by field, before anything is sent
    expect(within(create).getByLabelText('用户名')).toHaveAccessibleDescription(
      '用户名须为 2–40 个小写字母、数字或 . _ -。',
    );
    await user.clear(within(create).getByLabelText('用户名'));
    await user.type(within(create).getByLabelText('用户名'), 'zhao');
    await user.type(within(create).getByLabelText('显示名称'), '赵新（市金融局）');
    await user.click(within(create).getByRole('checkbox', { name: '市金融局' }));
    await user.type(within(create).getByLabelText('初始密码'), 'zhao-password-1');
    await user.click(within(create).getByRole('button', { name: '创建账号' }));
    expect(await screen.findByText('已创建账号 zhao。')).toBeInTheDocument();

    const row = (await within(list).findByRole('rowheader', { name: 'zhao' })).closest('tr')!;
    expect(row).toHaveTextContent('赵新（市金融局）');
    expect(row).toHaveTextContent('录入员');
    expect(row).toHaveTextContent('市金融局');
    expect(row).toHaveTextContent('从未登录');

    await user.click(within(row).getByRole('button', { name: '停用 zhao' }));
    expect(await screen.findByText('已停用 zhao，其所有会话已结束。')).toBeInTheDocument();
    await waitFor(() => expect(row).toHaveTextContent('已停用'));
    await expect(
      apiPost('/session', { username: 'zhao', password: 'zhao-password-1' }, sessionResponseSchema),
    ).rejects.toMatchObject({ status: 401, problemCode: 'badCredentials' });
  });

  it('a username already taken is said so', async () => {
    await signInAs('admin');
    const { user } = renderApp('/admin/users');
    const create = await screen.findByRole('region', { name: '新建账号' });
    await user.type(within(create).getByLabelText('用户名'), 'viewer');
    await user.type(within(create).getByLabelText('显示名称'), '另一个');
    await user.selectOptions(within(create).getByLabelText('角色'), 'viewer');
    await user.type(within(create).getByLabelText('初始密码'), 'another-password');
    await user.click(within(create).getByRole('button', { name: '创建账号' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名 viewer 已被使用。');
  });

  it('create a screen, show its pairing link once, and unpair it after confirming', async () => {
    await signInAs('admin');
    const { user } = renderApp('/admin/screens');
    const create = await screen.findByRole('region', { name: '新建屏幕' });
    await user.type(within(create).getByLabelText('名称'), '一楼大厅');
    await user.click(await within(create).findByRole('checkbox', { name: '市科技局' }));
    const playlist = within(create).getByLabelText(/播放设置/);
    await user.type(playlist, 'slides=nothing');
    await user.click(within(create).getByRole('button', { name: '创建并生成配对链接' }));
    expect(playlist).toHaveAccessibleDescription(expect.stringContaining('播放设置有误'));

    await user.clear(playlist);
    await user.type(playlist, 'slides=summary,attention&interval=30');
    await user.click(within(create).getByRole('button', { name: '创建并生成配对链接' }));
    const link = await within(create).findByRole('region', { name: '“一楼大厅”的配对链接' });
    expect(link).toHaveTextContent('此链接只显示这一次');
    expect(link).toHaveTextContent(/\/pair#\S{20,}/);
    expect(within(link).getByRole('button', { name: '复制链接' })).toBeInTheDocument();

    const list = screen.getByRole('table', { name: '全部屏幕' });
    const row = (await within(list).findByRole('rowheader', { name: '一楼大厅' })).closest('tr')!;
    expect(row).toHaveTextContent('市科技局');
    expect(row).toHaveTextContent('尚未配对');
    expect(row).toHaveTextContent('slides=summary,attention&interval=30');

    await user.click(within(row).getByRole('button', { name: '解除配对 一楼大厅' }));
    const confirm = within(row).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('确定解除“一楼大厅”的配对？');
    await user.click(within(confirm).getByRole('button', { name: '解除配对' }));
    expect(await screen.findByText('已解除“一楼大厅”的配对。')).toBeInTheDocument();
    await waitFor(() => expect(row).toHaveTextContent(/已于 .+ 解除配对/));
  });
});

const createdSchema = z.object({ display: z.object({ id: z.string() }), link: z.string() });

describe('a wall screen', () => {
  it('pairs from its link, forgets the token and starts its show', async () => {
    await signInAs('admin');
    const { link } = await apiPost(
      '/displays',
      { name: '二楼', departments: [], playlist: { interval: '30', slides: 'summary' } },
      createdSchema,
    );
    await apiSend('DELETE', '/session', undefined, z.undefined());
    window.history.replaceState(null, '', link);
    const { router } = renderApp('/pair');
    await waitFor(() => expect(router.state.location.pathname).toBe('/present'));
    expect(new URLSearchParams(router.state.location.search).get('slides')).toBe('summary');
    expect(window.location.hash).toBe('');
  });

  it('replaces the slides with a notice once the screen is unpaired', async () => {
    renderApp('/present?refresh=2&slides=summary');
    await screen.findByRole('heading', { level: 2 });
    server.use(
      http.all('*/api/*', () =>
        HttpResponse.json(
          { error: { code: 'displayRevoked', message: 'this display was revoked' } },
          { status: 401 },
        ),
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('此屏幕已解除配对');
    expect(document.querySelector('[data-slide-kind]')).toBeNull();
  });
});

describe('changing a target', () => {
  const dataTable = () => screen.getByRole('table', { name: /观测值、目标与应达路径/ });

  it('is not offered to an editor', async () => {
    await signInAs('finance');
    renderApp('/indicators/financial-competitiveness-rank');
    await screen.findByLabelText('数据日期');
    expect(screen.queryByRole('region', { name: '调整目标' })).not.toBeInTheDocument();
  });

  it('an admin sets a new target with its reason: the table, chart data and history show it', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: '调整目标' });
    expect(form).toHaveTextContent('现行目标：不低于6万亿元');
    await user.click(within(form).getByRole('button', { name: '保存目标' }));
    expect(within(form).getByLabelText('调整原因')).toHaveAccessibleDescription(
      expect.stringContaining('请填写此项。'),
    );
    await user.type(within(form).getByLabelText('目标值'), '7万亿');
    await user.type(within(form).getByLabelText('目标日期'), '2028-12-31');
    await user.type(within(form).getByLabelText('调整原因'), '市政府工作报告上调');
    await user.click(within(form).getByRole('button', { name: '保存目标' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存新目标。');

    // beside the target it supersedes (which one is in force depends on the day it was set)
    const row = (await within(dataTable()).findByText('7万亿元')).closest('tr')!;
    expect(row).toHaveTextContent('2028年12月31日');
    expect(within(dataTable()).getByText('6万亿元')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: '修改记录' });
    const entry = (await within(history).findByText(/原因：市政府工作报告上调/)).closest('tr')!;
    expect(entry).toHaveTextContent('系统管理员');
    expect(entry).toHaveTextContent('的目标');
    expect(within(entry).getAllByRole('cell')[4]).toHaveTextContent('不低于7万亿元');
  });

  it('refuses on the form what the API would: a count of measures is a whole number', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/sci-fin-measures');
    const form = await screen.findByRole('region', { name: '调整目标' });
    const sent: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      if (request.method === 'POST') sent.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', listen);
    await user.type(within(form).getByLabelText('目标值'), '12.5');
    await user.type(within(form).getByLabelText('目标日期'), '2027-12-31');
    await user.type(within(form).getByLabelText('调整原因'), '年度计划');
    await user.click(within(form).getByRole('button', { name: '保存目标' }));
    expect(within(form).getByLabelText('目标值')).toHaveAccessibleDescription(
      expect.stringMatching(/整数/),
    );
    expect(within(form).queryByText('已保存新目标。')).not.toBeInTheDocument();
    // Refused before sending: the form asked the domain's rule, not the server.
    server.events.removeListener('request:start', listen);
    expect(sent).toEqual([]);
  });

  it('a change saved meanwhile is a conflict: said, and what was typed stays', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: '调整目标' });
    // someone records a figure after the page opened: the indicator's version moves on
    await apiPost(
      '/indicators/metro-gdp/observations',
      {
        observation: {
          date: '2026-09-30',
          value: 6.1e12,
          qualifier: 'exact',
          provenance: { kind: 'illustrative' },
        },
      },
      z.unknown(),
      { ifMatch: 1 },
    );
    await user.type(within(form).getByLabelText('目标值'), '7万亿');
    await user.type(within(form).getByLabelText('目标日期'), '2028-12-31');
    await user.type(within(form).getByLabelText('调整原因'), '上调');
    await user.click(within(form).getByRole('button', { name: '保存目标' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('其他人已保存了更改');
    expect(within(form).getByLabelText('目标值')).toHaveValue('7万亿');
    await user.click(within(form).getByRole('button', { name: '仍按我的输入保存' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存新目标。');
  });
});
