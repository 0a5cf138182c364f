// Alerts as an account meets them (issue 17): the header's unread count, the inbox, following an
// indicator, a thrust or a department, the notification settings and the admin's webhooks. All
// against the mock API through MSW, which has the alerts as the server has them (its evaluation
// runs around each change); an inbox with set times is laid in its store directly.
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { mockAlertsStore } from '@mocks/alerts-db';
import { server } from '@mocks/node';
import { sessionResponseSchema } from '@/domain/accounts';
import type { AlertEvent } from '@/domain/alerts';
import { changeResponseSchema } from '@/domain/audit';
import { apiPost } from '@/lib/api/client';
import { currentUrl, renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

const account = () => screen.findByRole('group', { name: '账号' });

/** A slip of `indicatorId` to off track, resting on illustrative inputs. */
const slipOf = (key: string, indicatorId: string): AlertEvent => ({
  key,
  kind: 'statusWorse',
  indicatorId,
  on: '2026-11-26',
  from: 'onTrack',
  to: 'offTrack',
  illustrative: true,
  reason: 'milestoneDelayed',
});

/** Lays alerts in an account's inbox, oldest first, at 0N:00 UTC on 26 November; some read. */
async function inbox(
  username: string,
  items: { event: AlertEvent; hour: number; read?: boolean }[],
) {
  await mockAlertsStore.evaluation(async (tx) => {
    for (const { event, hour } of items) {
      const at = `2026-11-26T0${hour}:00:00.000Z`;
      await tx.addEvent(event, at);
      await tx.toInbox(username, event.key, at);
    }
  });
  const read = items.filter((i) => i.read).map((i) => i.event.key);
  if (read.length > 0)
    await mockAlertsStore.markRead(username, { keys: read }, '2026-11-26T09:00:00.000Z');
}

/** An API without alerts: its session says nothing of them, and their routes answer 404. */
function withoutAlerts() {
  const missing = () =>
    HttpResponse.json(
      { error: { code: 'notFound', message: 'no such endpoint' } },
      { status: 404 },
    );
  server.use(
    http.get('*/api/session', async ({ request }) => {
      const real = await getResponse(handlers, request);
      const session = sessionResponseSchema.parse(await real?.json());
      delete session.alerts;
      return HttpResponse.json(session);
    }),
    http.get('*/api/inbox', missing),
    http.get('*/api/follows', missing),
  );
}

describe('the header’s inbox link', () => {
  it('shows a signed-in account its unread count, and leads to the inbox', async () => {
    await inbox('finance', [
      { event: slipOf('a', 'key-labs'), hour: 1 },
      { event: slipOf('b', 'transfer-chain'), hour: 2 },
      { event: slipOf('c', 'sci-fin-pilot-zone'), hour: 3 },
    ]);
    await signInAs('finance');
    const { user, router } = renderApp('/');
    const link = await screen.findByRole('link', { name: '提醒（3 条未读）' });
    expect(link).toHaveTextContent('提醒3');
    await user.click(link);
    await waitFor(() => expect(currentUrl(router)).toBe('/inbox'));
  });

  it('counts the alert one’s own write raised, a moment after the write', async () => {
    await signInAs('finance');
    const { user } = renderApp('/indicators/sci-fin-pilot-zone');
    expect(await screen.findByRole('link', { name: '提醒（无未读）' })).toBeInTheDocument();
    const form = await screen.findByRole('region', { name: '更新进展' });
    await user.type(within(form).getByLabelText(/数据日期/), '2026-11-26');
    await user.selectOptions(within(form).getByLabelText(/进展/), '延期');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存');
    // well before the next poll (15 s)
    expect(
      await screen.findByRole('link', { name: '提醒（1 条未读）' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
  });

  it('is absent where the API has no inbox (it answers 404)', async () => {
    withoutAlerts();
    await signInAs('finance');
    renderApp('/');
    expect(await within(await account()).findByText('王敏（市金融局）')).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: /T1/ })).not.toHaveLength(0);
    expect(screen.queryByRole('link', { name: /^提醒/ })).not.toBeInTheDocument();
  });

  it('is absent for an anonymous visitor, who has no inbox', async () => {
    renderApp('/');
    expect(await within(await account()).findByRole('link', { name: '登录' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^提醒/ })).not.toBeInTheDocument();
  });
});

describe('the inbox', () => {
  it('lists the alerts newest first, with when, in Nanjing time', async () => {
    await inbox('finance', [
      { event: slipOf('old', 'key-labs'), hour: 1, read: true },
      { event: slipOf('new', 'sci-fin-pilot-zone'), hour: 3 },
    ]);
    await signInAs('finance');
    renderApp('/inbox');
    const list = await screen.findByRole('list', { name: '提醒列表' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((e) => within(e).getByRole('heading').textContent)).toEqual([
      '【滞后】国家科创金融改革试验区（示意）',
      '【滞后】全国重点实验室（示意）',
    ]);
    expect(entries[0]).toHaveTextContent('未读');
    expect(entries[0]).toHaveTextContent('状态由“正常推进”转为“滞后”（示意）。进展记录为“延期”。');
    // 03:00 UTC is 11:00 in Nanjing
    expect(entries[0]).toHaveTextContent('2026年11月26日 11:00');
    expect(entries[1]).toHaveTextContent('已读');
    expect(within(entries[0]!).getByRole('link', { name: '查看指标' })).toHaveAttribute(
      'href',
      '/indicators/sci-fin-pilot-zone',
    );
  });

  it('says what happened: old and new, who recorded it and when, each illustrative value marked', async () => {
    await signInAs('finance');
    const { user } = renderApp('/indicators/sci-fin-pilot-zone');
    const form = await screen.findByRole('region', { name: '更新进展' });
    await user.type(within(form).getByLabelText(/数据日期/), '2026-11-26');
    await user.selectOptions(within(form).getByLabelText(/进展/), '延期');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存');
    await user.click(await screen.findByRole('link', { name: '提醒（1 条未读）' }));
    const facts = await screen.findByRole('list', { name: '提醒列表' });
    const details = within(facts).getByLabelText('详情');
    const fact = (label: string) => within(details).getByText(label).nextElementSibling;
    expect(fact('状态')).toHaveTextContent('正常推进 → 滞后 示意');
    expect(fact('新进展')).toHaveTextContent('延期（2026年11月26日） 示意');
    expect(fact('原进展')).toHaveTextContent('推进中');
    expect(fact('记录人')).toHaveTextContent('王敏（市金融局）');
    expect(fact('记录时间')?.textContent).toMatch(/^\d{4}年\d+月\d+日 \d\d:\d\d$/);
    expect(fact('原因')).toHaveTextContent('进展记录为“延期”。');
  });

  it('speaks the reader’s language', async () => {
    await inbox('finance', [{ event: slipOf('a', 'sci-fin-pilot-zone'), hour: 3 }]);
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    expect(
      await screen.findByRole('link', { name: '【滞后】国家科创金融改革试验区（示意）' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(
      await screen.findByRole('link', {
        name: '[Off track] National sci-tech finance pilot zone (illustrative)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Alerts' })).toHaveTextContent(
      'Its status went from on track to off track (illustrative).',
    );
  });

  it('marks all read, and the header’s count follows', async () => {
    await inbox('finance', [
      { event: slipOf('a', 'key-labs'), hour: 2 },
      { event: slipOf('b', 'transfer-chain'), hour: 3 },
    ]);
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    expect(await screen.findByRole('link', { name: '提醒（2 条未读）' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '全部标为已读' }));
    expect(await screen.findByRole('link', { name: '提醒（无未读）' })).toBeInTheDocument();
    expect(await screen.findByText('0 条未读')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '全部标为已读' })).toBeDisabled();
  });

  it('opening an alert marks it read and goes to the indicator', async () => {
    await inbox('finance', [
      { event: slipOf('a', 'key-labs'), hour: 2 },
      { event: slipOf('b', 'sci-fin-pilot-zone'), hour: 3 },
    ]);
    await signInAs('finance');
    const { user, router } = renderApp('/inbox');
    await user.click(
      await screen.findByRole('link', { name: '【滞后】国家科创金融改革试验区（示意）' }),
    );
    await waitFor(() => expect(currentUrl(router)).toBe('/indicators/sci-fin-pilot-zone'));
    expect(await screen.findByRole('link', { name: '提醒（1 条未读）' })).toBeInTheDocument();
    expect(
      (await mockAlertsStore.inbox('finance', 10)).items.map((i) => [i.key, !!i.readAt]),
    ).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });

  it('says, where the API has no inbox, that it has no alerts', async () => {
    withoutAlerts();
    await signInAs('finance');
    renderApp('/inbox');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这个 API 不提供提醒、关注和 Webhook。',
    );
  });

  it('asks an anonymous visitor to sign in', async () => {
    renderApp('/inbox');
    expect(await screen.findByRole('alert')).toHaveTextContent('登录后可查看提醒。');
  });
});

describe('following', () => {
  const follows = async (username: string) => mockAlertsStore.follows(username);

  it('follows an indicator and stops following it', async () => {
    await signInAs('finance');
    const { user } = renderApp('/indicators/sci-fin-pilot-zone');
    await user.click(await screen.findByRole('button', { name: '关注' }));
    expect(await screen.findByRole('button', { name: '✓ 已关注' })).toBeInTheDocument();
    expect(await follows('finance')).toEqual([{ kind: 'indicator', id: 'sci-fin-pilot-zone' }]);
    await user.click(screen.getByRole('button', { name: '✓ 已关注' }));
    expect(await screen.findByRole('button', { name: '关注' })).toBeInTheDocument();
    expect(await follows('finance')).toEqual([]);
  });

  it('shows a thrust already followed as followed', async () => {
    await mockAlertsStore.follow('finance', 'thrust', 'T4', 200);
    await signInAs('finance');
    renderApp('/thrusts/T4');
    expect(await screen.findByRole('button', { name: '✓ 已关注' })).toHaveAttribute(
      'title',
      expect.stringContaining('已关注'),
    );
  });

  it('follows each department the filter picked, by name', async () => {
    await signInAs('finance');
    const { user } = renderApp('/departments?dept=finance');
    await user.click(await screen.findByRole('button', { name: '关注 市金融局' }));
    expect(await screen.findByRole('button', { name: '✓ 已关注 市金融局' })).toBeInTheDocument();
    expect(await follows('finance')).toEqual([{ kind: 'department', id: 'finance' }]);
  });

  it('offers nothing to follow where the API has no follows', async () => {
    withoutAlerts();
    await signInAs('finance');
    renderApp('/indicators/sci-fin-pilot-zone');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('试验区');
    expect(await within(await account()).findByText('王敏（市金融局）')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: '关注' })).toBeNull());
  });
});

