// Recording a figure on an indicator page: field-by-field messages, the optimistic update and its
// rollback, and the audit entry it leaves. Signed in as the demo admin, who may record anything.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { usePreferences } from '@/stores/preferences';
import { holdFirstAuditAnswer } from '@tests/held-answer';
import { renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

async function openForm(path = '/indicators/metro-gdp') {
  await signInAs('admin');
  const view = renderApp(path);
  const form = await screen.findByRole('region', { name: '录入观测值' });
  // The form shows once the session says the admin may record.
  await within(form).findByLabelText('数据日期');
  return { ...view, form };
}

const dataTable = () => screen.getByRole('table', { name: /观测值、目标与应达路径/ });

describe('recording an observation', () => {
  it('shows the new value at once, marked, and records who changed what in the history', async () => {
    const { user, form } = await openForm();
    await user.type(within(form).getByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    expect(within(form).getByText(/将显示为：6\.2万亿元/)).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('精确程度'), 'about');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      '已保存 2026年10月31日 的记录。',
    );
    const row = within(dataTable()).getByText('约6.2万亿元').closest('tr')!;
    expect(row).toHaveTextContent('2026年10月31日');
    expect(row).toHaveTextContent('示意');

    const history = screen.getByRole('region', { name: '修改记录' });
    const entry = (await within(history).findByText('系统管理员')).closest('tr')!;
    expect(entry).toHaveTextContent('2026年10月31日 的观测值');
    expect(entry).toHaveTextContent('新增');
    // before: the figure it follows; after: the new one
    const cells = within(entry).getAllByRole('cell');
    expect(cells[3]).toHaveTextContent(/\d万亿元/);
    expect(cells[4]).toHaveTextContent('约6.2万亿元');
    expect(cells[5]).toHaveTextContent('表单');
    // the account, not a typed name, is recorded
    expect(entry).toHaveTextContent('(admin)');
    // the form is empty again
    expect(within(form).getByLabelText('数值')).toHaveValue('');
  });

  it('shows the save in the history even when the history’s first answer, read before it, comes after', async () => {
    const held = holdFirstAuditAnswer('metro-gdp');
    const { user, form } = await openForm();
    await held.wasRead;
    await user.type(within(form).getByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await within(form).findByText('已保存 2026年10月31日 的记录。');
    held.release();

    const history = screen.getByRole('region', { name: '修改记录' });
    expect(await within(history).findByText('系统管理员')).toBeInTheDocument();
  });

  it('records a reported value with its citation, shown as the source line', async () => {
    const { user, form } = await openForm();
    await user.type(within(form).getByLabelText('数据日期'), '2026-06-30');
    await user.type(within(form).getByLabelText('数值'), '5.8万亿');
    await user.click(within(form).getByRole('radio', { name: /公开发布/ }));
    await user.type(within(form).getByLabelText('刊物或网站'), '南京日报');
    await user.type(within(form).getByLabelText('发言人或作者'), '李统计');
    await user.type(within(form).getByLabelText('职务'), '市统计局局长');
    await user.type(within(form).getByLabelText('发布日期'), '2026-07-15');
    await user.type(within(form).getByLabelText('原文'), '上半年都市圈GDP达5.8万亿元');
    await user.click(within(form).getByRole('button', { name: '保存' }));

    await within(form).findByText('已保存 2026年6月30日 的记录。');
    const row = within(dataTable()).getByText('5.8万亿元').closest('tr')!;
    expect(row).toHaveTextContent('李统计（市统计局局长），南京日报，2026年7月15日');
    expect(row).not.toHaveTextContent('示意');
  });

  it('updates a milestone’s progress the same way', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/major-platforms');
    const form = await screen.findByRole('region', { name: '更新进展' });
    await user.type(await within(form).findByLabelText('数据日期'), '2026-11-20');
    await user.selectOptions(within(form).getByLabelText('进展'), 'done');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await within(form).findByText('已保存 2026年11月20日 的记录。');
    const history = screen.getByRole('region', { name: '修改记录' });
    const entry = (await within(history).findByText('系统管理员')).closest('tr')!;
    expect(within(entry).getAllByRole('cell')[4]).toHaveTextContent('已完成');
    expect(screen.getByRole('region', { name: '状态及依据' })).toHaveTextContent(
      '已于 2026年11月20日 完成。',
    );
  });
});

