// T2 厚植产业强市“新动能”: the mayor's items and F5 (classified here by the data set).
import type { Indicator } from '@/domain/schemas';
import { illTarget, illustrative, milestone, quant, repTarget, UNIT } from './builders';

const PROJECTS = '实施扬子—扬巴轻烃综合利用等一批总投资超千亿的增量项目';
const SOFTWARE = '打造万亿级软件和信息服务产业集群';
const F5_FIRMS = '已经形成了包含138家企业的配套完整、高效稳定的轨道交通产业供应链';
const F5_GIANTS = '已经有国家级专精特新“小巨人”企业6家';
const F5_SRDI = '省级专精特新企业24家';

const F5_DESC = '顶山—汊河轨道交通产业发展集聚区(南京与滁州交界,以中车南京浦镇车辆有限公司为中心)';
const F5_DESC_EN =
  'Dingshan–Chahe rail-transit industry cluster (on the Nanjing–Chuzhou border, around CRRC Nanjing Puzhen)';

export const t2Indicators: Indicator[] = [
  quant({
    id: 'incremental-projects-investment',
    thrust: 'T2',
    assign: 'source',
    by: 'gov-mayor',
    quote: PROJECTS,
    name: ['增量项目完成投资', 'Incremental projects: investment made'],
    description: [
      '扬子—扬巴轻烃综合利用等增量项目累计完成投资。总投资“超千亿”来自来源,作为目标值;目标日期与各期数值为示意。',
      'Investment made so far in the batch of incremental projects such as Yangzi–BASF light-hydrocarbon use. The batch’s total of over 100 billion yuan is the source’s and serves as the target; its date and all values are illustrative.',
    ],
    cadence: 'semiannual',
    unit: UNIT.yuan,
    values: [
      ['2024-06-30', 15e9],
      ['2024-12-31', 28e9],
      ['2025-12-31', 46e9],
      ['2026-06-30', 55e9],
    ],
    targets: [repTarget(100e9, '2028-12-31', 'atLeast', 'gov-mayor', PROJECTS)],
  }),
  quant({
    id: 'software-cluster-revenue',
    thrust: 'T2',
    assign: 'source',
    by: 'gov-mayor',
    quote: SOFTWARE,
    name: ['软件和信息服务业收入', 'Software and IT services revenue'],
    description: [
      '软件和信息服务产业集群年收入。“万亿级”目标来自来源;目标日期、其修订与各年数值为示意。',
      'Annual revenue of the software and information-services cluster. The trillion-yuan target is the source’s; its date, the date’s revision and all values are illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.yuan,
    values: [
      ['2023-12-31', 790e9],
      ['2024-12-31', 830e9],
      ['2025-12-31', 860e9],
    ],
    targets: [
      repTarget(1e12, '2026-12-31', 'atLeast', 'gov-mayor', SOFTWARE),
      illTarget(
        1e12,
        '2027-12-31',
        'atLeast',
        '2025-06-30',
        illustrative(
          '示意目标：完成日期的修订为虚构;“万亿级”目标值来自来源',
          'Illustrative: the later date is invented; the trillion-yuan value is the source’s',
        ),
      ),
    ],
  }),
  quant({
    id: 'rail-cluster-enterprises',
    factCode: 'F5',
    headline: true,
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F5_FIRMS,
    name: ['轨道交通产业集聚区企业', 'Rail-transit cluster enterprises'],
    description: [
      `${F5_DESC}供应链中的企业。目标为示意。`,
      `Enterprises in the supply chain of the ${F5_DESC_EN}. The target is illustrative.`,
    ],
    cadence: 'annual',
    unit: UNIT.firms,
    reported: { date: '2024-05-16', value: 138, qualifier: 'exact' },
    values: [
      ['2022-12-31', 118],
      ['2023-12-31', 128],
      ['2025-12-31', 142],
    ],
    targets: [illTarget(150, '2025-12-31')],
  }),
  quant({
    id: 'rail-cluster-little-giants',
    factCode: 'F5',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F5_GIANTS,
    name: ['集聚区国家级“小巨人”企业', 'Cluster “little giant” firms'],
    description: [
      `${F5_DESC}中的国家级专精特新“小巨人”企业。目标为示意。`,
      `National “little giant” specialised firms in the ${F5_DESC_EN}. The target is illustrative.`,
    ],
    cadence: 'annual',
    unit: UNIT.firms,
    reported: { date: '2024-05-16', value: 6, qualifier: 'exact' },
    values: [['2022-12-31', 4]],
    targets: [illTarget(8, '2026-12-31')],
  }),
  quant({
    id: 'rail-cluster-provincial-srdi',
    factCode: 'F5',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F5_SRDI,
    name: ['集聚区省级专精特新企业', 'Cluster provincial specialised firms'],
    description: [
      `${F5_DESC}中的省级专精特新企业。来源未给出历史值,故只有一个数值;目标为示意。`,
      `Provincial specialised and innovative (专精特新) firms in the ${F5_DESC_EN}. The source gives no history, so there is a single value; the target is illustrative.`,
    ],
    cadence: 'annual',
    unit: UNIT.firms,
    reported: { date: '2024-05-16', value: 24, qualifier: 'exact' },
    targets: [illTarget(30, '2026-12-31')],
  }),
  milestone({
    id: 'pillar-industries-upgrade',
    thrust: 'T2',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'miit-bureau',
    quote: '引领石化、钢铁、汽车、电子信息四大支柱产业焕新升级',
    name: ['四大支柱产业焕新升级', 'Upgrade of four pillar industries'],
    description: [
      '石化、钢铁、汽车、电子信息四大支柱产业焕新升级。',
      'Renewal of the four pillar industries: petrochemicals, steel, automobiles, electronic information.',
    ],
    cadence: 'semiannual',
    due: '2027-12-31',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-12-31', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'smart-grid-lead',
    thrust: 'T2',
    assign: 'source',
    by: 'gov-mayor',
    quote: '拓展智能电网产业全国首位的领先优势',
    name: ['智能电网产业领先优势', 'Smart-grid industry lead'],
    description: [
      '拓展智能电网产业全国首位的领先优势。',
      'Extend the lead of the smart-grid industry, ranked first nationally.',
    ],
    cadence: 'semiannual',
    due: '2028-12-31',
    updates: [
      ['2025-06-30', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
];
