// T4 激活改革开放“源动力”: the mayor's items, his Yangtze River Delta answer (F1, F2 and three
// commitments) and the business environment (F7, 钱维), classified here by the data set.
import type { Indicator } from '@/domain/schemas';
import { illTarget, milestone, quant, reported, UNIT } from './builders';

const F1_GDP = '2023年,南京都市圈地区生产总值突破5万亿';
const F2_POP = '常住人口超3500万';
const F7_BENCHMARK = '连续两年获评全国“营商环境标杆城市”';
const F7_TOP_TEN = '2023年,入选全国工商联万家民企评营商环境“最佳口碑省会及副省级城市”前十';
const F7_MSE = '在工信部中小企业发展环境评估中,排名全国第三';
const ZONES = '加快国家科创金融改革试验区、知识产权保护示范区建设';
const PILOT_ZONE_YEAR = '南京通过一年多的国家级科创金融改革试验区建设';

export const t4Indicators: Indicator[] = [
  quant({
    id: 'metro-gdp',
    factCode: 'F1',
    headline: true,
    thrust: 'T4',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F1_GDP,
    name: ['南京都市圈地区生产总值', 'Nanjing metropolitan area GDP'],
    description: [
      '南京都市圈地区生产总值(年度)。2023年数值来自来源;其他年份与目标为示意。',
      'Annual GDP of the Nanjing metropolitan area. The 2023 figure is the source’s; other years and the target are illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.yuan,
    reported: { date: '2023-12-31', value: 5e12, qualifier: 'over' },
    values: [
      ['2021-12-31', 4.45e12],
      ['2022-12-31', 4.7e12],
      ['2024-12-31', 5.2e12],
      ['2025-12-31', 5.4e12],
    ],
    targets: [illTarget(6e12, '2027-12-31')],
  }),
  quant({
    id: 'metro-population',
    factCode: 'F2',
    headline: true,
    thrust: 'T4',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F2_POP,
    name: ['南京都市圈常住人口', 'Nanjing metropolitan area population'],
    description: [
      '南京都市圈年末常住人口。这是背景指标,不设目标;2023年数值来自来源,其他年份为示意。',
      'Resident population of the Nanjing metropolitan area at year end. A context figure with no target; 2023 is the source’s, other years are illustrative.',
    ],
    cadence: 'annual',
    context: true,
    unit: UNIT.persons,
    reported: { date: '2023-12-31', value: 35_000_000, qualifier: 'over' },
    values: [
      ['2021-12-31', 34_600_000],
      ['2022-12-31', 34_800_000],
      ['2024-12-31', 35_100_000],
    ],
  }),
  quant({
    id: 'sme-environment-rank',
    factCode: 'F7',
    headline: true,
    thrust: 'T4',
    assign: 'dataset',
    by: 'ndrc',
    quote: F7_MSE,
    name: ['工信部中小企业发展环境评估排名', 'MIIT SME-environment ranking'],
    description: [
      '工信部中小企业发展环境评估中南京的全国排名,数字越小越好。2023年名次来自来源;其他年份与目标为示意。',
      'Nanjing’s national rank in MIIT’s assessment of the development environment for SMEs; lower is better. The 2023 rank is the source’s; other years and the target are illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: { date: '2023-12-31', value: 3, qualifier: 'exact' },
    values: [['2022-12-31', 6]],
    // Not 3rd: a target equal to the reported rank would be "achieved" by construction.
    targets: [illTarget(2, '2026-12-31', 'atMost')],
  }),
  quant({
    id: 'benchmark-city-years',
    factCode: 'F7',
    thrust: 'T4',
    assign: 'dataset',
    by: 'ndrc',
    quote: F7_BENCHMARK,
    name: ['“营商环境标杆城市”连续获评年数', 'Years as business-environment benchmark city'],
    description: [
      '连续获评全国“营商环境标杆城市”的年数。背景数据,来源未设目标;2022年数值为示意。',
      'Consecutive years Nanjing was named a national business-environment benchmark city. A context figure: the source sets no target; the 2022 value is illustrative.',
    ],
    cadence: 'annual',
    context: true,
    unit: UNIT.years,
    reported: { date: '2023-12-31', value: 2, qualifier: 'exact' },
    values: [['2022-12-31', 1]],
  }),
  quant({
    id: 'best-reputation-rank',
    factCode: 'F7',
    thrust: 'T4',
    assign: 'dataset',
    by: 'ndrc',
    quote: F7_TOP_TEN,
    name: ['“最佳口碑”省会及副省级城市排名', 'Best-reputation city ranking'],
    description: [
      '全国工商联万家民企评营商环境“最佳口碑省会及副省级城市”。背景数据:来源只说“前十”,未给出具体名次、历史值与目标。',
      'ACFIC survey of 10,000 private firms: best-reputation provincial capitals and sub-provincial cities. A context figure: the source says only “top ten”, with no exact place, history or target.',
    ],
    cadence: 'annual',
    context: true,
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: {
      date: '2023-12-31',
      value: 10,
      qualifier: 'withinTop',
      note: ['位于前十之内,具体名次未公布', 'Within the top ten; the exact position is not given'],
    },
  }),
  milestone({
    id: 'sci-fin-pilot-zone',
    thrust: 'T4',
    assign: 'source',
    by: 'gov-mayor',
    owners: ['finance'],
    quote: ZONES,
    name: ['国家科创金融改革试验区', 'National sci-tech finance pilot zone'],
    description: [
      '国家科创金融改革试验区建设。记者提问称南京是全国现有七个试验区之一;市地方金融管理局作答:试验区已建设“一年多”。完成时限与其后的进展为示意。',
      'Building the national sci-tech finance reform pilot zone, one of seven nationally (as the journalist’s question puts it); the finance administration answered that it has been under construction for over a year. The due date and later progress are illustrative.',
    ],
    cadence: 'semiannual',
    due: '2027-12-31',
    reportedUpdates: [
      {
        date: '2024-05-16',
        state: 'inProgress',
        provenance: reported('finance', PILOT_ZONE_YEAR),
        note: { zh: '来源:试验区已建设一年多', en: 'Source: under construction for over a year' },
      },
    ],
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-12-31', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'ip-protection-zone',
    thrust: 'T4',
    assign: 'source',
    by: 'gov-mayor',
    quote: ZONES,
    name: ['知识产权保护示范区', 'IP protection demonstration zone'],
    description: [
      '知识产权保护示范区建设。',
      'Building the intellectual-property protection demonstration zone.',
    ],
    cadence: 'semiannual',
    due: '2027-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-12-31', 'inProgress'],
    ],
  }),
  milestone({
    id: 'business-env-policy',
    thrust: 'T4',
    assign: 'source',
    by: 'gov-mayor',
    owners: ['ndrc'],
    quote: '持续优化营商环境政策体系',
    name: ['营商环境政策体系', 'Business-environment policy'],
    description: [
      '持续优化营商环境政策体系;市发改委在发布会上回答了营商环境问题。',
      'Keep improving the business-environment policy system; the NDRC answered on the business environment.',
    ],
    cadence: 'quarterly',
    due: '2027-12-31',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-09-30', 'inProgress'],
      ['2026-09-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'key-reforms',
    thrust: 'T4',
    assign: 'source',
    by: 'gov-mayor',
    quote: '深入推进要素市场化配置、科技人才评价、科技体制等重点领域改革',
    name: ['重点领域改革', 'Reforms in key areas'],
    description: [
      '要素市场化配置、科技人才评价、科技体制等重点领域改革。',
      'Reforms of factor allocation, S&T talent evaluation and the S&T system.',
    ],
    cadence: 'semiannual',
    due: '2028-12-31',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'hu-ning-innovation-belt',
    thrust: 'T4',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: '打造沿沪宁产业创新带',
    name: ['沿沪宁产业创新带', 'Shanghai–Nanjing innovation belt'],
    description: [
      '融入长三角一体化:打造沿沪宁产业创新带。',
      'Yangtze River Delta integration: an industrial innovation belt along the Shanghai–Nanjing corridor.',
    ],
    cadence: 'semiannual',
    due: '2028-12-31',
    updates: [
      ['2025-06-30', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'regional-chain-action',
    thrust: 'T4',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: '实施区域产业链强链补链行动',
    name: ['区域产业链强链补链行动', 'Regional chain-strengthening action'],
    description: [
      '融入长三角一体化:实施区域产业链强链补链行动。',
      'Yangtze River Delta integration: strengthen and fill gaps in regional industry chains.',
    ],
    cadence: 'semiannual',
    due: '2026-12-31',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2026-03-31', 'done'],
    ],
  }),
  milestone({
    id: 'factor-market',
    thrust: 'T4',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: '建设高效联动的要素市场',
    name: ['高效联动的要素市场', 'Linked regional factor market'],
    description: [
      '融入长三角一体化:建设高效联动的要素市场。',
      'Yangtze River Delta integration: an efficient, linked factor market.',
    ],
    cadence: 'semiannual',
    due: '2027-12-31',
    updates: [
      ['2024-12-31', 'notStarted'],
      ['2025-12-31', 'notStarted'],
      ['2026-06-30', 'notStarted'],
    ],
  }),
];
