// Importing observations from CSV: every row previewed, nothing written until confirmed, and a
// batch with any bad row refused as a whole, with a report naming each bad row.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/db';
import { renderApp } from '@tests/render';
import { signInAs } from '@tests/session';

const HEADER =
  'indicator_id,date,value,qualifier,provenance,source,speaker,role,citation_date,quote';
const GOOD = [
  'metro-gdp,2026-06-30,5.8万亿,about,illustrative,,,,,',
  'key-labs,2026-09-30,31,,reported,南京日报,李统计,市科技局副局长,2026-10-08,全市已建成全国重点实验室31家',
];
const BAD = [
  'metro-gdp,2026-07-31,很多,,illustrative,,,,,',
  'no-such-indicator,2026-07-31,1,,illustrative,,,,,',
  'key-labs,2026-08-31,32,,reported,,李统计,处长,2026-09-01,原文',
  'key-labs,2026-10-31,=HYPERLINK("http://evil"),,illustrative,,,,,',
];

function csvFile(lines: string[], { bom = true, name = 'figures.csv' } = {}) {
  const text = `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
  return new File([text], name, { type: 'text/csv' });
}

async function openImport() {
  await signInAs('admin');
  const view = renderApp('/import');
  const input = await screen.findByLabelText('选择文件');
  await screen.findByRole('heading', { name: '从 CSV 导入观测值' });
  return { ...view, input };
}

function observationCount(id: string): number {
  const found = db.get().indicators.find((i) => i.id === id);
  return found?.kind === 'quantitative' ? found.observations.length : -1;
}

describe('importing observations from CSV', () => {
  it('previews good and bad rows, refuses the whole batch and names each bad row', async () => {
    const before = { gdp: observationCount('metro-gdp'), labs: observationCount('key-labs') };
    const { user, input } = await openImport();
    await user.upload(
      input,
      csvFile([HEADER, GOOD[0]!, BAD[0]!, BAD[1]!, GOOD[1]!, BAD[2]!, BAD[3]!]),
    );

    const preview = await screen.findByRole('region', { name: '预览' });
    expect(within(preview).getByRole('status')).toHaveTextContent(
      '共 6 行：2 行可导入，4 行有误。有误的行会使整批被拒绝',
    );
    const row = (n: number) =>
      within(preview)
        .getByRole('rowheader', { name: String(n) })
        .closest('tr')!;
    expect(row(2)).toHaveTextContent('约5.8万亿元');
    expect(row(2)).toHaveTextContent('可导入');
    expect(row(3)).toHaveTextContent('value 列：不是数字');
    expect(row(4)).toHaveTextContent('indicator_id 列：没有这个指标编号。');
    expect(row(5)).toHaveTextContent('31家');
    expect(row(5)).toHaveTextContent('李统计（市科技局副局长），南京日报，2026年10月8日');
    expect(row(6)).toHaveTextContent('source 列：公开发布的数值须注明出处。');
    expect(row(7)).toHaveTextContent('value 列：以 = + - @ 开头，像公式');
    // nothing written by the preview
    expect(observationCount('metro-gdp')).toBe(before.gdp);

    await user.click(within(preview).getByRole('button', { name: '确认导入' }));
    const report = await screen.findByRole('region', { name: '导入报告' });
    expect(within(report).getByRole('alert')).toHaveTextContent(
      '导入被拒绝，未写入任何数据：4 行有误（第 3, 4, 6, 7 行）。',
    );
    const reported = (n: number) =>
      within(report)
        .getByRole('rowheader', { name: String(n) })
        .closest('tr')!;
    expect(reported(3)).toHaveTextContent('value 列：不是数字');
    expect(reported(7)).toHaveTextContent('value 列：以 = + - @ 开头');
    expect(reported(2)).toHaveTextContent('可导入');
    // all or nothing: the good rows were not written either
    expect(observationCount('metro-gdp')).toBe(before.gdp);
    expect(observationCount('key-labs')).toBe(before.labs);
  });

  it('writes a clean tab-separated file without a BOM, with an audit entry per row', async () => {
    const { user, input, router } = await openImport();
    const tsv = [HEADER, ...GOOD].map((l) => l.replaceAll(',', '\t'));
    await user.upload(input, csvFile(tsv, { bom: false, name: 'figures.tsv' }));
    const preview = await screen.findByRole('region', { name: '预览' });
    expect(within(preview).getByRole('status')).toHaveTextContent(
      '共 2 行：2 行可导入，0 行有误。',
    );
    await user.click(within(preview).getByRole('button', { name: '确认导入' }));
    const report = await screen.findByRole('region', { name: '导入报告' });
    expect(within(report).getByRole('status')).toHaveTextContent('已导入 2 行，已记入修改记录。');

    // each row is in its indicator's history, as imported, under the importer's name
    await router.navigate('/indicators/key-labs');
    const history = await screen.findByRole('region', { name: '修改记录' });
    const entry = (await within(history).findByText('CSV 导入')).closest('tr')!;
    expect(entry).toHaveTextContent('系统管理员');
    expect(entry).toHaveTextContent('2026年9月30日 的观测值');
    expect(within(entry).getAllByRole('cell')[4]).toHaveTextContent('31家');
    expect(screen.getByRole('table', { name: /观测值、目标与应达路径/ })).toHaveTextContent(
      '李统计（市科技局副局长），南京日报，2026年10月8日',
    );
  });

  it.each([
    [
      'a GBK file',
      new File([new Uint8Array([0xc4, 0xcf, 0xbe, 0xa9, 0x2c, 0x31])], 'gbk.csv'),
      '文件不是 UTF-8 编码（可能是 GBK/ANSI）',
    ],
    [
      'wrong columns',
      csvFile(['id,when,amount', 'metro-gdp,2026-01-01,1']),
      '缺少必填列：indicator_id, date, value, provenance。',
    ],
    [
      'an unknown column',
      csvFile([`${HEADER},colour`, `${GOOD[0]!},red`]),
      '有无法识别的列：colour。',
    ],
  ])('explains %s instead of previewing it', async (_, file, message) => {
    const { user, input } = await openImport();
    await user.upload(input, file);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('region', { name: '预览' })).not.toBeInTheDocument();
  });
});
