import { describe, expect, it } from 'vitest';
import { proposeFigures } from './extract';
import { scoreReport } from './report';
import { indicatorQualifier, PRINTED_FIELDS, printedProposal } from './schema';
import { type FixtureFigure, locate, scoreProposals } from './score';

const text =
  '陈之常：全市新增企业30家，征集需求近3500项。\n世界500强企业落户。\n吴炜：这是第三代半导体。';
const figure = (at: string, value: number, unit: string, qualifier: FixtureFigure['qualifier']) =>
  ({
    at,
    value,
    unit,
    qualifier,
    year: null,
    kind: 'achieved',
    speaker: '陈之常',
  }) as FixtureFigure;

describe('scoreProposals', () => {
  it('counts a figure right when value, unit and qualifier all match, and lists the rest', () => {
    const figures = [
      figure('30家', 30, '家', ''),
      figure('近3500项', 3500, '项', '约'),
      figure('500强', 500, '', ''),
    ];
    const score = scoreProposals(text, figures, proposeFigures(text));
    expect(score).toMatchObject({
      figures: 3,
      proposals: 2,
      found: 2,
      valueUnitQualifier: 1,
      real: 2,
      precision: 1,
      meets: { valueUnitQualifier: false, speaker: false, precision: true },
    });
    expect(score.recall.valueUnitQualifier).toBeCloseTo(1 / 3);
    expect(
      score.misses.map((m) => [m.figure.at, m.proposal?.figure.text ?? null, m.wrong]),
    ).toEqual([
      ['近3500项', '近3500项', ['qualifier']],
      ['500强', null, ['value', 'unit', 'qualifier', 'year', 'kind', 'speaker']],
    ]);
    const report = scoreReport('test', score);
    expect(report).toContain('value, unit and qualifier right  1/3  33.3 %  (BELOW ≥ 95 %)');
    expect(report).toContain('wrong: “近3500项”: qualifier 近 ≠ 约');
    expect(report).toContain('not proposed: “500强” (500 – – 陈之常)');
  });

  it('counts a proposal that is no figure of the fixture against precision', () => {
    const score = scoreProposals(text, [figure('30家', 30, '家', '')], proposeFigures(text));
    expect(score.precision).toBe(0.5);
    expect(score.extra.map((p) => p.figure.text)).toEqual(['近3500项']);
    expect(scoreReport('test', score)).toContain('“近3500项” in “征集需求近3500项”');
  });

  it('refuses a snippet that is missing from the text or found in it twice', () => {
    expect(() => locate(text, [figure('40家', 40, '家', '')])).toThrow('“40家” is not in the text');
    expect(() => locate('30家，30家', [figure('30家', 30, '家', '')])).toThrow('more than once');
  });
});

describe('the proposal schema', () => {
  it('prints the issue’s eight fields, in order', () => {
    const [p] = proposeFigures('南京市副市长吴炜：第一产业增加值2737亿元。');
    expect(printedProposal(p!)).toEqual({
      value: 2737,
      unit: '亿元',
      qualifier: '',
      year: null,
      kind: 'count',
      speaker: '吴炜',
      quote: '第一产业增加值2737亿元',
      offset: 9,
    });
    expect(Object.keys(printedProposal(p!))).toEqual([...PRINTED_FIELDS]);
  });

  it.each([
    ['', 'exact'],
    ['超', 'over'],
    ['余', 'over'],
    ['多', 'over'],
    ['以上', 'over'],
    ['约', 'about'],
    ['左右', 'about'],
    ['近', 'nearly'],
    ['前', 'withinTop'],
    ['第', 'exact'],
  ] as const)('maps %j to the indicator qualifier %s', (q, expected) => {
    expect(indicatorQualifier(q)).toBe(expected);
  });
});