describe('notification settings', () => {
  it('says an address is not one before sending it, then saves a good one', async () => {
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    const email = await screen.findByLabelText('电子邮箱');
    await user.type(email, 'not an address');
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(email).toHaveAccessibleDescription(
      '请填写有效的电子邮箱地址，例如 name@example.gov.cn。 留空则不发送邮件。',
    );
    expect(await mockAlertsStore.settings('finance')).toBeNull();

    await user.clear(email);
    await user.type(email, 'wang@example.gov.cn');
    await user.selectOptions(screen.getByLabelText('摘要邮件'), '每周');
    await user.selectOptions(screen.getByLabelText('邮件语言'), 'English');
    await user.click(screen.getByLabelText('有提醒时发送邮件'));
    await user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('已保存。')).toBeInTheDocument();
    expect(await mockAlertsStore.settings('finance')).toEqual({
      email: 'wang@example.gov.cn',
      emailAlerts: false,
      digest: 'weekly',
      language: 'en',
      lastDigestOn: null,
    });
  });

  it('says what the server refused (422) in words', async () => {
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

  it('warns that the demo sends no email, and a test email says so plainly', async () => {
    await signInAs('finance');
    const { user } = renderApp('/inbox');
    expect(
      await screen.findByText('注意：演示模式在浏览器中运行，不发送邮件。提醒只出现在收件箱。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '发送测试邮件' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '演示模式不发送邮件、不调用 Webhook：它在浏览器中运行，没有服务器。',
    );
  });

  it('warns, on a server without a mail server, that no email will come', async () => {
    server.use(
      http.get('*/api/notification-settings', async ({ request }) => {
        const real = (await (await getResponse(handlers, request))?.json()) as object;
        return HttpResponse.json({ ...real, emailDelivery: 'notConfigured' });
      }),
    );
    await signInAs('finance');
    renderApp('/inbox');
    expect(
      await screen.findByText(/服务器未配置邮件发送（SMTP_URL），这里保存的邮箱不会收到任何邮件/),
    ).toBeInTheDocument();
  });
});

describe('webhooks (admin)', () => {
  const add = async (name: string, departments: string[]) => {
    await mockAlertsStore.createWebhook({
      id: `hook-${name}`,
      name,
      url: 'https://oapi.dingtalk.com/robot/send?access_token=SECRET',
      format: 'dingtalk',
      secret: 'a-long-secret',
      departments,
      createdAt: '2026-11-20T00:00:00.000Z',
    });
  };

  it('lists each webhook with its format, departments, and its deliveries the demo did not send', async () => {
    await add('金融局群', ['finance']);
    // An editor's slip: the demo records the webhook's delivery as not sent.
    await signInAs('finance');
    await apiPost(
      '/indicators/sci-fin-pilot-zone/milestone-updates',
      { update: { date: '2026-11-26', state: 'delayed', provenance: { kind: 'illustrative' } } },
      changeResponseSchema,
      { ifMatch: 1 },
    );
    await signInAs('admin');
    renderApp('/admin/webhooks');
    const table = await screen.findByRole('table', { name: '全部 Webhook' });
    const row = within(table).getByRole('row', { name: /金融局群/ });
    expect(row).toHaveTextContent('钉钉机器人');
    expect(row).toHaveTextContent('市金融局');
    expect(row).toHaveTextContent('https://oapi.dingtalk.com/robot/send?…');
    expect(row).not.toHaveTextContent('SECRET');
    expect(row).toHaveTextContent('未发送：演示模式不发送，只记入收件箱');
  });

  it('checks a new webhook, adds it, and removes one after a confirmation', async () => {
    await add('金融局群', ['finance']);
    await signInAs('admin');
    const { user } = renderApp('/admin/webhooks');
    await user.click(await screen.findByRole('button', { name: '新增' }));
    expect(screen.getByLabelText('名称')).toHaveAccessibleDescription('请填写名称。');
    expect(screen.getByLabelText('地址')).toHaveAccessibleDescription(
      '请填写以 http:// 或 https:// 开头的地址。',
    );
    expect(screen.getByLabelText('签名密钥')).toHaveAccessibleDescription('密钥至少 8 个字符。');
    expect(await mockAlertsStore.webhooks()).toHaveLength(1);

    await user.type(screen.getByLabelText('名称'), '科技局系统');
    await user.type(screen.getByLabelText('地址'), 'https://hooks.example.gov.cn/npf');
    await user.type(screen.getByLabelText('签名密钥'), 'a-long-secret');
    await user.click(screen.getByRole('checkbox', { name: '市科技局' }));
    await user.click(screen.getByRole('button', { name: '新增' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已新增 Webhook“科技局系统”。');
    expect((await mockAlertsStore.webhooks()).find((h) => h.name === '科技局系统')).toMatchObject({
      url: 'https://hooks.example.gov.cn/npf',
      format: 'json',
      secret: 'a-long-secret',
      departments: ['sti-bureau'],
    });
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

  it('says beside the address why the server refused it (https only, nothing inside)', async () => {
    await signInAs('admin');
    const { user } = renderApp('/admin/webhooks');
    await user.type(await screen.findByLabelText('名称'), '内网');
    await user.type(screen.getByLabelText('地址'), 'https://169.254.169.254/latest/meta-data');
    await user.type(screen.getByLabelText('签名密钥'), 'a-long-secret');
    await user.click(screen.getByRole('button', { name: '新增' }));
    await waitFor(() =>
      expect(screen.getByLabelText('地址')).toHaveAccessibleDescription(
        '不能指向本机、内网、链路本地或云元数据地址。',
      ),
    );
    expect(await mockAlertsStore.webhooks()).toEqual([]);
  });

  it('answers a test plainly in the demo: it calls no webhook', async () => {
    await add('金融局群', ['finance']);
    await signInAs('admin');
    const { user } = renderApp('/admin/webhooks');
    await user.click(await screen.findByRole('button', { name: '发送测试 金融局群' }));
    const row = screen.getByRole('row', { name: /金融局群/ });
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      '演示模式不发送邮件、不调用 Webhook',
    );
  });
});
