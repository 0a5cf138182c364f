// What an alert says, in the reader's language: one line for an inbox or a chat group, a subject
// and a body for an email, each with the reason and the link. A verdict resting on an illustrative
// input is marked 示意 / illustrative, as everywhere else a figure is shown.
import type { AlertEvent } from './alerts';
import { formatDate, formatValue, pick, type Language } from './format';
import type { Indicator } from './schemas';
import type { Status } from './status';

const STATUS_WORDS: Record<Language, Record<Status, string>> = {
  zh: {
    achieved: '已达成',
    onTrack: '正常推进',
    atRisk: '需关注',
    offTrack: '滞后',
    insufficientData: '数据不足',
  },
  en: {
    achieved: 'achieved',
    onTrack: 'on track',
    atRisk: 'at risk',
    offTrack: 'off track',
    insufficientData: 'insufficient data',
  },
};

const status = (s: Status | null | undefined, lang: Language) =>
  s ? STATUS_WORDS[lang][s] : lang === 'zh' ? '无' : 'none';

export interface AlertMessage {
  /** One line: the inbox, a chat group's text. */
  title: string;
  /** Why, in a sentence or two. */
  reason: string;
  link: string;
}

/** The message for an event about an indicator; `base` is the tracker's public address. */
export function alertMessage(
  event: AlertEvent,
  indicator: Indicator,
  lang: Language,
  base: string,
): AlertMessage {
  const name = pick(indicator.name, lang);
  const mark = event.illustrative ? (lang === 'zh' ? '（示意）' : ' (illustrative)') : '';
  const link = `${base.replace(/\/$/, '')}/indicators/${encodeURIComponent(indicator.id)}`;
  const zh = lang === 'zh';
  switch (event.kind) {
    case 'statusWorse':
      return {
        title: zh ? `【${status(event.to, lang)}】${name}` : `[${status(event.to, lang)}] ${name}`,
        reason: zh
          ? `状态由“${status(event.from, lang)}”转为“${status(event.to, lang)}”${mark}。`
          : `Its status went from ${status(event.from, lang)} to ${status(event.to, lang)}${mark}.`,
        link,
      };
    case 'overdue':
      return {
        title: zh ? `【待更新】${name}` : `[Overdue] ${name}`,
        reason: zh
          ? `按报送周期，新数据应于 ${formatDate(event.due ?? event.on, lang)} 前报送，至今未见。`
          : `A new figure was due by ${formatDate(event.due ?? event.on, lang)} for its reporting cadence, and none has come.`,
        link,
      };
    case 'milestonePastDue':
      return {
        title: zh ? `【已逾期】${name}` : `[Past due] ${name}`,
        reason: zh
          ? `计划于 ${formatDate(event.due ?? event.on, lang)} 完成${mark}，尚未完成。`
          : `It was due by ${formatDate(event.due ?? event.on, lang)}${mark} and is not done.`,
        link,
      };
    case 'targetChanged': {
      const t = event.target;
      const value =
        t && indicator.kind === 'quantitative' ? formatValue(t.value, indicator.unit, lang) : '';
      const by = t?.date ? formatDate(t.date, lang) : '';
      const why = t?.reason ? (zh ? `原因：${t.reason}` : ` Reason: ${t.reason}`) : '';
      return {
        title: zh ? `【目标调整】${name}` : `[Target changed] ${name}`,
        reason: zh
          ? `新目标：${by} 前 ${value}${mark}。${why}`
          : `New target: ${value} by ${by}${mark}.${why}`,
        link,
      };
    }
  }
}
