// The API's Store on SQL (PGlite or PostgreSQL, through Kysely). A write transaction locks the
// indicators it changes (SELECT … FOR UPDATE), so concurrent writers to one indicator queue
// behind each other and the second one sees the first one's version.
import { sql, type Kysely, type QueryCreator, type Transaction } from 'kysely';
import type { z } from 'zod/mini';
import { auditEntrySchema, type AuditEntry } from '@/domain/audit';
import { changeEventSchema, type ChangeEvent } from '@/domain/change-events';
import {
  departmentSchema,
  indicatorSchema,
  programmeSchema,
  thrustSchema,
  type Department,
  type Indicator,
} from '@/domain/schemas';
import { CorruptStore, type Store, type StoreTx } from '@/api/store';
import { auditRow } from './data-set';
import type { Database } from './schema';

/**
 * A stored document, checked against the domain's schema on the way out as on the way in: a row
 * edited by hand into something else is reported (storeCorrupt), never served.
 */
function parseStored<S extends z.ZodMiniType>(schema: S, doc: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(doc);
  if (!parsed.success) throw new CorruptStore(`the stored ${what} does not fit the data model`);
  return parsed.data;
}

function toIndicator(row: { data: Record<string, unknown>; version: number }): Indicator {
  return parseStored(indicatorSchema, { ...row.data, version: row.version }, 'indicator');
}

function toAuditEntry(row: { entry: Record<string, unknown>; version: number }): AuditEntry {
  return parseStored(auditEntrySchema, { ...row.entry, version: row.version }, 'audit entry');
}

/** How many changes the feed keeps: a client further behind is told to fetch everything again. */
export const FEED_HISTORY = 10_000;
/** The channel a committed change is announced on (payload: its revision), to every instance. */
export const CHANGE_CHANNEL = 'npf_changes';

/**
 * Saves the indicators, appends their audit entries and moves the revision on, in one statement:
 * each statement is a round trip, and on PGlite every writer queues behind the one holding its
 * single connection. (Data-modifying CTEs all run, to completion, whether read or not.)
 */
async function save(
  trx: Transaction<Database>,
  indicators: readonly Indicator[],
  audit: readonly AuditEntry[],
): Promise<void> {
  // The documents as stored: the version in its own column, not in the JSON.
  const rows = JSON.stringify(
    indicators.map(({ version, ...data }) => ({ id: data.id, version: version ?? 1, data })),
  );
  const saved = (db: QueryCreator<Database>) =>
    db
      .updateTable('indicators')
      .from(
        sql<{
          id: string;
          version: number;
          data: string;
        }>`jsonb_to_recordset(${rows}::jsonb)`.as<'v'>(
          sql`v(id text, version integer, data jsonb)`,
        ),
      )
      .set((eb) => ({
        data: eb.ref('v.data'),
        version: eb.ref('v.version'),
        updated_at: sql`now()`,
      }))
      .whereRef('indicators.id', '=', 'v.id')
      .returning('indicators.id');
  const withSaved = trx.with('saved', saved);
  const query =
    audit.length === 0
      ? withSaved
      : withSaved.with('appended', (db) =>
          db.insertInto('audit_entries').values(audit.map(auditRow)).returning('seq'),
        );
  // The counters row is locked until the transaction ends, so revisions are handed out in
  // commit order: a reader that sees revision n sees every change before it too.
  const { value } = await query
    .updateTable('counters')
    .set({ value: sql<number>`value + 1` })
    .where('name', '=', 'revision')
    .returning('value')
    .executeTakeFirstOrThrow();
  const revision = Number(value);
  const event: ChangeEvent = {
    revision,
    at: new Date().toISOString(),
    what: audit.some((a) => a.via === 'import') ? 'import' : 'record',
    indicators: indicators.map((i) => ({ id: i.id, version: i.version ?? 1 })),
  };
  // The feed's entry, the history trimmed, and the announcement, in one more round trip. The
  // notification reaches every listening instance when (and only if) the transaction commits.
  await sql`
    with added as (
      insert into change_events (revision, event) values (${revision}, ${JSON.stringify(event)}::jsonb)
    ), trimmed as (
      delete from change_events where revision <= ${revision - FEED_HISTORY}
    )
    select pg_notify(${CHANGE_CHANNEL}, ${String(revision)})`.execute(trx);
}

