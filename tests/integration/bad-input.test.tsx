// Bad input from every entry point gets a clear message, nothing crashes, nothing is lost, and
// whatever comes back to the screen is shown as text, never run as markup.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Nothing the input carried became an element, and no handler of it ran. */
function expectInert() {
  expect(document.querySelector('img[src="x"], script')).toBeNull();
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('URL parameters', () => {
  it('an indicator id that is markup is shown as text and never sent to the API', async () => {
    let asked = 0;
    server.use(
      http.get('*/api/indicators/:id', () => {
        asked += 1;
        return HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 404 });
      }),
    );
    renderApp(`/indicators/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '没有编号为“<script>alert(1)</script>”的指标。',
    );
    expect(asked).toBe(0);
    expectInert();
  });

  it('a very long id is cut to a readable length', async () => {
    renderApp(`/indicators/${'a'.repeat(5000)}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent.length).toBeLessThan(80);
    expect(alert).toHaveTextContent(`没有编号为“${'a'.repeat(40)}…”的指标。`);
  });

  it('a thrust id that is markup is shown as text', async () => {
    renderApp(`/thrusts/${encodeURIComponent(MARKUP)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/没有编号为“<img src=x/);
    expectInert();
  });

  it('repeated keys, markup and an over-long search in the overview link: notices, no crash', async () => {
    const long = '绿'.repeat(300);
    renderApp(`/?q=${long}&q=second&dept=${encodeURIComponent(MARKUP)}&thrust=T1&thrust=T2`);
    const notices = await screen.findByText('链接中有参数未被采用');
    const box = notices.closest('[role="status"]') as HTMLElement;
    expect(box).toHaveTextContent('参数 q 重复出现');
    expect(box).toHaveTextContent('参数 thrust 重复出现');
    expect(box).toHaveTextContent('搜索词过长，已截断');
    expect(box).toHaveTextContent(/部门参数格式不正确（<img src=x/);
    expect(await screen.findByRole('region', { name: '核心数据' })).toBeInTheDocument();
    expectInert();
  });

  it('the presentation link: markup and repeated keys fall back to defaults with a notice', async () => {
    renderApp(
      `/present?interval=600&interval=abc&slides=${encodeURIComponent(MARKUP)}&dept=${'x'.repeat(500)}`,
    );
    const notice = await screen.findByText(/演示设置有误/);
    await waitFor(() => expect(notice).toHaveTextContent(/未知页面“<img src=x/));
    expect(notice).toHaveTextContent('未知部门');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expectInert();
  });
});

describe('form fields', () => {
  it('markup typed into the form is saved and shown back as text', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: '录入观测值' });
    await user.type(await within(form).findByLabelText('数据日期'), '2026-10-31');
    await user.type(within(form).getByLabelText('数值'), '6.2万亿');
    await user.click(within(form).getByRole('radio', { name: /公开发布/ }));
    await user.type(within(form).getByLabelText('刊物或网站'), '<b>南京日报</b>');
    await user.type(within(form).getByLabelText('发言人或作者'), '<i>李统计</i>');
    await user.type(within(form).getByLabelText('职务'), '处长');
    await user.type(within(form).getByLabelText('发布日期'), '2026-11-01');
    await user.type(within(form).getByLabelText('原文'), '"><svg onload=alert(1)>');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('已保存 2026年10月31日 的记录。')).toBeInTheDocument();

    const history = screen.getByRole('region', { name: '修改记录' });
    expect(await within(history).findByText('系统管理员')).toBeInTheDocument();
    expect(screen.getAllByText(/<i>李统计<\/i>（处长），<b>南京日报<\/b>/).length).toBeGreaterThan(
      0,
    );
    expect(document.querySelector('b, i, svg[onload]')).toBeNull();
    expectInert();
  });

  it('a value that is not a number, and a date in the future, are refused where typed', async () => {
    await signInAs('admin');
    const { user } = renderApp('/indicators/metro-gdp');
    const form = await screen.findByRole('region', { name: '录入观测值' });
    await user.type(await within(form).findByLabelText('数据日期'), '2099-01-01');
    await user.type(within(form).getByLabelText('数值'), '=1+1');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getByLabelText('数值')).toHaveAccessibleDescription(
      expect.stringContaining('不是数字'),
    );
    expect(within(form).getByLabelText('数据日期')).toHaveAccessibleDescription(
      expect.stringContaining('日期不能晚于今天'),
    );
    // what was typed stays
    expect(within(form).getByLabelText('数值')).toHaveValue('=1+1');
  });
});

describe('imported files', () => {
  async function pick(file: File) {
    await signInAs('admin');
    const { user } = renderApp('/import');
    const input = await screen.findByLabelText('选择文件');
    await user.upload(input, file);
  }

  it.each([
    [
      'GBK from an older Excel',
      new File([new Uint8Array([0xc4, 0xcf, 0xbe, 0xa9, 0x2c, 0x31])], 'gbk.csv'),
      '文件不是 UTF-8 编码',
    ],
    [
      'an Excel workbook renamed .csv',
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])], 'book.csv'),
      '这是 Excel 工作簿',
    ],
    [
      'the wrong columns',
      new File(['name,amount\n南京,5\n'], 'wrong.csv'),
      '缺少必填列：indicator_id, date, value, provenance',
    ],
    [
      'an unknown column',
      new File(
        ['indicator_id,date,value,provenance,<b>x</b>\nmetro-gdp,2026-01-01,1,示意,1\n'],
        'x.csv',
      ),
      '有无法识别的列：<b>x</b>',
    ],
    [
      'a file too large to be an import',
      new File([new Uint8Array(6 * 1024 * 1024)], 'huge.csv'),
      '文件超过 5 MB',
    ],
  ])('refuses %s with a message saying why', async (_, file, message) => {
    await pick(file);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('region', { name: '预览' })).toBeNull();
    expectInert();
  });

  it('formula-like cells are refused row by row; markup in a cell is shown as text', async () => {
    const text = [
      'indicator_id,date,value,provenance,note',
      'metro-gdp,2026-01-31,=HYPERLINK("http://evil"),示意,',
      'metro-gdp,2026-02-28,5.1万亿,示意,@SUM(A1)',
      `metro-gdp,2026-03-31,5.2万亿,示意,"${MARKUP.replaceAll('"', '""')}"`,
    ].join('\n');
    await pick(new File([text], 'cells.csv'));
    const preview = await screen.findByRole('region', { name: '预览' });
    const row = (n: number) =>
      within(preview)
        .getByRole('rowheader', { name: String(n) })
        .closest('tr')!;
    expect(row(2)).toHaveTextContent('value 列：以 = + - @ 开头，像公式');
    expect(row(3)).toHaveTextContent('note 列：以 = + - @ 开头，像公式');
    expect(row(4)).toHaveTextContent('可导入');
    expectInert();
  });
});
