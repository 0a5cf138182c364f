// What an alert says, in the reader's language: a title (the inbox, a chat group, an email's
// subject), one sentence on what happened, the facts behind it (the indicator, the old and new
// value or status, who recorded it and when, the reason) and the link. Every figure keeps its
// provenance: a value or verdict resting on illustrative data is marked 示意 / illustrative, in the
// title, the facts, the email and the webhook body alike.
import type { AlertEvent } from './alerts';
import type { AuditEntry } from './audit';
import { formatDate, formatDateTime, formatValue, pick, type Language } from './format';
import type { WebhookFormat } from './inbox';
import type { Indicator, MilestoneUpdate, Observation, Target } from './schemas';
import type { Status } from './status';
import { LABELS, REASON_WORDS, STATE_WORDS, STATUS_WORDS, COMPARATORS } from './alert-words';

/** The programme's times are Nanjing's, whoever reads them. */
const TIME_ZONE = 'Asia/Shanghai';

/** One fact of an alert; `illustrative`: it rests on illustrative data and is marked so. */
export interface AlertFact {
  label: string;
  value: string;
  illustrative: boolean;
}

export interface AlertMessage {
  /** One line: the inbox, a chat group's first line, an email's subject. */
  title: string;
  /** What happened, in a sentence. */
  reason: string;
  /** The indicator, old and new, who and when, why: each with its provenance. */
  facts: AlertFact[];
  link: string;
}

export const illustrativeMark = (lang: Language) =>
  lang === 'zh' ? '（示意）' : ' (illustrative)';
const marked = (text: string, illustrative: boolean, lang: Language) =>
  illustrative ? `${text}${illustrativeMark(lang)}` : text;

const status = (s: Status | null | undefined, lang: Language) =>
  s ? STATUS_WORDS[lang][s] : LABELS[lang].none;

const isIllustrative = (p: { provenance: { kind: string } }) =>
  p.provenance.kind === 'illustrative';

function figure(o: Observation, indicator: Indicator, lang: Language): AlertFact['value'] {
  const unit = indicator.kind === 'quantitative' ? indicator.unit : null;
  const value = unit ? formatValue(o.value, unit, lang, o.qualifier) : String(o.value);
  return lang === 'zh'
    ? `${value}（${formatDate(o.date, lang)}）`
    : `${value} (${formatDate(o.date, lang)})`;
}

function progress(u: MilestoneUpdate, lang: Language): string {
  const word = STATE_WORDS[lang][u.state];
  return lang === 'zh'
    ? `${word}（${formatDate(u.date, lang)}）`
    : `${word} (${formatDate(u.date, lang)})`;
}

function targetText(
  t: Pick<Target, 'value' | 'date'> & Partial<Target>,
  indicator: Indicator,
  lang: Language,
) {
  const unit = indicator.kind === 'quantitative' ? indicator.unit : null;
  const value = unit ? formatValue(t.value, unit, lang) : String(t.value);
  const comparator = t.comparator ? COMPARATORS[lang][t.comparator] : '';
  const by = formatDate(t.date, lang);
  return lang === 'zh' ? `${by} 前${comparator}${value}` : `${comparator} ${value} by ${by}`.trim();
}

const fact = (label: string, value: string, illustrative = false): AlertFact => ({
  label,
  value,
  illustrative,
});

/** Old and new, who and when: the facts of a recorded change. */
function changeFacts(change: AuditEntry, indicator: Indicator, lang: Language): AlertFact[] {
  const l = LABELS[lang];
  // Each kind of record: its labels, and how one is written.
  const [before, after, text] =
    change.field === 'observation'
      ? [l.before, l.after, (r: Observation) => figure(r, indicator, lang)]
      : change.field === 'milestoneUpdate'
        ? [l.beforeProgress, l.afterProgress, (r: MilestoneUpdate) => progress(r, lang)]
        : [l.beforeTarget, l.afterTarget, (r: Target) => targetText(r, indicator, lang)];
  const write = text as (r: AuditEntry['after']) => string;
  const facts = [
    fact(
      before,
      change.before ? write(change.before) : l.none,
      !!change.before && isIllustrative(change.before),
    ),
    fact(after, write(change.after), isIllustrative(change.after)),
    fact(change.field === 'target' ? l.changedBy : l.recordedBy, change.author),
    fact(l.recordedAt, formatDateTime(change.at, lang, TIME_ZONE)),
  ];
  if (change.field === 'target') facts.push(fact(l.reason, change.reason));
  return facts;
}

function latestFact(latest: AlertEvent['latest'], indicator: Indicator, lang: Language): AlertFact {
  const l = LABELS[lang];
  if (!latest) return fact(l.latest, l.none);
  if ('state' in latest)
    return fact(l.latestProgress, progress(latest, lang), isIllustrative(latest));
  return fact(l.latest, figure(latest, indicator, lang), isIllustrative(latest));
}

