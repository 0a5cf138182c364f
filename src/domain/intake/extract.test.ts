import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { intake, proposeFigures } from './extract';
import { notFigure } from './not-figures';
import { proposalSchema, type Proposal } from './schema';

/** The one figure `text` holds, as value, unit and qualifier. */
function only(text: string, date?: string): Proposal {
  const proposals = proposeFigures(text, { date });
  expect(proposals.map((p) => p.figure.text)).toHaveLength(1);
  return proposals[0]!;
}
const vuq = (p: Proposal) => [p.value, p.unit, p.qualifier];

describe('numerals', () => {
  it.each([
    ['新增企业3500家', 3500, '家'],
    ['是上年的1.82倍', 1.82, '倍'],
    ['总投资3,500万元', 3500, '万元'],
    ['地区生产总值达5万亿', 5, '万亿'],
    ['地区生产总值达5264亿元', 5264, '亿元'],
    ['累计达一百三十八家', 138, '家'],
    ['新增床位两千张', 2000, '张'],
    ['新增“小巨人”企业二十三家', 23, '家'],
    ['常住人口三千五百万人', 3500, '万人'],
    ['新增企业３５００家', 3500, '家'],
    ['研发投入三点五亿元', 3.5, '亿元'],
    ['数字经济占比百分之十五', 15, '%'],
    ['培育形成十大重点产业链', 10, ''],
    ['引领四大支柱产业焕新升级', 4, ''],
    ['打造万亿级软件和信息服务产业集群', 1, '万亿'],
    ['收入比缩小至2.51:1', 2.51, ':1'],
    ['目前三家企业已落户', 3, '家'],
    ['指数为85.3。', 85.3, ''],
  ])('%s → %d %s', (text, value, unit) => {
    expect(vuq(only(text))).toEqual([value, unit, '']);
  });
});

describe('units, as written', () => {
  it.each([
    '亿元',
    '万亿元',
    '万元',
    '元',
    '亿美元',
    '家',
    '项',
    '个',
    '条',
    '%',
    '％',
    '‰',
    '个百分点',
    '倍',
    '成',
    '万人',
    '人次',
    '所',
    '名',
    '辆',
    '万辆',
    '列',
    '件',
    '张',
    '座',
    '平方公里',
    '亩',
    '吨',
    '万吨',
    '千瓦',
    '万千瓦',
    '标准箱',
    '个月',
    '年',
    '天',
    'GW',
  ])('新增12%s', (unit) => {
    expect(vuq(only(`全市新增12${unit}。`))).toEqual([12, unit, '']);
  });
});

describe('qualifiers', () => {
  it.each([
    ['常住人口超3500万', 3500, '万', '超'],
    ['服务企业超过4000家', 4000, '家', '超'],
    ['地区生产总值突破5万亿', 5, '万亿', '超'],
    ['营业收入迈入千亿级', 1000, '亿', '超'],
    ['总投资超千亿的增量项目', 1000, '亿', '超'],
    ['引进企业逾100家', 100, '家', '超'],
    ['构建约30家实验室', 30, '家', '约'],
    ['大约30家', 30, '家', '约'],
    ['实际使用外资约合15亿美元', 15, '亿美元', '约'],
    ['征集需求近3500项', 3500, '项', '近'],
    ['将近400项', 400, '项', '近'],
    ['接近400项', 400, '项', '近'],
    ['服务企业1500余家', 1500, '家', '余'],
    ['服务企业1500多余家', 1500, '家', '余'],
    ['常住人口3500余万', 3500, '万', '余'],
    ['联动50多所高校', 50, '所', '多'],
    ['引进人才三十多万人', 30, '万人', '多'],
    ['试验区建设一年多来', 1, '年', '多'],
    ['用了两个多月', 2, '个月', '多'],
    ['数量达到4000家以上', 4000, '家', '以上'],
    ['增长12%以上', 12, '%', '以上'],
    ['不少于100家', 100, '家', '以上'],
    ['构建30家左右全国重点实验室方阵', 30, '家', '左右'],
    ['增长5.5%左右', 5.5, '%', '左右'],
    ['进出口总额1320亿元上下', 1320, '亿元', '左右'],
    ['入选“最佳口碑城市”前十', 10, '', '前'],
    ['在全省评价中进入前五', 5, '', '前'],
    ['排名前3名', 3, '名', '前'],
    ['全球金融中心指数排名第63位', 63, '位', '第'],
    ['居全省第3位', 3, '位', '第'],
    ['金融综合竞争力全国第7', 7, '', '第'],
    ['排名全国第三', 3, '', '第'],
    ['拓展智能电网产业全国首位的领先优势', 1, '位', '第'],
    ['总数3126家', 3126, '家', ''],
  ])('%s → %d %s %s', (text, value, unit, qualifier) => {
    expect(vuq(only(text))).toEqual([value, unit, qualifier]);
  });

  it('keeps 近 apart from 约: 近3500 is just under, not about', () => {
    expect(only('近3500项').qualifier).toBe('近');
    expect(only('约3500项').qualifier).toBe('约');
  });

  it('keeps 前十 (within the top ten) apart from 第10位 (tenth)', () => {
    expect(vuq(only('全国前十'))).toEqual([10, '', '前']);
    expect(vuq(only('全国第10位'))).toEqual([10, '位', '第']);
  });

  it('does not read a qualifier out of another word (最近, 节约, 目前)', () => {
    expect(only('节约300吨').qualifier).toBe('');
    expect(only('目前三家企业').qualifier).toBe('');
  });
});

