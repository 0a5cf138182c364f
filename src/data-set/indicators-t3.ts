// T3 争当绿色转型“引领者”: every item is the mayor's; the source gives no figure, so all are
// milestones with illustrative due dates and progress.
import type { Indicator } from '@/domain/schemas';
import { milestone } from './builders';

export const t3Indicators: Indicator[] = [
  milestone({
    id: 'green-policy-system',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'eco-bureau',
    quote: '全面构建绿色低碳发展政策体系,协同推进污染治理与降碳减排',
    name: ['绿色低碳发展政策体系', 'Green low-carbon policy system'],
    description: [
      '全面构建绿色低碳发展政策体系,协同推进污染治理与降碳减排。',
      'A full green low-carbon policy system; pollution control and carbon reduction pursued together.',
    ],
    cadence: 'semiannual',
    due: '2026-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-06-30', 'inProgress'],
      ['2025-12-31', 'done'],
    ],
  }),
  milestone({
    id: 'green-factories',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'miit-bureau',
    quote: '加快创建一批绿色工厂',
    name: ['创建一批绿色工厂', 'A batch of green factories'],
    description: [
      '加快创建一批绿色工厂,培育一批绿色发展领军企业。',
      'Create a batch of green factories and grow green leading enterprises.',
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
    id: 'green-scenarios',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'eco-bureau',
    quote: '发布一批绿色低碳应用场景',
    name: ['绿色低碳应用场景', 'Green low-carbon application scenarios'],
    description: [
      '发布一批绿色低碳应用场景,推广先进绿色技术。',
      'Publish a batch of green low-carbon application scenarios to spread advanced green technology.',
    ],
    cadence: 'semiannual',
    due: '2025-12-31',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-06-30', 'done'],
    ],
  }),
  milestone({
    id: 'carbon-peak-pilot-park',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    owner: 'eco-bureau',
    quote: '推动国家碳达峰试点园区建设',
    name: ['国家碳达峰试点园区', 'National carbon-peak pilot park'],
    description: ['推动国家碳达峰试点园区建设。', 'Build the national carbon-peak pilot park.'],
    cadence: 'quarterly',
    due: '2027-06-30',
    updates: [
      ['2024-09-30', 'inProgress'],
      ['2025-03-31', 'inProgress'],
      ['2025-09-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'green-service-cluster',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    quote: '打造省级绿色低碳服务业集聚区',
    name: ['省级绿色低碳服务业集聚区', 'Provincial green services cluster'],
    description: [
      '打造省级绿色低碳服务业集聚区,形成绿色产业体系。',
      'A provincial cluster of green low-carbon services, part of a green industrial system.',
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
    id: 'new-type-storage',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    quote: '推动绿色能源和新型储能发展',
    name: ['绿色能源和新型储能', 'Green energy and new-type storage'],
    description: [
      '促进传统能源清洁低碳高效利用,推动绿色能源和新型储能发展。',
      'Cleaner use of traditional energy; growth of green energy and new-type energy storage.',
    ],
    cadence: 'semiannual',
    due: '2028-06-30',
    updates: [
      ['2025-06-30', 'inProgress'],
      ['2026-06-30', 'inProgress'],
    ],
  }),
  milestone({
    id: 'nev-friendly-city',
    thrust: 'T3',
    assign: 'source',
    by: 'gov-mayor',
    quote: '打造新能源汽车友好城市',
    name: ['新能源汽车友好城市', 'NEV-friendly city'],
    description: [
      '打造新能源汽车友好城市,提升发展的“含绿量”。',
      'Make Nanjing a city friendly to new-energy vehicles.',
    ],
    cadence: 'semiannual',
    due: '2027-06-30',
    updates: [
      ['2024-12-31', 'inProgress'],
      ['2025-12-31', 'delayed'],
      ['2026-06-30', 'delayed'],
    ],
  }),
];
