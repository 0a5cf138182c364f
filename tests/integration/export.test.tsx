// Exporting the current view as CSV: UTF-8 with a BOM, Chinese intact, no live formula; and the
// printable brief of the same view.
import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/db';
import * as seed from '@/data-set';
import { usePreferences } from '@/stores/preferences';
import { captureDownloads } from '@tests/downloads';
import { renderApp } from '@tests/render';

/** An indicator whose name a spreadsheet would run as a formula, as a hostile import might leave. */
function withHostileName() {
  const hostile = structuredClone(seed.indicators.find((i) => i.id === 'metro-gdp')!);
  hostile.id = 'hostile';
  hostile.factCode = undefined;
  hostile.headline = false;
  hostile.name = { zh: '=HYPERLINK("http://evil","点我")', en: '+cmd|calc' };
  db.setIndicators([...db.get().indicators, hostile]);
}

async function exportCsv(path: string) {
  const files = captureDownloads();
  const view = renderApp(path);
  const button = await screen.findByRole('button', { name: /导出当前视图|Export this view/ });
  await vi.waitFor(() => expect(button).toBeEnabled());
  await view.user.click(button);
  // The CSV code loads on the first press, so the file follows a moment later.
  await vi.waitFor(() => expect(files).toHaveLength(1));
  const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return { name: files[0]!.name, bytes, rows, view };
}

describe('exporting the current view as CSV', () => {
  it('writes UTF-8 with a BOM, the filtered rows in Chinese, and no live formula', async () => {
    withHostileName();
    const { name, bytes, rows } = await exportCsv('/?thrust=T4');
    expect(name).toBe('npf-tracker-2026-11-26-filtered.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...body] = rows;
    expect(header).toEqual([
      '编号',
      '事实',
      '方面',
      '指标',
      '责任单位',
      '数值',
      '显示值',
      '数据日期',
      '来源类型',
      '出处或说明',
      '目标',
      '目标日期',
      '状态',
      '待更新',
    ]);
    // the same rows the screen counts for this filter
    expect(screen.getByText(/^显示 \d+ \/ \d+ 项$/)).toHaveTextContent(`显示 ${body.length} /`);
    expect(body.every((r) => r[2]!.startsWith('T4 '))).toBe(true);

    const gdp = body.find((r) => r[0] === 'metro-gdp')!;
    expect(gdp[3]).toBe('南京都市圈地区生产总值');
    expect(gdp[6]).toMatch(/万亿元$/);
    expect(Number(gdp[5])).toBeGreaterThan(5e12);

    const hostile = body.find((r) => r[0] === 'hostile')!;
    expect(hostile[3]).toBe(`'=HYPERLINK("http://evil","点我")`);
    for (const cell of body.flat()) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('speaks the interface’s language', async () => {
    usePreferences.setState({ language: 'en' });
    withHostileName();
    const { name, rows } = await exportCsv('/');
    expect(name).toBe('npf-tracker-2026-11-26.csv');
    expect(rows[0]!.slice(0, 4)).toEqual(['id', 'fact', 'thrust', 'indicator']);
    expect(rows.find((r) => r[0] === 'hostile')![3]).toBe("'+cmd|calc");
    expect(rows.find((r) => r[0] === 'metro-gdp')![3]).toBe('Nanjing metropolitan area GDP');
  });
});

describe('the printable brief', () => {
  it('keeps the view’s filters and lists each figure with its status and source', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp('/brief?thrust=T4&q=%E9%83%BD%E5%B8%82%E5%9C%88');
    expect(
      await screen.findByRole('heading', { level: 1, name: /因地制宜发展新质生产力/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('截至 2026年11月26日')).toBeInTheDocument();
    expect(screen.getByText(/范围：T4 .*“都市圈”/)).toBeInTheDocument();
    const sections = await screen.findAllByRole('region');
    expect(sections.map((s) => s.getAttribute('data-thrust'))).toEqual(['T4']);
    const row = within(sections[0]!)
      .getByRole('rowheader', { name: /南京都市圈地区生产总值/ })
      .closest('tr')!;
    expect(row).toHaveTextContent(/万亿元/);
    expect(row).toHaveTextContent(/正常推进|需关注|滞后|已达成|数据不足/);
    expect(row).toHaveTextContent(/陈之常（南京市委副书记、市长），南京发布|示意/);
    await user.click(screen.getByRole('button', { name: '打印或存为 PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says which parameters it ignored, as the other views do', async () => {
    renderApp('/brief?dept=Not%20An%20Id&status=lagging&foo=bar');
    expect(await screen.findByText('链接中有参数未被采用')).toBeInTheDocument();
    expect(screen.getByText('部门参数格式不正确（Not An Id），已忽略')).toBeInTheDocument();
    expect(screen.getByText('未知状态“lagging”已忽略')).toBeInTheDocument();
    expect(screen.getByText('未知参数 foo 已忽略')).toBeInTheDocument();
    // and the brief itself is of everything
    expect(await screen.findByText('范围：全部举措')).toBeInTheDocument();
  });

  it('opens with a summary: status counts, and each off-track commitment with owner and reason', async () => {
    renderApp('/brief?dept=finance&dept=ndrc');
    const summary = (await screen.findByRole('heading', { level: 2, name: '概要' })).closest(
      'section',
    ) as HTMLElement;
    expect(
      within(summary).getByRole('heading', { name: /状态分布（共 \d+ 项）/ }),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('img', { name: /状态分布/ })).toBeInTheDocument();
    const offTrack = await within(summary).findAllByRole('row');
    const rows = offTrack.slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(/市金融局|市发改委/);
      expect(cells[1]!.textContent?.length).toBeGreaterThan(5);
    }
  });

  it('without filters, has every thrust in order, one section each', async () => {
    renderApp('/brief');
    await screen.findByText('范围：全部举措');
    const sections = await screen.findAllByRole('region');
    expect(sections.map((s) => s.getAttribute('data-thrust'))).toEqual(['T1', 'T2', 'T3', 'T4']);
  });
});
