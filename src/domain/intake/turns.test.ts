import { describe, expect, it } from 'vitest';
import { proposeFigures } from './extract';
import { findTurns, readLabel } from './turns';

const speakers = (text: string) => proposeFigures(text).map((p) => [p.value, p.speaker, p.role]);

describe('readLabel', () => {
  it.each([
    ['南京市委副书记、市长陈之常', '陈之常', '南京市委副书记、市长'],
    ['南京市委副书记、市长陈之常介绍', '陈之常', '南京市委副书记、市长'],
    ['南京市委常委、副市长邓智毅', '邓智毅', '南京市委常委、副市长'],
    ['南京市副市长吴炜', '吴炜', '南京市副市长'],
    [
      '南京江北新区党工委副书记、管委会主任吴勇强',
      '吴勇强',
      '南京江北新区党工委副书记、管委会主任',
    ],
    ['南京市发展和改革委员会主任钱维', '钱维', '南京市发展和改革委员会主任'],
    ['南京市地方金融管理局局长操文荣', '操文荣', '南京市地方金融管理局局长'],
    ['陈之常（南京市市长）', '陈之常', '南京市市长'],
    ['南京市市长 陈之常', '陈之常', '南京市市长'],
    ['欧阳明', '欧阳明', null],
    ['陈之常', '陈之常', null],
    ['主持人', '主持人', null],
    ['问', '记者', '提问'],
    ['记者', '记者', null],
    ['新华社记者', '记者', '新华社记者'],
    ['主持人（省政府新闻办副主任 张三）', '张三', '省政府新闻办副主任'],
    ['陈之常说', '陈之常', null],
  ])('%s is %s (%s)', (label, speaker, role) => {
    expect(readLabel(label)).toEqual({ start: 0, speaker, role });
  });

  it.each([
    '目标是',
    '主要有以下三点',
    '会议指出',
    '具体有三个方面的思考，即',
    '南京市发展和改革委员会',
    '努力交出',
  ])('%s is not a speaker', (label) => {
    expect(readLabel(label)).toBeNull();
  });
});

describe('speaker turns', () => {
  it('reads 名字（职务）： turns, the host included', () => {
    const text =
      '主持人：请介绍南京的情况。\n' +
      '陈之常（南京市市长）：全市新增企业30家。\n' +
      '这些企业带动就业2000人。\n' +
      '钱维（南京市发展和改革委员会主任）：南京排名全国第三。';
    expect(speakers(text)).toEqual([
      [30, '陈之常', '南京市市长'],
      [2000, '陈之常', '南京市市长'],
      [3, '钱维', '南京市发展和改革委员会主任'],
    ]);
  });

  it('reads 职务姓名： turns and puts a question to the journalist', () => {
    const text =
      '南京市委副书记、市长陈之常：常住人口超3500万。\n' +
      '问：南京是全国现有七个科创金融改革试验区之一，有哪些变化？\n' +
      '南京市地方金融管理局局长操文荣：金融综合竞争力全国第7。';
    expect(speakers(text)).toEqual([
      [3500, '陈之常', '南京市委副书记、市长'],
      [7, '记者', '提问'],
      [7, '操文荣', '南京市地方金融管理局局长'],
    ]);
  });

  it('reads a line holding only a name as the start of a turn', () => {
    const text =
      '陈之常\n全市新增企业30家。\n\n南京市发展和改革委员会主任 钱维\n南京排名全国第三。';
    expect(speakers(text)).toEqual([
      [30, '陈之常', null],
      [3, '钱维', '南京市发展和改革委员会主任'],
    ]);
  });

  it('ends a turn at a section number or a credit line', () => {
    const text =
      '陈之常：新增企业30家。\n02\n全市新增企业40家。\n来源 | 南京发布\n陈之常：新增企业50家。';
    expect(speakers(text).map(([, s]) => s)).toEqual(['陈之常', null, '陈之常']);
  });

  it('reads a host with a role and a name in brackets, a paper’s journalist, and no field', () => {
    const text =
      '时间：2024年3月12日\n' +
      '主持人（云溪市政府新闻办副主任 寿晓明）：\n今天邀请到了3位嘉宾。\n' +
      '云溪日报记者：\n请问今年有哪些安排？\n' +
      '金一鸣：\n力争增长5%左右。';
    expect(speakers(text)).toEqual([
      [3, '寿晓明', '云溪市政府新闻办副主任'],
      [5, '金一鸣', null],
    ]);
    expect(findTurns(text).map((t) => t.speaker)).toEqual(['寿晓明', '记者', '金一鸣']);
  });

  it('gives no speaker in a news report, and takes no sentence with a colon for a turn', () => {
    const text = '会议指出：去年全市地区生产总值达5264亿元。\n目标是：到2027年突破6000亿元。';
    expect(speakers(text)).toEqual([
      [5264, null, null],
      [6000, null, null],
    ]);
    expect(findTurns(text)).toEqual([]);
  });
});
