// Citations of the source: who said it, at which press conference, in which publication.
// Every `quote` must be copied verbatim from the seed text (checked by data-set.test.ts).
import type { Citation, IsoDate, Localized } from '@/domain/schemas';

export const SOURCE_DATE: IsoDate = '2024-05-16';

export const SOURCE: Localized = { zh: '南京发布', en: 'Nanjing Release' };

export const EVENT: Localized = {
  zh: '江苏省政府“坚定信心、鼓足干劲、勇挑大梁”系列主题首场新闻发布会',
  en: 'Jiangsu provincial government press conference (first of the "Firm confidence, full effort, shoulder the load" series)',
};

/** The six bodies the source has answer at the press conference, with their speaker. */
export const SPEAKERS = {
  'gov-mayor': {
    speaker: { zh: '陈之常', en: 'Chen Zhichang' },
    role: { zh: '南京市委副书记、市长', en: 'Deputy Party Secretary of Nanjing and Mayor' },
  },
  'gov-opening': {
    speaker: { zh: '邓智毅', en: 'Deng Zhiyi' },
    role: {
      zh: '南京市委常委、副市长',
      en: 'Member of the Standing Committee of the CPC Nanjing Committee and Vice-Mayor',
    },
  },
  'gov-sti': {
    speaker: { zh: '吴炜', en: 'Wu Wei' },
    role: { zh: '南京市副市长', en: 'Vice-Mayor of Nanjing' },
  },
  jiangbei: {
    speaker: { zh: '吴勇强', en: 'Wu Yongqiang' },
    role: {
      zh: '南京江北新区党工委副书记、管委会主任',
      en: 'Deputy Party Secretary and Director of the Administrative Committee, Jiangbei New Area',
    },
  },
  ndrc: {
    speaker: { zh: '钱维', en: 'Qian Wei' },
    role: {
      zh: '南京市发展和改革委员会主任',
      en: 'Director, Nanjing Municipal Development and Reform Commission',
    },
  },
  finance: {
    speaker: { zh: '操文荣', en: 'Cao Wenrong' },
    role: {
      zh: '南京市地方金融管理局局长',
      en: 'Director, Nanjing Local Financial Administration',
    },
  },
} as const satisfies Record<string, { speaker: Localized; role: Localized }>;

export type SpeakerId = keyof typeof SPEAKERS;

/** A citation of `speaker`'s words at the press conference of 16 May 2024. */
export function cite(speaker: SpeakerId, quote: string): Citation {
  const { speaker: name, role } = SPEAKERS[speaker];
  return {
    speaker: { ...name },
    role: { ...role },
    departmentId: speaker,
    date: SOURCE_DATE,
    source: { ...SOURCE },
    event: { ...EVENT },
    quote,
  };
}

/**
 * A fact stated in a journalist's question rather than by a speaker (去年南京印发产业强市三年行动计划):
 * cited as the question, put to the body that answered it.
 */
export function citeQuestion(answeredBy: SpeakerId, quote: string): Citation {
  const { speaker: name, role } = SPEAKERS[answeredBy];
  return {
    ...cite(answeredBy, quote),
    speaker: { zh: '记者提问', en: 'Journalist’s question' },
    role: {
      zh: `向${role.zh}${name.zh}提问`,
      en: `put to ${name.en}, ${role.en}`,
    },
  };
}

/** One citation builder per speaker. */
export const citeBy = {
  mayor: (quote: string) => cite('gov-mayor', quote),
  opening: (quote: string) => cite('gov-opening', quote),
  sti: (quote: string) => cite('gov-sti', quote),
  jiangbei: (quote: string) => cite('jiangbei', quote),
  ndrc: (quote: string) => cite('ndrc', quote),
  finance: (quote: string) => cite('finance', quote),
} satisfies Record<string, (quote: string) => Citation>;
