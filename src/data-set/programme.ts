// The programme, its four thrusts (四个方面) and the bodies that own its indicators.
import type { Department, Programme, Thrust } from '@/domain/schemas';
import { citeBy, EVENT, SOURCE, SOURCE_DATE, SPEAKERS, type SpeakerId } from './citations';

export const programme: Programme = {
  id: 'nanjing-npf-2024',
  title: {
    zh: '因地制宜发展新质生产力',
    en: 'Developing new quality productive forces according to local conditions',
  },
  headline: {
    zh: '向“新”而行、提“质”奋进',
    en: 'Heading for the "new", striving for "quality"',
  },
  aim: {
    zh: '以科技创新引领产业创新,努力成为发展新质生产力的重要阵地',
    en: 'Let scientific and technological innovation lead industrial innovation, and become an important base for developing new quality productive forces',
  },
  city: { zh: '南京', en: 'Nanjing' },
  sourceDate: SOURCE_DATE,
  source: { ...SOURCE },
  event: { ...EVENT },
  citation: citeBy.mayor(
    '牢牢把握高质量发展这个首要任务,以科技创新引领产业创新,努力成为发展新质生产力的重要阵地',
  ),
};

export const thrusts: Thrust[] = [
  {
    id: 'T1',
    order: 1,
    name: {
      zh: '打造科技创新“策源地”',
      en: 'Build a source of scientific and technological innovation',
    },
    shortName: { zh: '科技创新策源地', en: 'Innovation source' },
    summary: {
      zh: '重大创新平台出原创成果,大科学装置预研,构建30家左右全国重点实验室方阵,人才平台,企业创新主体,贯通式科技成果转化体系。',
      en: 'Original results from major innovation platforms, pre-research of large science facilities, about 30 national key laboratories, talent platforms, firms as innovators, a through-type technology-transfer system.',
    },
    citation: citeBy.mayor('一是打造科技创新“策源地”'),
  },
  {
    id: 'T2',
    order: 2,
    name: {
      zh: '厚植产业强市“新动能”',
      en: 'Cultivate new momentum for an industrially strong city',
    },
    shortName: { zh: '产业强市新动能', en: 'Industrial momentum' },
    summary: {
      zh: '总投资超千亿的增量项目,四大支柱产业焕新升级,万亿级软件和信息服务产业集群,新兴产业与未来产业,生产性服务业。',
      en: 'Incremental projects worth over 100 billion yuan, renewal of four pillar industries, a trillion-yuan software cluster, emerging and future industries, producer services.',
    },
    citation: citeBy.mayor('二是厚植产业强市“新动能”'),
  },
  {
    id: 'T3',
    order: 3,
    name: { zh: '争当绿色转型“引领者”', en: 'Lead the green transition' },
    shortName: { zh: '绿色转型引领者', en: 'Green transition' },
    summary: {
      zh: '绿色低碳政策体系,减污降碳协同,绿色工厂,国家碳达峰试点园区,省级绿色低碳服务业集聚区,新型储能,新能源汽车友好城市。',
      en: 'A green low-carbon policy system, pollution and carbon cut together, green factories, a national carbon-peak pilot park, a green services cluster, new-type storage, an NEV-friendly city.',
    },
    citation: citeBy.mayor('三是争当绿色转型“引领者”'),
  },
  {
    id: 'T4',
    order: 4,
    name: {
      zh: '激活改革开放“源动力”',
      en: 'Activate reform and opening-up as a driving force',
    },
    shortName: { zh: '改革开放源动力', en: 'Reform & opening' },
    summary: {
      zh: '要素市场化配置等重点改革,国家科创金融改革试验区、知识产权保护示范区,营商环境,长三角一体化,自贸试验区与开放载体。',
      en: 'Factor-market and S&T reforms, the sci-tech finance pilot zone and IP protection zone, the business environment, Yangtze River Delta integration, free-trade zone and other opening-up platforms.',
    },
    citation: citeBy.mayor('四是激活改革开放“源动力”'),
  },
];

const representative = (id: SpeakerId): Department['representative'] => ({
  name: { ...SPEAKERS[id].speaker },
  role: { ...SPEAKERS[id].role },
});

export const departments: Department[] = [
  // The six bodies the source has answer at the press conference.
  {
    id: 'gov-mayor',
    name: { zh: '南京市人民政府', en: 'Nanjing Municipal People’s Government' },
    shortName: { zh: '市政府', en: 'Mayor’s office' },
    representative: representative('gov-mayor'),
    provenance: 'reported',
  },
  {
    id: 'gov-opening',
    name: {
      zh: '南京市人民政府（对外开放分管）',
      en: 'Nanjing Municipal People’s Government (opening-up portfolio)',
    },
    shortName: { zh: '市政府·开放', en: 'Opening-up' },
    representative: representative('gov-opening'),
    provenance: 'reported',
  },
  {
    id: 'gov-sti',
    name: {
      zh: '南京市人民政府（科技与产业分管）',
      en: 'Nanjing Municipal People’s Government (S&T and industry portfolio)',
    },
    shortName: { zh: '市政府·科技产业', en: 'S&T and industry' },
    representative: representative('gov-sti'),
    provenance: 'reported',
  },
  {
    id: 'jiangbei',
    name: {
      zh: '南京江北新区管委会',
      en: 'Administrative Committee of Nanjing Jiangbei New Area',
    },
    shortName: { zh: '江北新区', en: 'Jiangbei New Area' },
    representative: representative('jiangbei'),
    provenance: 'reported',
  },
  {
    id: 'ndrc',
    name: {
      zh: '南京市发展和改革委员会',
      en: 'Nanjing Municipal Development and Reform Commission',
    },
    shortName: { zh: '市发改委', en: 'NDRC Nanjing' },
    representative: representative('ndrc'),
    provenance: 'reported',
  },
  {
    id: 'finance',
    name: { zh: '南京市地方金融管理局', en: 'Nanjing Local Financial Administration' },
    shortName: { zh: '市金融局', en: 'Finance bureau' },
    representative: representative('finance'),
    provenance: 'reported',
  },
  // Plausible owners the source does not name: every assignment to them is illustrative.
  {
    id: 'sti-bureau',
    name: { zh: '南京市科学技术局', en: 'Nanjing Municipal Science and Technology Bureau' },
    shortName: { zh: '市科技局', en: 'S&T bureau' },
    provenance: 'illustrative',
  },
  {
    id: 'miit-bureau',
    name: {
      zh: '南京市工业和信息化局',
      en: 'Nanjing Municipal Bureau of Industry and Information Technology',
    },
    shortName: { zh: '市工信局', en: 'Industry & IT bureau' },
    provenance: 'illustrative',
  },
  {
    id: 'eco-bureau',
    name: { zh: '南京市生态环境局', en: 'Nanjing Municipal Ecology and Environment Bureau' },
    shortName: { zh: '市生态环境局', en: 'Ecology bureau' },
    provenance: 'illustrative',
  },
  {
    id: 'commerce-bureau',
    name: { zh: '南京市商务局', en: 'Nanjing Municipal Commerce Bureau' },
    shortName: { zh: '市商务局', en: 'Commerce bureau' },
    provenance: 'illustrative',
  },
];
