// T1 打造科技创新“策源地”: the mayor's items, with F3, F4 and F6 classified here by the data set.
import type { Indicator } from '@/domain/schemas';
import { illTarget, milestone, NOTE, quant, repTarget, reported, UNIT } from './builders';

const KEY_LABS = '构建30家左右全国重点实验室方阵';
const F3_FIRMS = '累计服务培育各类企业1500余家';
const F3_UNIS = '同时联动长三角50多所高校达成合作';
const F4_NEEDS = '目前已累计征集企业技术需求和解决方案近3500项';
const F4_FIRMS = '服务企业超过4000家';
const F4_RESULTS = '促成技术合作成果近400项';
const F6_CHAIN =
  '初步构建形成了科技成果从“成果产出—概念验证—小试中试—工程化转化—企业孵化”的全链条转化流程';

export const t1Indicators: Indicator[] = [
  quant({
    id: 'key-labs',
    thrust: 'T1',
    assign: 'source',
    by: 'gov-mayor',
    quote: KEY_LABS,
    name: ['全国重点实验室', 'National key laboratories'],
    description: [
      '在宁全国重点实验室数量。目标“30家左右”来自来源;目标日期与各年数值为示意。',
      'National key laboratories in Nanjing. The target of about 30 is the source’s; its date and all values are illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.labs,
    values: [
      ['2023-12-31', 22],
      ['2024-12-31', 25],
      ['2025-12-31', 27],
    ],
    targets: [repTarget(30, '2027-12-31', 'about', 'gov-mayor', KEY_LABS)],
  }),
  quant({
    id: 'suqing-enterprises',
    factCode: 'F3',
    headline: true,
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F3_FIRMS,
    name: ['“苏青合伙人”累计服务培育企业', '“Suqing Partner” firms served'],
    description: [
      '“苏青合伙人”青创服务生态链累计服务培育的各类企业。目标及其修订为示意。',
      'Enterprises served and incubated, cumulatively, by the “Suqing Partner” youth-startup network. The target and its revision are illustrative.',
    ],
    cadence: 'semiannual',
    unit: UNIT.firms,
    reported: { date: '2024-05-16', value: 1500, qualifier: 'over' },
    values: [
      ['2022-12-31', 800],
      ['2023-12-31', 1200],
      ['2025-06-30', 1850],
      ['2026-06-30', 2200],
    ],
    targets: [
      illTarget(2000, '2025-12-31'),
      illTarget(2500, '2026-12-31', 'atLeast', '2025-07-31', NOTE.revised()),
    ],
  }),
  quant({
    id: 'suqing-universities',
    factCode: 'F3',
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F3_UNIS,
    name: ['“苏青合伙人”合作高校', '“Suqing Partner” partner universities'],
    description: [
      '与“苏青合伙人”达成合作的长三角高校。目标为示意。',
      'Yangtze River Delta universities cooperating with the “Suqing Partner” network. The target is illustrative.',
    ],
    cadence: 'semiannual',
    unit: UNIT.universities,
    reported: { date: '2024-05-16', value: 50, qualifier: 'over' },
    values: [['2023-06-30', 40]],
    targets: [illTarget(60, '2026-12-31')],
  }),
  quant({
    id: 'yrd-tech-needs',
    factCode: 'F4',
    headline: true,
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F4_NEEDS,
    name: ['长三角科技合作征集技术需求', 'YRD technology needs collected'],
    description: [
      '长三角(都市圈)科技合作累计征集的企业技术需求和解决方案。目标为示意。',
      'Enterprise technology needs and solutions collected, cumulatively, through Yangtze River Delta (metropolitan) S&T cooperation. The target is illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.items,
    // 近3500项: just under 3,500, not "about".
    reported: { date: '2024-05-16', value: 3500, qualifier: 'nearly' },
    values: [
      ['2022-12-31', 2000],
      ['2023-12-31', 3000],
      ['2025-12-31', 3800],
    ],
    targets: [illTarget(5000, '2026-12-31')],
  }),
  quant({
    id: 'yrd-firms-served',
    factCode: 'F4',
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F4_FIRMS,
    name: ['长三角科技合作服务企业', 'YRD cooperation: firms served'],
    description: [
      '长三角(都市圈)科技合作累计服务的企业。目标及其修订为示意。',
      'Enterprises served, cumulatively, by Yangtze River Delta (metropolitan) S&T cooperation. The target and its revision are illustrative.',
    ],
    cadence: 'semiannual',
    unit: UNIT.firms,
    reported: { date: '2024-05-16', value: 4000, qualifier: 'over' },
    values: [
      ['2022-12-31', 2500],
      ['2025-06-30', 4400],
    ],
    targets: [
      illTarget(5000, '2025-12-31'),
      illTarget(5500, '2026-12-31', 'atLeast', '2025-12-31', NOTE.revised()),
    ],
  }),
  quant({
    id: 'yrd-coop-results',
    factCode: 'F4',
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-mayor',
    quote: F4_RESULTS,
    name: ['长三角技术合作成果', 'YRD technology-cooperation results'],
    description: [
      '长三角(都市圈)科技合作累计促成的技术合作成果。目标为示意。',
      'Technology-cooperation results brokered, cumulatively, by Yangtze River Delta (metropolitan) S&T cooperation. The target is illustrative.',
    ],
    cadence: 'annual',
    unit: UNIT.items,
    reported: { date: '2024-05-16', value: 400, qualifier: 'nearly' },
    values: [
      ['2022-12-31', 250],
      ['2025-12-31', 430],
    ],
    targets: [illTarget(600, '2026-12-31')],
  }),
  milestone({
    id: 'transfer-chain',
    factCode: 'F6',
    headline: true,
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-sti',
    quote: F6_CHAIN,
    name: ['科技成果全链条转化流程', 'Five-stage technology-transfer chain'],
    description: [
      '成果产出—概念验证—小试中试—工程化转化—企业孵化。来源称已“初步构建形成”,下一步“进一步完善”,并未建成;完成时限与其后的进展为示意。',
      'Results → proof of concept → pilot testing → engineering → incubation. The source says the chain has been initially formed and is to be improved further, not that it is complete; the due date and later progress are illustrative.',
    ],
    cadence: 'semiannual',
    due: '2027-12-31',
    reportedUpdates: [
      {
        date: '2024-05-16',
        // 初步构建形成: initially formed, to be improved further; not finished.
        state: 'inProgress',
        provenance: reported('gov-sti', F6_CHAIN),
        note: {
          zh: '来源:已初步构建形成,有待进一步完善',
          en: 'Source: initially formed, still to be improved',
        },
      },
    ],
    // Illustrative: the chain improved and in place by mid-2026; the source says only 初步构建形成.
    updates: [
      ['2025-06-30', 'inProgress'],
      ['2026-06-30', 'done'],
    ],
  }),
  milestone({
    id: 'major-platforms',
    thrust: 'T1',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'sti-bureau',
    quote:
      '推动紫金山实验室、集成电路设计自动化技术创新中心、第三代半导体技术创新中心、高性能膜材料创新中心等重大创新平台取得更多原创性、颠覆性成果',
    name: ['重大创新平台原创成果', 'Original results of major platforms'],
    description: [
      '紫金山实验室等重大创新平台取得更多原创性、颠覆性成果。',
      'Purple Mountain Laboratories and other major platforms deliver more original, disruptive results.',
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
    id: 'big-science-facilities',
    thrust: 'T1',
    assign: 'source',
    by: 'gov-mayor',
    quote: '加快原子极限微制造、基因及细胞仿生等大科学装置预研培育',
    name: ['大科学装置预研培育', 'Large science facilities pre-research'],
    description: [
      '原子极限微制造、基因及细胞仿生等大科学装置的预研培育。',
      'Pre-research for large science facilities: atomic-limit micro-manufacturing, gene and cell bionics.',
    ],
    cadence: 'quarterly',
    due: '2027-12-31',
    updates: [
      ['2024-09-30', 'notStarted'],
      ['2025-09-30', 'notStarted'],
      ['2026-09-30', 'notStarted'],
    ],
  }),
  milestone({
    id: 'talent-platforms',
    thrust: 'T1',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'sti-bureau',
    quote: '加快高水平人才集聚平台建设',
    name: ['高水平人才集聚平台', 'High-level talent platforms'],
    description: ['加快高水平人才集聚平台建设。', 'Build platforms that gather high-level talent.'],
    cadence: 'semiannual',
    due: '2027-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'through-transfer-system',
    thrust: 'T1',
    assign: 'source',
    by: 'gov-mayor',
    quote: '构建贯通式科技成果转化体系,把更多科技创新成果应用到具体产业和产业链上',
    name: ['贯通式科技成果转化体系', 'Through-type technology-transfer system'],
    description: [
      '构建贯通式科技成果转化体系,把更多成果应用到产业链上。',
      'A through-type system that carries more research results into industry chains.',
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
    id: 'transfer-special-policy',
    thrust: 'T1',
    assign: 'dataset',
    by: 'gov-sti',
    quote: '织牢“保障网”,出台专项政策促进转化',
    name: ['成果转化专项政策', 'Technology-transfer policy package'],
    description: [
      '织牢“保障网”,出台专项政策促进科技成果转化。',
      'A dedicated policy package to promote technology transfer (the “safety net”).',
    ],
    cadence: 'semiannual',
    due: '2025-12-31',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-03-31', 'done'],
    ],
  }),
  milestone({
    id: 'talent-channels',
    thrust: 'T1',
    assign: 'dataset',
    by: 'ndrc',
    quote: '为科创企业拓宽引才渠道',
    name: ['科创企业引才渠道', 'Talent channels for tech firms'],
    description: [
      '为科创企业拓宽引才渠道,为企业和高校院所搭建桥梁。',
      'Widen talent channels for science and technology firms, bridging firms and universities.',
    ],
    cadence: 'quarterly',
    due: '2026-12-31',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2026-03-31', 'inProgress'],
    ],
  }),
];