describe('each field says what is wrong with it, next to it', () => {
  it.each([
    ['not a number', { value: '五万亿' }, '数值', '不是数字。可以写 150、5,000,000 或 5万亿。'],
    [
      'a date in the future',
      { date: '2026-12-01' },
      '数据日期',
      '日期不能晚于今天（2026年11月26日）。',
    ],
    [
      'a value outside the plausible range',
      { value: '61万亿' },
      '数值',
      '超出该指标的合理范围（0元 至 60万亿元）。',
    ],
    ['reported without a source', { reported: true }, '刊物或网站', '公开发布的数值须注明出处。'],
  ])(
    '%s',
    async (_, input: { value?: string; date?: string; reported?: boolean }, label, message) => {
      const { user, form } = await openForm();
      await user.type(within(form).getByLabelText('数据日期'), input.date ?? '2026-10-31');
      await user.type(within(form).getByLabelText('数值'), input.value ?? '6.3万亿');
      if (input.reported) await user.click(within(form).getByRole('radio', { name: /公开发布/ }));
      await user.click(within(form).getByRole('button', { name: '保存' }));

      const field = within(form).getByLabelText(label);
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveFocus();
      expect(within(form).getByRole('alert')).toHaveTextContent(/处需要修改/);
      // nothing was saved
      expect(within(dataTable()).queryByText('6.3万亿元')).not.toBeInTheDocument();
    },
  );

  it('a corrected field drops its error while the others keep theirs', async () => {
    const { user, form } = await openForm();
    await user.type(within(form).getByLabelText('数据日期'), '2026-12-01');
    await user.type(within(form).getByLabelText('数值'), 'x');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('有 2 处需要修改');
    await user.clear(within(form).getByLabelText('数值'));
    await user.type(within(form).getByLabelText('数值'), '6.3万亿');
    expect(within(form).getByLabelText('数值')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByLabelText('数据日期')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('alert')).toHaveTextContent('有 1 处需要修改');
    // a reported value missing its citation, then made illustrative: those errors go with it
    await user.click(within(form).getByRole('radio', { name: /公开发布/ }));
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('有 6 处需要修改');
    await user.click(within(form).getByRole('radio', { name: /示意/ }));
    expect(within(form).getByRole('alert')).toHaveTextContent('有 1 处需要修改');
  });

  it('speaks English too', async () => {
    usePreferences.setState({ language: 'en' });
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: 'Record an observation' });
    await user.type(await within(form).findByLabelText('Date of the figure'), '2026-12-01');
    await user.type(within(form).getByLabelText('Value'), 'lots');
    await user.click(within(form).getByRole('radio', { name: /Reported/ }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Value')).toHaveAccessibleDescription(
      expect.stringContaining('Not a number.'),
    );
    expect(within(form).getByLabelText('Date of the figure')).toHaveAccessibleDescription(
      expect.stringContaining('The date cannot be after today (26 November 2026).'),
    );
    expect(within(form).getByLabelText('Publication or website')).toHaveAccessibleDescription(
      expect.stringContaining('A reported value needs its source.'),
    );
  });
});