/**
 * A read that callers asking at the same time share: while one query runs, everyone who asks
 * waits for the next one, which starts when it ends. A caller never shares a query that began
 * before it asked, so it still sees every write committed before it asked. Every list request
 * reads the revision, and PGlite runs one query at a time: without this, 100 concurrent list
 * requests queued 100 revision queries behind each other.
 */
export function coalesce<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const run = (): Promise<T> => {
    const query = read();
    running = query;
    const settled = () => {
      if (running === query) running = null;
    };
    query.then(settled, settled);
    return query;
  };
  const ignore = () => undefined;
  return () => {
    if (running === null) return run();
    next ??= running.then(ignore, ignore).then(() => {
      next = null;
      return run();
    });
    return next;
  };
}

export function sqlStore(db: Kysely<Database>): Store {
  const revision = coalesce(async () => {
    const row = await db
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'revision')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  });
  const rows = async (table: 'thrusts' | 'departments') =>
    (await db.selectFrom(table).select('data').orderBy('position').execute()).map((r) => r.data);
  // Reference data: only seeding and a restore write it, and both run before a server serves (a
  // restore needs an empty database). Read once, it no longer costs every write's checks a query.
  let departmentsRead: Promise<Department[]> | null = null;
  const departments = () => {
    // A failed read (or a corrupt row) is not kept: the next caller reads again.
    departmentsRead ??= rows('departments')
      .then((docs) => docs.map((d) => parseStored(departmentSchema, d, 'department')))
      .catch((error: unknown) => {
        departmentsRead = null;
        throw error;
      });
    return departmentsRead;
  };

  return {
    async programme() {
      const row = await db.selectFrom('programme').select('data').executeTakeFirstOrThrow();
      return parseStored(programmeSchema, row.data, 'programme');
    },
    thrusts: async () => (await rows('thrusts')).map((d) => parseStored(thrustSchema, d, 'thrust')),
    departments: async () => [...(await departments())],
    async indicators() {
      const rows = await db
        .selectFrom('indicators')
        .select(['data', 'version'])
        .orderBy('position')
        .execute();
      return rows.map(toIndicator);
    },
    async indicator(id) {
      const row = await db
        .selectFrom('indicators')
        .select(['data', 'version'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toIndicator(row) : null;
    },
    async audit(indicatorId) {
      const rows = await db
        .selectFrom('audit_entries')
        .select(['entry', 'version'])
        .where('indicator_id', '=', indicatorId)
        .orderBy('seq', 'desc')
        .execute();
      return rows.map(toAuditEntry);
    },
    revision,
    async changes(after, limit) {
      const now = await revision();
      // Ahead of this database (another one's ids, a restored backup), or behind its history.
      if (after > now || after < now - FEED_HISTORY) return { reset: true, revision: now };
      const rows = await db
        .selectFrom('change_events')
        .select('event')
        .where('revision', '>', String(after))
        .orderBy('revision')
        .limit(limit)
        .execute();
      return {
        reset: false,
        events: rows.map((r) => parseStored(changeEventSchema, r.event, 'change event')),
      };
    },
    transact(work) {
      return db.transaction().execute((trx) => {
        const tx: StoreTx = {
          async lock(ids) {
            if (ids.length === 0) return [];
            // In id order, so two transactions locking overlapping sets cannot deadlock.
            const rows = await trx
              .selectFrom('indicators')
              .select(['data', 'version'])
              .where('id', 'in', [...ids].sort())
              .orderBy('id')
              .forUpdate()
              .execute();
            return rows.map(toIndicator);
          },
          save: (indicators, audit) => save(trx, indicators, audit),
        };
        return work(tx);
      });
    },
  };
}
