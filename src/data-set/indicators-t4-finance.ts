// T4 激活改革开放“源动力”, sci-tech finance: F8 and the answers of 操文荣 (市地方金融管理局) and
// 钱维's financing item, classified here by the data set.
import type { Indicator } from '@/domain/schemas';
import { illTarget, milestone, quant, UNIT } from './builders';

const F8_RANK = '金融综合竞争力全国第7';
const F8_GFCI = '全球金融中心指数排名第63位';
const F8_MEASURES = '出台科创金融高质量发展12条';
const F8_RELAY =
  '构建了“宁科投”“宁创融”“宁科贷”“宁科债”“宁创担”以及“企业上市宁航行动计划”的接力式金融服务体系';

export const t4FinanceIndicators: Indicator[] = [
  quant({
    id: 'financial-competitiveness-rank',
    factCode: 'F8',
    headline: true,
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: F8_RANK,
    name: ['金融综合竞争力全国排名', 'Financial competitiveness rank'],
    description: [
      '南京金融综合竞争力的全国排名,数字越小越好。发布会时的名次来自来源;其他数值与目标为示意。',
      'Nanjing’s national rank in comprehensive financial competitiveness; lower is better. The rank at the press conference is the source’s; other values and the target are illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: { date: '2024-05-16', value: 7, qualifier: 'exact' },
    values: [
      ['2022-12-31', 9],
      ['2025-06-30', 7],
    ],
    targets: [illTarget(5, '2027-12-31', 'atMost')],
  }),
  quant({
    id: 'gfci-rank',
    factCode: 'F8',
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: F8_GFCI,
    name: ['全球金融中心指数排名', 'Global Financial Centres Index rank'],
    description: [
      '南京在全球金融中心指数(GFCI,每半年发布)中的排名,数字越小越好。发布会时的名次来自来源;其他数值与目标为示意。',
      'Nanjing’s rank in the Global Financial Centres Index (published twice a year); lower is better. The rank at the press conference is the source’s; other values and the target are illustrative.',
    ],
    cadence: 'semiannual',
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: { date: '2024-05-16', value: 63, qualifier: 'exact' },
    values: [
      ['2023-03-31', 66],
      ['2024-09-30', 65],
      ['2025-09-30', 64],
      ['2026-09-30', 61],
    ],
    targets: [illTarget(60, '2026-09-30', 'atMost')],
  }),
  quant({
    id: 'sci-fin-measures',
    factCode: 'F8',
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: F8_MEASURES,
    name: ['科创金融高质量发展措施', 'Sci-tech finance measures'],
    description: [
      '已出台的科创金融高质量发展12条措施。背景数据:来源报告其已出台,未设目标。',
      'The 12 measures for high-quality sci-tech finance, already issued. A context figure: the source reports them issued and sets no target.',
    ],
    cadence: 'oneOff',
    context: true,
    unit: UNIT.measures,
    reported: { date: '2024-05-16', value: 12, qualifier: 'exact' },
  }),
  quant({
    id: 'relay-finance-instruments',
    factCode: 'F8',
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: F8_RELAY,
    name: ['接力式金融服务工具', 'Relay finance instruments'],
    description: [
      '“宁科投”“宁创融”“宁科贷”“宁科债”“宁创担”与“企业上市宁航行动计划”。背景数据:来源报告该体系已构建,未设目标;2023年数值为示意。',
      'The relay of six instruments from venture investment to listing (Ning Ke Tou … Ning Hang listing plan). A context figure: the source reports the system built and sets no target; the 2023 value is illustrative.',
    ],
    cadence: 'oneOff',
    context: true,
    unit: UNIT.instruments,
    reported: { date: '2024-05-16', value: 6, qualifier: 'exact' },
    values: [['2023-06-30', 3]],
  }),
  milestone({
    id: 'equity-warrant-pilot',
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: '开展认股权综合服务试点',
    name: ['认股权综合服务试点', 'Equity-warrant service pilot'],
    description: [
      '突出流程再造和服务创新,开展认股权综合服务试点。',
      'A pilot of comprehensive equity-warrant services for tech firms.',
    ],
    cadence: 'semiannual',
    due: '2025-12-31',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-03-31', 'done'],
    ],
  }),
  milestone({
    id: 'credit-report-reform',
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: '实施企业信用报告替代上市合规证明改革,有效降低企业上市成本',
    name: ['信用报告替代上市合规证明', 'Credit reports for listing compliance'],
    description: [
      '以企业信用报告替代上市合规证明,降低企业上市成本。',
      'Credit reports replace listing-compliance certificates, cutting the cost of going public.',
    ],
    cadence: 'semiannual',
    due: '2025-06-30',
    updates: [
      ['2024-06-30', 'inProgress'],
      ['2024-12-31', 'done'],
    ],
  }),
  milestone({
    id: 'szse-ip-trading-zone',
    thrust: 'T4',
    assign: 'dataset',
    by: 'finance',
    quote: '与深交所共建科技成果与知识产权交易南京专区',
    name: ['深交所科技成果与知识产权交易南京专区', 'SZSE tech and IP trading zone'],
    description: [
      '与深交所共建科技成果与知识产权交易南京专区。',
      'A Nanjing zone for trading technology results and IP, built with the Shenzhen Stock Exchange.',
    ],
    cadence: 'quarterly',
    due: '2026-06-30',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-09-30', 'inProgress'],
      ['2026-09-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'tech-firm-financing',
    thrust: 'T4',
    assign: 'dataset',
    by: 'ndrc',
    quote: '为科创企业打通融资堵点',
    name: ['打通科创企业融资堵点', 'Financing for tech firms'],
    description: [
      '梳理科创型、初成长型企业的资金需求,帮助企业解决资金难题。',
      'Map the funding needs of young tech firms and clear their financing bottlenecks.',
    ],
    cadence: 'quarterly',
    due: '2027-06-30',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-09-30', 'inProgress'],
      ['2026-09-30', 'inProgress'],
    ],
  }),
];
