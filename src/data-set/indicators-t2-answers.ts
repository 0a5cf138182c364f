// T2 厚植产业强市“新动能”, from the answers: 吴炜's industry plan, 江北新区's future industries and
// 钱维's matchmaking platform, all classified here by the data set.
import type { Indicator } from '@/domain/schemas';
import { milestone, reported } from './builders';
import { citeQuestion } from './citations';

export const t2AnswerIndicators: Indicator[] = [
  milestone({
    id: 'industry-three-year-plan',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-sti',
    // The plan is named in the journalist's question; 吴炜 answered for it.
    quote: '去年南京印发产业强市三年行动计划,提出加快建设以实体经济为支撑的现代化产业体系',
    commitment: citeQuestion(
      'gov-sti',
      '去年南京印发产业强市三年行动计划,提出加快建设以实体经济为支撑的现代化产业体系',
    ),
    name: ['产业强市三年行动计划', 'Three-year action plan for an industrially strong city'],
    description: [
      '去年(2023年)印发的产业强市三年行动计划:加快建设以实体经济为支撑的现代化产业体系。计划见于记者提问,吴炜副市长作答;完成时限与其后的进展为示意。',
      'The three-year action plan for an industrially strong city, issued last year (2023): a modern industrial system resting on the real economy. The plan is named in the journalist’s question, answered by Vice-Mayor Wu Wei; the due date and later progress are illustrative.',
    ],
    cadence: 'semiannual',
    due: '2026-06-30',
    reportedUpdates: [
      {
        date: '2024-05-16',
        state: 'inProgress',
        provenance: reported(
          'gov-sti',
          '去年以来,南京坚持把产业强市作为“头号工程”,大力推进新型工业化',
        ),
        note: {
          zh: '来源:去年以来把产业强市作为“头号工程”',
          en: 'Source: since last year, an industrially strong city is the “number one project”',
        },
      },
    ],
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-12-31', 'inProgress'],
      ['2026-06-30', 'done'],
    ],
  }),
  milestone({
    id: 'equipment-renewal',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-sti',
    owner: 'miit-bureau',
    quote: '开展新一轮大规模设备更新,加快企业技术改造和工艺提升',
    name: ['新一轮大规模设备更新', 'Large-scale equipment renewal'],
    description: [
      '开展新一轮大规模设备更新,加快企业技术改造和工艺提升。',
      'A new round of large-scale equipment renewal, technical upgrading and process improvement.',
    ],
    cadence: 'quarterly',
    due: '2026-12-31',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-09-30', 'inProgress'],
      ['2026-09-30', 'done'],
    ],
  }),
  milestone({
    id: 'national-clusters',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-sti',
    quote: '力争再争创一批国家级产业集群',
    name: ['争创国家级产业集群', 'More national industrial clusters'],
    description: [
      '巩固放大软件、智能电网等优势产业,瞄准智能网联汽车等领域,再争创一批国家级产业集群。',
      'Win another batch of national industrial clusters, e.g. in intelligent connected vehicles.',
    ],
    cadence: 'semiannual',
    due: '2027-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-12-31', 'delayed'],
      ['2026-06-30', 'delayed'],
    ],
  }),
  milestone({
    id: 'future-industry-pilot-zone',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-sti',
    quote: '积极争创国家未来产业先导区',
    name: ['国家未来产业先导区', 'National future-industry pilot zone'],
    description: [
      '瞄准人工智能、未来网络与先进通信等领域,争创国家未来产业先导区。',
      'Bid for a national future-industry pilot zone (AI, future networks, advanced communications).',
    ],
    cadence: 'semiannual',
    due: '2027-12-31',
    updates: [
      ['2024-12-31', 'notStarted'],
      ['2025-12-31', 'notStarted'],
      ['2026-06-30', 'notStarted'],
    ],
  }),
  milestone({
    id: 'intl-consumption-centre',
    thrust: 'T2',
    assign: 'dataset',
    by: 'gov-sti',
    owner: 'commerce-bureau',
    quote: '持续推进国际消费中心城市建设',
    name: ['国际消费中心城市建设', 'International consumption centre city'],
    description: [
      '推动生活性服务业品质化发展,持续推进国际消费中心城市建设。',
      'Raise the quality of consumer services and build Nanjing into an international consumption centre city.',
    ],
    cadence: 'semiannual',
    due: '2028-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'smart-factories',
    thrust: 'T2',
    assign: 'dataset',
    by: 'jiangbei',
    quote: '继续推动更多工业企业“智改数转网联”,着力培育更多国家级、省级示范性智能工厂',
    name: ['江北新区示范性智能工厂', 'Jiangbei model smart factories'],
    description: [
      '推动工业企业“智改数转网联”,培育更多国家级、省级示范性智能工厂。',
      'Digital and intelligent upgrading of industrial firms; more national and provincial model smart factories.',
    ],
    cadence: 'semiannual',
    due: '2027-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'computing-infrastructure',
    thrust: 'T2',
    assign: 'dataset',
    by: 'jiangbei',
    quote: '重点加快算力基础设施建设',
    name: ['算力基础设施建设', 'Computing infrastructure'],
    description: [
      '江北新区布局未来产业,重点加快算力基础设施建设。',
      'Jiangbei New Area speeds up computing infrastructure for future industries.',
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
    id: 'ai-bci',
    thrust: 'T2',
    assign: 'dataset',
    by: 'jiangbei',
    quote: '积极探索新一代人工智能、脑机领域新技术及产业化应用',
    name: ['人工智能与脑机产业化', 'AI and brain–computer interfaces'],
    description: [
      '探索新一代人工智能、脑机领域新技术及产业化应用。',
      'New technologies and industrial applications in new-generation AI and brain–computer interfaces.',
    ],
    cadence: 'semiannual',
    due: '2028-06-30',
    updates: [
      ['2025-06-30', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'chain-matchmaking',
    thrust: 'T2',
    assign: 'dataset',
    by: 'ndrc',
    quote: '为科创企业搭建产业链对接平台',
    name: ['科创企业产业链对接平台', 'Industry-chain matchmaking platform'],
    description: [
      '为科创企业搭建更加多元的产业链对接平台,推动项目合作落地。',
      'Matchmaking platforms that connect science and technology firms with industry chains.',
    ],
    cadence: 'semiannual',
    due: '2025-12-31',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-06-30', 'done'],
    ],
  }),
];
