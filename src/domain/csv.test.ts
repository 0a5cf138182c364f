import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, escapeFormula, toCsv } from './csv';
import {
  decodeCsv,
  importTemplateRows,
  isFormulaLike,
  parseCsv,
  validateImportRows,
  type ParsedCsv,
} from './csv-import';
import type { QuantitativeIndicator } from './schemas';

describe('formula injection is defused in text cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+2', "'+1+2"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['南京发布', '南京发布'],
    ['a=b', 'a=b'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
  });

  it.each([
    [5e12, '5000000000000'],
    [-3, '-3'],
    [null, ''],
    ['陈之常（市长）, 南京发布', '"陈之常（市长）, 南京发布"'],
    ['全角逗号，不必加引号', '全角逗号，不必加引号'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
  ] as const)('cell %j → %j', (cell, text) => {
    expect(csvCell(cell)).toBe(text);
  });

  it('writes a BOM and CRLF, and reads back to the same text', () => {
    const csv = toCsv([
      ['名称', '值'],
      ['南京都市圈地区生产总值', 5e12],
      ['=cmd', '"quoted", 中文'],
    ]);
    expect(csv.startsWith('\uFEFF名称,值\r\n')).toBe(true);
    const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(back).toEqual([
      ['名称', '值'],
      ['南京都市圈地区生产总值', '5000000000000'],
      ["'=cmd", '"quoted", 中文'],
    ]);
  });
});

const gdp: QuantitativeIndicator = {
  kind: 'quantitative',
  id: 'metro-gdp',
  headline: true,
  thrustId: 'T4',
  thrustAssignment: 'source',
  name: { zh: '都市圈GDP', en: 'Metro GDP' },
  description: { zh: '说明', en: 'Description' },
  ownerIds: ['ndrc'],
  ownerProvenance: 'reported',
  commitment: {
    speaker: { zh: '陈之常', en: 'Chen Zhichang' },
    role: { zh: '市长', en: 'Mayor' },
    departmentId: 'ndrc',
    date: '2024-05-16',
    source: { zh: '南京发布', en: 'Nanjing Release' },
    event: { zh: '发布会', en: 'Press conference' },
    quote: '突破5万亿',
  },
  cadence: 'annual',
  unit: { kind: 'currency', label: { zh: '元', en: 'yuan' } },
  direction: 'higherIsBetter',
  targets: [],
  observations: [
    { date: '2023-12-31', value: 5e12, qualifier: 'over', provenance: { kind: 'illustrative' } },
  ],
};
const ctx = { today: '2026-11-26', departments: new Set(['ndrc']) };
const bytes = (text: string) => new TextEncoder().encode(text);

function parsed(text: string): ParsedCsv {
  const result = parseCsv(text);
  if ('issue' in result) throw new Error(JSON.stringify(result.issue));
  return result;
}