/** Why each numeral of `text` is not a figure. */
const reasons = (text: string) => findCandidates(text).map((c) => notFigure(text, c));

describe('what is not a figure', () => {
  it.each([
    ['到2025年底完成', 'year'],
    ['二〇二三年以来', 'year'],
    ['5月16日上午', 'date'],
    ['中央一号文件', 'label'],
    ['党的二十大精神', 'event'],
    ['党的十八大以来', 'event'],
    ['十四届全国人大二次会议', 'event'],
    ['第三届进博会', 'ordinal'],
    ['第三代半导体', 'ordinal'],
    ['第一张“缩影”', 'ordinal'],
    ['第二，为科创企业打通融资堵点', 'ordinal'],
    ['这是全国第一个试点', 'ordinal'],
    ['各地要第一时间传达', 'ordinal'],
    ['“十四五”规划', 'quoted label'],
    ['坚持“四群八链”产业布局', 'quoted label'],
    ['实施“双百工程”', 'quoted label'],
    ['十四五期间', 'label'],
    ['长三角一体化', 'label'],
    ['进一步优化营商环境', 'label'],
    ['新一代人工智能', 'label'],
    ['一是打造科技创新策源地', 'label'],
    ['零部件企业', 'label'],
    ['5G基站', 'label'],
    ['G60科创走廊', 'label'],
    ['吸引更多的世界500强企业', 'bare number'],
    ['编号12345', 'bare number'],
    ['去年印发产业强市三年行动计划', 'plan name'],
    ['实施千人计划', 'plan name'],
    ['加快创建一批绿色工厂', 'article'],
    ['有一个甘肃小伙子', 'article'],
    ['统一部署', 'article'],
    ['我想引用三张“缩影”', 'discourse'],
    ['紧扣两个关键词', 'discourse'],
    ['具体有三个方面的思考', 'discourse'],
    ['着力做好三件事情', 'discourse'],
    ['五位一体', 'set phrase'],
    ['惠及千家万户', 'set phrase'],
    ['三次产业结构持续优化', 'set phrase'],
    ['把创新摆在首位', 'set phrase'],
    ['前三季度', 'time reference'],
    ['过去五年', 'time reference'],
    ['未来三年', 'time reference'],
    ['百年未有之大变局', 'idiom'],
    ['三次产业比例为11.1:47.5:41.4', 'ratio'],
    ['《南京市产业强市行动计划（2023—2025年）》印发', 'title'],
  ])('%s: %s', (text, reason) => {
    expect(proposeFigures(text)).toEqual([]);
    expect(reasons(text)).toContain(reason);
  });

  it.each(['万家民企评营商环境', '亿元以上产业项目', '规模以上工业', '近年来', '“一件事一次办”'])(
    '%s holds no figure',
    (text) => {
      expect(proposeFigures(text)).toEqual([]);
    },
  );

  it('takes a line holding only a number, or 1. at a line start, for a section number', () => {
    expect(reasons('01\n努力成为重要阵地')).toContain('section number');
    expect(reasons('1. 总体要求')).toContain('section number');
  });

  it('reads the figure beside a time reference: 近3年累计投入100亿元', () => {
    expect(proposeFigures('近3年累计投入100亿元').map(vuq)).toEqual([[100, '亿元', '']]);
  });
});