/** The message for an event about an indicator; `base` is the tracker's public address. */
export function alertMessage(
  event: AlertEvent,
  indicator: Indicator,
  lang: Language,
  base: string,
): AlertMessage {
  const zh = lang === 'zh';
  const l = LABELS[lang];
  const name = pick(indicator.name, lang);
  const link = `${base.replace(/\/$/, '')}/indicators/${encodeURIComponent(indicator.id)}`;
  const head = (tag: string) =>
    marked(zh ? `【${tag}】${name}` : `[${tag}] ${name}`, event.illustrative, lang);
  const facts: AlertFact[] = [fact(l.indicator, name)];
  const mark = event.illustrative ? illustrativeMark(lang) : '';
  switch (event.kind) {
    case 'statusWorse': {
      const from = status(event.from, lang);
      const to = status(event.to, lang);
      facts.push(fact(l.status, `${from} → ${to}`, event.illustrative));
      if (event.change) facts.push(...changeFacts(event.change, indicator, lang));
      else facts.push(latestFact(event.latest, indicator, lang));
      const why =
        (event.reason && REASON_WORDS[lang][event.reason]) || (event.change ? '' : l.noRecord);
      if (why) facts.push(fact(l.reason, why, event.illustrative));
      return {
        // [Off track] in English, as [Overdue] and [Past due].
        title: head(status(event.to, lang).replace(/^./, (c) => c.toUpperCase())),
        reason: zh
          ? `状态由“${from}”转为“${to}”${mark}。${why}`
          : `Its status went from ${from} to ${to}${mark}. ${why}`.trim(),
        facts,
        link,
      };
    }
    case 'overdue': {
      const due = formatDate(event.due ?? event.on, lang);
      // The reporting cadence is the data set's, not the source's: the verdict is illustrative.
      facts.push(latestFact(event.latest, indicator, lang), fact(l.due, due, true));
      return {
        title: head(zh ? '待更新' : 'Overdue'),
        reason: zh
          ? `按报送周期${mark}，新数据应于 ${due} 前报送，至今未见。`
          : `A new figure was due by ${due} for its reporting cadence${mark}, and none has come.`,
        facts,
        link,
      };
    }
    case 'milestonePastDue': {
      const due = formatDate(event.due ?? event.on, lang);
      facts.push(
        fact(l.dueDone, due, event.illustrative),
        latestFact(event.latest, indicator, lang),
      );
      return {
        title: head(zh ? '已逾期' : 'Past due'),
        reason: zh
          ? `计划于 ${due} 完成${mark}，尚未完成。`
          : `It was due by ${due}${mark} and is not done.`,
        facts,
        link,
      };
    }
    case 'targetChanged': {
      const t = event.target;
      const set = event.change?.field === 'target' ? event.change.after : t;
      const now = set ? targetText(set, indicator, lang) : l.none;
      if (event.change) facts.push(...changeFacts(event.change, indicator, lang));
      else facts.push(fact(l.afterTarget, now, event.illustrative));
      const why = t?.reason ? (zh ? `原因：${t.reason}` : ` Reason: ${t.reason}`) : '';
      return {
        title: head(zh ? '目标调整' : 'Target changed'),
        reason: zh ? `新目标：${now}${mark}。${why}` : `New target: ${now}${mark}.${why}`,
        facts,
        link,
      };
    }
  }
}

/** A fact as a line of text, its mark beside it. */
export const factLine = (f: AlertFact, lang: Language) =>
  `${f.label}${lang === 'zh' ? '：' : ': '}${marked(f.value, f.illustrative, lang)}`;

/** An alert's email: the title as its subject; the sentence, the facts and the link as its body. */
export function alertEmail(
  message: AlertMessage,
  lang: Language,
): { subject: string; text: string } {
  const lines = [
    message.title,
    '',
    message.reason,
    '',
    ...message.facts.map((f) => factLine(f, lang)),
  ];
  if (message.facts.some((f) => f.illustrative)) {
    lines.push(
      '',
      lang === 'zh'
        ? '标“示意”的数值由本数据集补充，并非来源发布。'
        : 'Values marked illustrative were added by this data set; the source did not publish them.',
    );
  }
  lines.push('', message.link, '');
  return { subject: message.title, text: lines.join('\n') };
}

/**
 * A webhook's body: the generic JSON (the event, and the message with each fact's provenance) or
 * the text message of a WeCom or DingTalk group robot (the email's lines). Webhooks speak Chinese.
 */
export function webhookBody(
  format: WebhookFormat,
  event: AlertEvent,
  message: AlertMessage,
): Record<string, unknown> {
  switch (format) {
    case 'wecom':
    case 'dingtalk':
      return { msgtype: 'text', text: { content: alertEmail(message, 'zh').text.trim() } };
    case 'json':
      return {
        event: event.kind,
        key: event.key,
        indicatorId: event.indicatorId,
        on: event.on,
        illustrative: event.illustrative,
        ...(event.from !== undefined ? { from: event.from } : {}),
        ...(event.to !== undefined ? { to: event.to } : {}),
        ...(event.due ? { due: event.due } : {}),
        ...(event.target ? { target: event.target } : {}),
        ...(event.change
          ? {
              change: {
                field: event.change.field,
                at: event.change.at,
                by: event.change.author,
                before: event.change.before,
                after: event.change.after,
              },
            }
          : {}),
        title: message.title,
        reason: message.reason,
        facts: message.facts,
        link: message.link,
      };
  }
}
