// Alerts as an account meets them (issue 17): the header's unread count, the inbox, following an
// indicator or a thrust, the notification settings and the admin's webhooks. The mock API has no
// alert routes (404): each test stands one up with `server.use`, kept in `fakeAlerts` below.
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import { sessionResponseSchema } from '@/domain/accounts';
import type { InboxItem, NotificationSettings, Webhook } from '@/domain/inbox';
import { currentUrl, renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

const account = () => screen.findByRole('group', { name: '账号' });

function item(key: string, title: string, minute: number, read = false): InboxItem {
  return {
    key,
    event: {
      key,
      kind: 'statusWorse',
      indicatorId: 'sci-fin-pilot-zone',
      on: '2026-11-26',
      from: 'onTrack',
      to: 'offTrack',
      illustrative: true,
    },
    message: {
      title,
      reason: '状态由“正常推进”转为“滞后”（示意）。',
      link: 'http://tracker.example/indicators/sci-fin-pilot-zone',
    },
    createdAt: `2026-11-26T0${minute}:00:00.000Z`,
    readAt: read ? '2026-11-26T09:00:00.000Z' : null,
  };
}

/** The server's alert routes, in memory: what the tests read back is what the forms sent. */
function fakeAlerts(items: InboxItem[] = []) {
  const state = {
    items,
    follows: [] as { kind: string; id: string }[],
    settings: {
      email: null,
      emailAlerts: true,
      digest: 'off',
      language: 'zh',
    } as NotificationSettings,
    reads: [] as unknown[],
  };
  const unread = () => state.items.filter((i) => i.readAt === null).length;
  server.use(
    // The session says this API has alerts, as the server's does (the mock API's does not).
    http.get('*/api/session', async ({ request }) => {
      const real = await getResponse(handlers, request);
      const session = sessionResponseSchema.parse(await real?.json());
      return HttpResponse.json({ ...session, alerts: true });
    }),
    http.get('*/api/inbox', () => HttpResponse.json({ unread: unread(), items: state.items })),
    http.post('*/api/inbox/read', async ({ request }) => {
      const body = (await request.json()) as { keys?: string[]; all?: boolean };
      state.reads.push(body);
      state.items = state.items.map((i) =>
        body.all || body.keys?.includes(i.key) ? { ...i, readAt: '2026-11-26T10:00:00.000Z' } : i,
      );
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/follows', () => HttpResponse.json({ items: state.follows })),
    http.put('*/api/follows/:kind/:id', ({ params }) => {
      state.follows.push({ kind: String(params.kind), id: String(params.id) });
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete('*/api/follows/:kind/:id', ({ params }) => {
      state.follows = state.follows.filter((f) => !(f.kind === params.kind && f.id === params.id));
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/notification-settings', () => HttpResponse.json(state.settings)),
    http.put('*/api/notification-settings', async ({ request }) => {
      state.settings = (await request.json()) as NotificationSettings;
      return HttpResponse.json(state.settings);
    }),
  );
  return state;
}

describe('the header’s inbox link', () => {
  it('shows a signed-in account its unread count, and leads to the inbox', async () => {
    fakeAlerts([
      item('a', '【滞后】甲', 3),
      item('b', '【滞后】乙', 2),
      item('c', '【滞后】丙', 1),
    ]);
    await signInAs('finance');
    const { user, router } = renderApp('/');
    const link = await screen.findByRole('link', { name: '提醒（3 条未读）' });
    expect(link).toHaveTextContent('提醒3');
    await user.click(link);
    await waitFor(() => expect(currentUrl(router)).toBe('/inbox'));
  });

  it('asks again a moment after one’s own write, which may have raised an alert', async () => {
    const state = fakeAlerts();
    await signInAs('finance');
    const { user } = renderApp('/indicators/sci-fin-pilot-zone');
    expect(await screen.findByRole('link', { name: '提醒（无未读）' })).toBeInTheDocument();
    const form = await screen.findByRole('region', { name: '更新进展' });
    await user.type(within(form).getByLabelText(/数据日期/), '2026-11-26');
    await user.selectOptions(within(form).getByLabelText(/进展/), '延期');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存');
    // what the server's evaluation does: the slip lands in the inbox
    state.items = [item('a', '【滞后】国家科创金融改革试验区', 3)];
    // well before the next poll (15 s)
    expect(
      await screen.findByRole('link', { name: '提醒（1 条未读）' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
  });

  it('is absent where the API has no inbox (the mock API answers 404)', async () => {
    await signInAs('finance');
    renderApp('/');
    expect(await within(await account()).findByText('王敏（市金融局）')).toBeInTheDocument();
    // the inbox's 404 has come back by the time the overview's data has
    expect(await screen.findAllByRole('link', { name: /T1/ })).not.toHaveLength(0);
    expect(screen.queryByRole('link', { name: /^提醒/ })).not.toBeInTheDocument();
  });

  it('is absent for an anonymous visitor, who has no inbox', async () => {
    fakeAlerts([item('a', '【滞后】甲', 3)]);
    renderApp('/');
    expect(await within(await account()).findByRole('link', { name: '登录' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^提醒/ })).not.toBeInTheDocument();
  });
});

describe('the inbox', () => {
  it('lists the alerts as the server orders them (newest first), with when, in Nanjing time', async () => {
    fakeAlerts([item('new', '【滞后】新的', 3), item('old', '【需关注】旧的', 1, true)]);
    await signInAs('finance');
    renderApp('/inbox');
    const list = await screen.findByRole('list', { name: '提醒列表' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((e) => within(e).getByRole('heading').textContent)).toEqual([
      '【滞后】新的',
      '【需关注】旧的',
    ]);
    expect(entries[0]).toHaveTextContent('未读');
    expect(entries[0]).toHaveTextContent('状态由“正常推进”转为“滞后”（示意）。');
    // 03:00 UTC is 11:00 in Nanjing
    expect(entries[0]).toHaveTextContent('2026年11月26日 11:00');
    expect(entries[1]).toHaveTextContent('已读');
    expect(within(entries[0]!).getByRole('link', { name: '查看指标' })).toHaveAttribute(
      'href',
      '/indicators/sci-fin-pilot-zone',
    );
  });

  it('marks all read, and the header’s count follows', async () => {
    const state = fakeAlerts([item('a', '【滞后】甲', 3), item('b', '【滞后】乙', 2)]);
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    expect(await screen.findByRole('link', { name: '提醒（2 条未读）' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '全部标为已读' }));
    expect(await screen.findByRole('link', { name: '提醒（无未读）' })).toBeInTheDocument();
    expect(await screen.findByText('0 条未读')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '全部标为已读' })).toBeDisabled();
    expect(state.reads).toEqual([{ all: true }]);
  });

  it('opening an alert marks it read and goes to the indicator', async () => {
    const state = fakeAlerts([item('a', '【滞后】甲', 3), item('b', '【滞后】乙', 2)]);
    await signInAs('finance');
    const { user, router } = renderApp('/inbox');
    await user.click(await screen.findByRole('link', { name: '【滞后】乙' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/indicators/sci-fin-pilot-zone'));
    expect(await screen.findByRole('link', { name: '提醒（1 条未读）' })).toBeInTheDocument();
    expect(state.reads).toEqual([{ keys: ['b'] }]);
  });

  it('says, in mock mode, that alerts come with the server only', async () => {
    await signInAs('finance');
    renderApp('/inbox');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '提醒只在服务器版本中提供；演示模式（模拟数据）没有提醒、关注和 Webhook。',
    );
  });

  it('asks an anonymous visitor to sign in', async () => {
    renderApp('/inbox');
    expect(await screen.findByRole('alert')).toHaveTextContent('登录后可查看提醒。');
  });
});

describe('following', () => {
  it('follows an indicator and stops following it', async () => {
    const state = fakeAlerts();
    await signInAs('finance');
    const { user } = renderApp('/indicators/sci-fin-pilot-zone');
    await user.click(await screen.findByRole('button', { name: '关注' }));
    expect(await screen.findByRole('button', { name: '✓ 已关注' })).toBeInTheDocument();
    expect(state.follows).toEqual([{ kind: 'indicator', id: 'sci-fin-pilot-zone' }]);
    await user.click(screen.getByRole('button', { name: '✓ 已关注' }));
    expect(await screen.findByRole('button', { name: '关注' })).toBeInTheDocument();
    expect(state.follows).toEqual([]);
  });

  it('shows a thrust already followed as followed', async () => {
    const state = fakeAlerts();
    state.follows = [{ kind: 'thrust', id: 'T4' }];
    await signInAs('finance');
    renderApp('/thrusts/T4');
    expect(await screen.findByRole('button', { name: '✓ 已关注' })).toHaveAttribute(
      'title',
      expect.stringContaining('已关注'),
    );
  });

  it('follows each department the filter picked, by name', async () => {
    const state = fakeAlerts();
    await signInAs('finance');
    const { user } = renderApp('/departments?dept=finance');
    await user.click(await screen.findByRole('button', { name: '关注 市金融局' }));
    expect(await screen.findByRole('button', { name: '✓ 已关注 市金融局' })).toBeInTheDocument();
    expect(state.follows).toEqual([{ kind: 'department', id: 'finance' }]);
  });

  it('offers nothing to follow where the API has no follows (mock mode)', async () => {
    await signInAs('finance');
    renderApp('/indicators/sci-fin-pilot-zone');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('试验区');
    expect(await within(await account()).findByText('王敏（市金融局）')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: '关注' })).toBeNull());
  });
});

describe('notification settings', () => {
  it('says an address is not one before sending it, then saves a good one', async () => {
    const state = fakeAlerts();
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    const email = await screen.findByLabelText('电子邮箱');
    await user.type(email, 'not an address');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(email).toHaveAccessibleDescription(
      '请填写有效的电子邮箱地址，例如 name@example.gov.cn。 留空则不发送邮件。',
    );
    expect(state.settings.email).toBeNull();

    await user.clear(email);
    await user.type(email, 'wang@example.gov.cn');
    await user.selectOptions(screen.getByLabelText('摘要邮件'), '每周');
    await user.selectOptions(screen.getByLabelText('邮件语言'), 'English');
    await user.click(screen.getByLabelText('有提醒时发送邮件'));
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('已保存。')).toBeInTheDocument();
    expect(state.settings).toEqual({
      email: 'wang@example.gov.cn',
      emailAlerts: false,
      digest: 'weekly',
      language: 'en',
    });
  });

  it('says what the server refused (422) in words', async () => {
    fakeAlerts();
    server.use(
      http.put('*/api/notification-settings', () =>
        HttpResponse.json(
          { error: { code: 'invalidSettings', message: 'an email address' } },
          { status: 422 },
        ),
      ),
    );
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    await user.type(await screen.findByLabelText('电子邮箱'), 'wang@example');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '未能保存：请填写有效的电子邮箱地址，例如 name@example.gov.cn。',
    );
  });
});

describe('webhooks (admin)', () => {
  const failing: Webhook = {
    id: 'h1',
    name: '金融局群',
    url: 'https://oapi.dingtalk.com/robot/send?…',
    format: 'dingtalk',
    departments: ['finance'],
    createdAt: '2026-11-20T00:00:00.000Z',
    problems: [
      {
        event: 'e1',
        attempts: 3,
        error: 'HTTP 500',
        state: 'retrying',
        nextAttemptAt: '2026-11-26T08:10:00.000Z',
      },
    ],
  };

  function fakeWebhooks() {
    const state = { hooks: [failing], posted: [] as unknown[] };
    server.use(
      http.get('*/api/webhooks', () => HttpResponse.json({ items: state.hooks })),
      http.post('*/api/webhooks', async ({ request }) => {
        const body = (await request.json()) as Webhook;
        state.posted.push(body);
        state.hooks = [
          ...state.hooks,
          { ...body, id: 'h2', createdAt: '2026-11-26T08:00:00.000Z', problems: [] },
        ];
        return HttpResponse.json({ id: 'h2' }, { status: 201 });
      }),
      http.delete('*/api/webhooks/:id', ({ params }) => {
        state.hooks = state.hooks.filter((h) => h.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    return state;
  }

  it('lists each webhook with its format, departments and failing deliveries', async () => {
    fakeAlerts();
    fakeWebhooks();
    await signInAs('admin');
    renderApp('/admin/webhooks');
    const table = await screen.findByRole('table', { name: '全部 Webhook' });
    const row = within(table).getByRole('row', { name: /金融局群/ });
    expect(row).toHaveTextContent('钉钉机器人');
    expect(row).toHaveTextContent('市金融局');
    expect(row).toHaveTextContent('重试中：已尝试 3 次，HTTP 500');
  });

  it('checks a new webhook, adds it, and removes one after a confirmation', async () => {
    fakeAlerts();
    const state = fakeWebhooks();
    await signInAs('admin');
    const { user } = renderApp('/admin/webhooks');
    await user.click(await screen.findByRole('button', { name: '新增' }));
    expect(screen.getByLabelText('名称')).toHaveAccessibleDescription('请填写名称。');
    expect(screen.getByLabelText('地址')).toHaveAccessibleDescription(
      '请填写以 http:// 或 https:// 开头的地址。',
    );
    expect(screen.getByLabelText('签名密钥')).toHaveAccessibleDescription('密钥至少 8 个字符。');
    expect(state.posted).toEqual([]);

    await user.type(screen.getByLabelText('名称'), '科技局系统');
    await user.type(screen.getByLabelText('地址'), 'https://hooks.example.gov.cn/npf');
    await user.type(screen.getByLabelText('签名密钥'), 'a-long-secret');
    await user.click(screen.getByRole('checkbox', { name: '市科技局' }));
    await user.click(screen.getByRole('button', { name: '新增' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已新增 Webhook“科技局系统”。');
    expect(state.posted).toEqual([
      {
        name: '科技局系统',
        url: 'https://hooks.example.gov.cn/npf',
        format: 'json',
        secret: 'a-long-secret',
        departments: ['sti-bureau'],
      },
    ]);
    expect(await screen.findByRole('row', { name: /科技局系统/ })).toHaveTextContent(
      'JSON（签名）',
    );

    await user.click(screen.getByRole('button', { name: '删除 金融局群' }));
    const dialog = screen.getByRole('alertdialog', { name: '删除' });
    expect(dialog).toHaveTextContent('确定删除 Webhook“金融局群”？');
    await user.click(within(dialog).getByRole('button', { name: '确定删除' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /金融局群/ })).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('已删除 Webhook“金融局群”。');
  });
});