describe('when the API refuses or fails, the change is rolled back and nothing typed is lost', () => {
  async function fillAndSave(form: HTMLElement, user: ReturnType<typeof renderApp>['user']) {
    await user.type(within(form).getByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    await user.type(within(form).getByLabelText('备注'), '初步估算');
    await user.click(within(form).getByRole('button', { name: '保存' }));
  }
  function expectKept(form: HTMLElement) {
    expect(within(form).getByLabelText('数据日期')).toHaveValue('2026-10-31');
    expect(within(form).getByLabelText('数值')).toHaveValue('6.2万亿');
    expect(within(form).getByLabelText('备注')).toHaveValue('初步估算');
  }

  it('a 500: the optimistic value shows, then goes, and the message says why', async () => {
    let answer: (r: Response) => void = () => undefined;
    server.use(
      http.post(
        '*/api/indicators/:id/observations',
        () => new Promise<Response>((r) => (answer = r)),
      ),
    );
    const { user, form } = await openForm();
    await fillAndSave(form, user);
    // optimistic: in the table before the server has answered
    expect(await within(dataTable()).findByText('6.2万亿元')).toBeInTheDocument();
    answer(
      HttpResponse.json({ error: { code: 'internal', message: '数据库不可用' } }, { status: 500 }),
    );

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('未能保存，改动已撤回。服务器返回错误（500）：数据库不可用');
    expect(alert).toHaveTextContent('您填写的内容仍在表单中');
    await waitFor(() =>
      expect(within(dataTable()).queryByText('6.2万亿元')).not.toBeInTheDocument(),
    );
    expectKept(form);
  });

  it('a 422: the refused field is marked with the server’s reason and focused', async () => {
    server.use(
      http.post('*/api/indicators/:id/observations', () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalidRecord',
              message: 'value: outOfRange',
              issues: [{ path: 'value', code: 'outOfRange', params: { min: 0, max: 6e12 } }],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user, form } = await openForm();
    await fillAndSave(form, user);
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('未能保存，改动已撤回。有 1 处需要修改');
    const value = within(form).getByLabelText('数值');
    expect(value).toHaveAccessibleDescription(
      expect.stringContaining('超出该指标的合理范围（0元 至 6万亿元）。'),
    );
    expect(value).toHaveFocus();
    expect(within(dataTable()).queryByText('6.2万亿元')).not.toBeInTheDocument();
    expectKept(form);
  });

  it('a network failure says it could not reach the service', async () => {
    server.use(http.post('*/api/indicators/:id/observations', () => HttpResponse.error()));
    const { user, form } = await openForm();
    await fillAndSave(form, user);
    expect(await within(form).findByRole('alert')).toHaveTextContent('无法连接数据服务');
    expectKept(form);
  });
});

describe('a reload while a save is on its way', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks before leaving, and after the reload the form holds what was typed', async () => {
    // The save never answers: the reload comes first.
    server.use(http.post('*/api/indicators/:id/observations', () => new Promise<never>(() => {})));
    const first = await openForm();
    expect(leave()).toBe(false);
    await first.user.type(within(first.form).getByLabelText('数据日期'), '2026-10-31');
    await first.user.type(within(first.form).getByLabelText('数值'), '6.2万亿');
    await first.user.type(within(first.form).getByLabelText('备注'), '初步估算');
    await first.user.click(within(first.form).getByRole('button', { name: '保存' }));
    expect(await within(first.form).findByRole('button', { name: '正在保存…' })).toBeDisabled();
    expect(leave()).toBe(true);

    first.unmount();
    const { form } = await openForm();
    expect(within(form).getByLabelText('数据日期')).toHaveValue('2026-10-31');
    expect(within(form).getByLabelText('数值')).toHaveValue('6.2万亿');
    expect(within(form).getByLabelText('备注')).toHaveValue('初步估算');
    expect(within(form).getByRole('status')).toHaveTextContent(
      '上次保存时页面被刷新，已恢复当时填写的内容。',
    );
    // Nothing is being saved in this page: leaving it is not questioned.
    expect(leave()).toBe(false);
  });

  it('keeps nothing once the save has landed: the next visit starts empty', async () => {
    const first = await openForm();
    await first.user.type(within(first.form).getByLabelText('数据日期'), '2026-10-31');
    await first.user.type(within(first.form).getByLabelText('数值'), '6.2万亿');
    await first.user.click(within(first.form).getByRole('button', { name: '保存' }));
    expect(await within(first.form).findByRole('status')).toHaveTextContent('已保存');
    expect(leave()).toBe(false);

    first.unmount();
    const { form } = await openForm();
    expect(within(form).getByLabelText('数值')).toHaveValue('');
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
  });
});