describe('reading a CSV file', () => {
  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('名称')]), '名称'],
    ['UTF-8 without', bytes('名称'), '名称'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, 0x0d, 0x54]), '名'],
  ])('decodes %s', (_, input, text) => {
    expect(decodeCsv(input)).toEqual({ text: expect.stringContaining(text) });
  });

  const header = 'indicator_id,date,value,provenance\n';
  // The header is ASCII: one code unit per character.
  const codes = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const utf16 = (text: string, le: boolean) =>
    new Uint8Array(codes(text).flatMap((c) => (le ? [c, 0] : [0, c])));
  const utf32 = (text: string, le: boolean) =>
    new Uint8Array(codes(text).flatMap((c) => (le ? [c, 0, 0, 0] : [0, 0, 0, c])));
  it.each([
    ['UTF-16 LE without a BOM', utf16(header, true)],
    ['UTF-16 BE without a BOM', utf16(header, false)],
    ['UTF-32 LE with a BOM', new Uint8Array([0xff, 0xfe, 0, 0, ...utf32(header, true)])],
    ['UTF-32 BE with a BOM', new Uint8Array([0, 0, 0xfe, 0xff, ...utf32(header, false)])],
    ['UTF-32 LE without a BOM', utf32(header, true)],
  ])('refuses %s as not UTF-8, not as missing columns', (_, input) => {
    expect(decodeCsv(input)).toEqual({ issue: { code: 'notUtf8' } });
  });

  it('refuses GBK rather than guessing', () => {
    // 南京 in GBK
    expect(decodeCsv(new Uint8Array([0xc4, 0xcf, 0xbe, 0xa9]))).toEqual({
      issue: { code: 'notUtf8' },
    });
  });

  it.each([
    ['comma', 'indicator_id,date,value,provenance\nmetro-gdp,2026-10-31,6万亿,示意\n', ','],
    ['tab', 'indicator_id\tdate\tvalue\tprovenance\nmetro-gdp\t2026-10-31\t6万亿\t示意\n', '\t'],
  ])('reads %s-separated rows with their spreadsheet row numbers', (_, text, delimiter) => {
    const result = parsed(`\uFEFF${text}`);
    expect(result.delimiter).toBe(delimiter);
    expect(result.rows).toEqual([
      {
        row: 2,
        cells: {
          indicator_id: 'metro-gdp',
          date: '2026-10-31',
          value: '6万亿',
          provenance: '示意',
        },
      },
    ]);
  });

  it.each([
    [
      'a missing column',
      'indicator_id,date,provenance\nx,y,z',
      { code: 'missingColumns', columns: ['value'] },
    ],
    [
      'an unknown column',
      'indicator_id,date,value,provenance,colour\na,b,c,d,e',
      { code: 'unknownColumns', columns: ['colour'] },
    ],
    ['no rows', 'indicator_id,date,value,provenance\n\n', { code: 'noRows' }],
    ['nothing', '', { code: 'empty' }],
  ])('names %s', (_, text, issue) => {
    expect(parseCsv(text)).toEqual({ issue });
  });

  it('reads its own template', () => {
    const template = toCsv(importTemplateRows());
    const { rows } = parsed(template);
    const [row] = validateImportRows(rows, [gdp], ctx);
    expect(row?.report.status).toBe('accepted');
    expect(row?.observation?.value).toBe(6.2e12);
  });
});

describe('validating import rows', () => {
  it.each([
    ['=1+1', true],
    ['+86', true],
    ['@A1', true],
    ['-cmd', true],
    ['-5', false],
    ['南京', false],
  ])('%j is formula-like: %s', (cell, expected) => {
    expect(isFormulaLike(cell)).toBe(expected);
  });

  it('reports each bad row with its column and why, and keeps the good ones', () => {
    const { rows } = parsed(
      [
        'indicator_id,date,value,provenance,source,speaker,role,citation_date,quote',
        'metro-gdp,2026-06-30,5.5万亿,illustrative,,,,,',
        'nowhere,2026-06-30,1,illustrative,,,,,',
        'metro-gdp,2026-07-31,abc,illustrative,,,,,',
        'metro-gdp,2026-08-31,5.6万亿,reported,,张三,处长,2026-09-01,原文',
        'metro-gdp,2026-09-30,=1+1,illustrative,,,,,',
        'metro-gdp,2026-06-30,5.5万亿,illustrative,,,,,',
      ].join('\n'),
    );
    const result = validateImportRows(rows, [gdp], ctx).map((r) => [
      r.report.row,
      r.report.status,
      r.report.issues.map((i) => `${i.path}:${i.code}`),
    ]);
    expect(result).toEqual([
      [2, 'accepted', []],
      [3, 'rejected', ['indicator_id:unknownIndicator']],
      [4, 'rejected', ['value:notANumber']],
      [5, 'rejected', ['source:reportedWithoutSource']],
      [6, 'rejected', ['value:formulaLike']],
      [7, 'rejected', ['date:duplicateInFile']],
    ]);
  });
});
