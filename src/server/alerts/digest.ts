// Digests: once a day (daily) or on Mondays (weekly), after 08:00 in Nanjing, each account that
// asked for one gets an email: what changed since the last, what is due in the next 30 days, and
// what is overdue, over the indicators it hears about (its departments' and what it follows).
import type { Kysely } from 'kysely';
import { alertEventSchema, recipientsOf } from '@/domain/alerts';
import { digestFor } from '@/domain/alert-digest';
import { alertMessage, illustrativeMark } from '@/domain/alert-messages';
import { todayInShanghai } from '@/domain/dates';
import { formatDate, pick, type Language } from '@/domain/format';
import { currentTarget } from '@/domain/status';
import type { Database } from '../store/schema';
import { accountsIn, followsIn, indicatorsIn } from '../store/sql-alerts-rows';

const HOUR_IN_NANJING = (d: Date) => (d.getUTCHours() + 8) % 24;

export async function queueDigests(
  db: Kysely<Database>,
  options: { now: Date; publicUrl: string },
): Promise<number> {
  const today = todayInShanghai(options.now);
  if (HOUR_IN_NANJING(options.now) < 8) return 0;
  const monday = new Date(`${today}T00:00:00Z`).getUTCDay() === 1;
  const wanting = (await db.selectFrom('notification_settings').selectAll().execute()).filter(
    (s) =>
      s.email &&
      (s.digest === 'daily' || (s.digest === 'weekly' && monday)) &&
      (s.last_digest_on ?? '') < today,
  );
  if (wanting.length === 0) return 0;
  const indicators = await indicatorsIn(db);
  const accounts = await accountsIn(db);
  const follows = await followsIn(db);
  let queued = 0;
  for (const s of wanting) {
    const lang: Language = s.language === 'en' ? 'en' : 'zh';
    const mine = indicators.filter((i) => recipientsOf(i, accounts, follows).includes(s.username));
    const since = s.last_digest_on ?? today;
    const events = (
      await db
        .selectFrom('alert_events')
        .innerJoin('inbox_items', 'inbox_items.event_key', 'alert_events.key')
        .select(['alert_events.event'])
        .where('inbox_items.username', '=', s.username)
        .where('alert_events.created_at', '>=', new Date(`${since}T00:00:00+08:00`))
        .orderBy('alert_events.seq')
        .execute()
    ).flatMap((r) => {
      const parsed = alertEventSchema.safeParse(r.event);
      return parsed.success ? [parsed.data] : [];
    });
    const digest = digestFor(mine, events, today);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const name = (id: string) => {
      const i = byId.get(id);
      return i ? pick(i.name, lang) : id;
    };
    const zh = lang === 'zh';
    const mark = illustrativeMark(lang);
    /** A due date the data set added (not the source's) is marked where it is shown. */
    const dueMark = (id: string, what: 'milestone' | 'target') => {
      const i = byId.get(id);
      if (!i) return '';
      if (what === 'milestone' && i.kind === 'milestone')
        return i.due.provenance.kind === 'illustrative' ? mark : '';
      if (i.kind !== 'quantitative') return '';
      const t = currentTarget(i.targets, today).target;
      const p = t?.dateProvenance ?? t?.provenance;
      return p?.kind === 'illustrative' ? mark : '';
    };
    const lines: string[] = [];
    lines.push(
      zh
        ? `新质生产力举措跟踪 · ${formatDate(today, lang)} 摘要`
        : `NPF tracker digest, ${formatDate(today, lang)}`,
    );
    lines.push('', zh ? '变化：' : 'What changed:');
    for (const e of digest.changed) {
      const i = byId.get(e.indicatorId);
      if (i) {
        const m = alertMessage(e, i, lang, options.publicUrl);
        lines.push(`- ${m.title} ${m.reason}`);
      }
    }
    if (digest.changed.length === 0) lines.push(zh ? '- 无' : '- nothing');
    lines.push('', zh ? '未来 30 天到期：' : 'Due in the next 30 days:');
    for (const d of digest.dueSoon)
      lines.push(
        `- ${name(d.indicatorId)}: ${formatDate(d.due, lang)}${dueMark(d.indicatorId, d.what)}`,
      );
    if (digest.dueSoon.length === 0) lines.push(zh ? '- 无' : '- nothing');
    lines.push('', zh ? '已逾期：' : 'Overdue:');
    for (const d of digest.overdue) {
      // A figure is overdue by the data set's reporting cadence; a milestone by its due date.
      const since = d.since ? ` (${formatDate(d.since, lang)})` : '';
      const marked = d.what === 'figure' ? mark : dueMark(d.indicatorId, 'milestone');
      lines.push(`- ${name(d.indicatorId)}${since}${marked}`);
    }
    if (digest.overdue.length === 0) lines.push(zh ? '- 无' : '- nothing');
    lines.push(
      '',
      zh
        ? '标“示意”的日期与结论依据本数据集补充的数据（如报送周期、目标日期），并非来源发布。'
        : 'Dates and verdicts marked illustrative rest on data this data set added (such as reporting cadences and target dates); the source did not publish them.',
      '',
      options.publicUrl,
    );
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('deliveries')
        .values({
          channel: 'email',
          target: s.username,
          event_key: `digest:${today}`,
          payload: JSON.stringify({
            to: s.email,
            subject: zh
              ? `跟踪摘要 ${formatDate(today, lang)}`
              : `Tracker digest ${formatDate(today, lang)}`,
            text: `${lines.join('\n')}\n`,
          }),
          next_attempt_at: options.now.toISOString(),
          created_at: options.now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['channel', 'target', 'event_key']).doNothing())
        .execute();
      await trx
        .updateTable('notification_settings')
        .set({ last_digest_on: today })
        .where('username', '=', s.username)
        .execute();
    });
    queued += 1;
  }
  return queued;
}