describe('year and kind', () => {
  it.each([
    ['2023年，都市圈地区生产总值突破5万亿', undefined, 2023, 'achieved'],
    ['去年全市地区生产总值达5264亿元', '2025-02-10', 2024, 'achieved'],
    ['去年全市地区生产总值达5264亿元', undefined, null, 'achieved'],
    ['力争到2027年地区生产总值突破6000亿元', undefined, 2027, 'target'],
    ['今年经济增长预期目标为5.5%左右', '2025-02-10', 2025, 'target'],
    ['构建30家左右全国重点实验室方阵', undefined, null, 'target'],
    ['同比增长5.8%', undefined, null, 'growth'],
    ['较上年提高2.3个百分点', '2025-02-10', null, 'growth'],
    ['是上年的1.82倍', '2025-02-10', null, 'growth'],
    ['占规上工业比重达到31.5%', undefined, null, 'share'],
    ['累计服务企业1500余家', undefined, null, 'achieved'],
    ['居全省第3位', undefined, null, 'rank'],
    ['进入前五', undefined, null, 'rank'],
    ['引领四大支柱产业焕新升级', undefined, null, 'count'],
  ])('%s (dated %s): %s, %s', (text, date, year, kind) => {
    const p = only(text, date);
    expect([p.year, p.kind]).toEqual([year, kind]);
  });

  it('reads the text’s own date for 去年 when none is given', () => {
    const text = '2025年2月10日，云溪市召开大会。会议通报，去年全市地区生产总值达5264亿元。';
    const result = intake(text);
    expect(result.date).toEqual({ value: '2025-02-10', from: 'text' });
    expect(result.proposals.map((p) => p.year)).toEqual([2024]);
  });

  it('takes the year from the sentence before the paragraph', () => {
    const text =
      '2023年，都市圈地区生产总值突破5万亿，常住人口超3500万。新增企业30家。\n另有企业40家。';
    expect(proposeFigures(text).map((p) => p.year)).toEqual([2023, 2023, 2023, null]);
  });
});

describe('proposals', () => {
  const text =
    '南京市委副书记、市长陈之常：2023年，南京都市圈地区生产总值突破5万亿，常住人口超3500万。\n' +
    '问：南京是全国现有七个科创金融改革试验区之一，请问试验区建设一年多来有哪些变化？';

  it('quote the shortest clause, at its offset, with the figure inside and no speaker label', () => {
    const proposals = proposeFigures(text);
    expect(proposals.map((p) => p.quote)).toEqual([
      '南京都市圈地区生产总值突破5万亿',
      '常住人口超3500万',
      '南京是全国现有七个科创金融改革试验区之一',
      '请问试验区建设一年多来有哪些变化？',
    ]);
    for (const p of proposals) {
      expect(text.slice(p.offset, p.offset + p.length)).toBe(p.quote);
      expect(text.slice(p.figure.offset, p.figure.offset + p.figure.length)).toBe(p.figure.text);
      expect(p.figure.offset).toBeGreaterThanOrEqual(p.offset);
      expect(p.figure.offset + p.figure.length).toBeLessThanOrEqual(p.offset + p.length);
      expect(proposalSchema.safeParse(p).success).toBe(true);
    }
    expect(proposals.map((p) => p.speaker)).toEqual(['陈之常', '陈之常', '记者', '记者']);
  });

  it('carry the scale of their unit and ids that are stable and distinct', () => {
    const proposals = proposeFigures(text);
    expect(proposals.map((p) => [p.scale, p.baseUnit])).toEqual([
      [1e12, ''],
      [1e4, ''],
      [1, '个'],
      [1, '年'],
    ]);
    expect(proposeFigures(text).map((p) => p.id)).toEqual(proposals.map((p) => p.id));
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
    expect(only('增长5.8%').scale).toBe(0.01);
    expect(only('地区生产总值达5264亿元').scale).toBe(1e8);
  });

  it('are none in a text without figures, and none in an empty one', () => {
    expect(proposeFigures('加快新时代美丽南京建设，持续优化营商环境。')).toEqual([]);
    expect(proposeFigures('')).toEqual([]);
  });
});
