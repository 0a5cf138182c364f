// The API's AccountsStore on SQL: accounts, sessions, displays and failed sign-ins as rows,
// checked with the domain's schemas on the way out.
import { sql, type Kysely } from 'kysely';
import { accountSchema, displaySchema } from '@/domain/accounts';
import type { AccountChanges, AccountsStore, StoredSession } from '@/api/accounts-store';
import { CorruptStore } from '@/api/store';
import type { Database } from './schema';

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

function checked<T>(parsed: { success: true; data: T } | { success: false }, what: string): T {
  if (!parsed.success) throw new CorruptStore(`a stored ${what} does not fit the data model`);
  return parsed.data;
}

function toAccount(row: {
  username: string;
  display_name: string;
  role: string;
  departments: string[];
  disabled: boolean;
  password_hash: string;
  created_at: Date;
  last_sign_in_at: Date | null;
}) {
  const account = checked(
    accountSchema.safeParse({
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      departments: row.departments,
      disabled: row.disabled,
      createdAt: iso(row.created_at),
      lastSignInAt: iso(row.last_sign_in_at),
    }),
    'account',
  );
  return { ...account, passwordHash: row.password_hash };
}

function toDisplay(row: {
  id: string;
  name: string;
  departments: string[];
  playlist: Record<string, string>;
  token_hash: string;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
}) {
  const display = checked(
    displaySchema.safeParse({
      id: row.id,
      name: row.name,
      departments: row.departments,
      playlist: row.playlist,
      createdAt: iso(row.created_at),
      lastSeenAt: iso(row.last_seen_at),
      revokedAt: iso(row.revoked_at),
    }),
    'display',
  );
  return { ...display, tokenHash: row.token_hash };
}

function toSession(row: {
  id_hash: string;
  kind: string;
  subject: string;
  created_at: Date;
  last_seen_at: Date;
}): StoredSession {
  return {
    idHash: row.id_hash,
    kind: row.kind === 'display' ? 'display' : 'user',
    subject: row.subject,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
  };
}

export function sqlAccountsStore(db: Kysely<Database>): AccountsStore {
  const accountColumns = [
    'username',
    'display_name',
    'role',
    'departments',
    'disabled',
    'password_hash',
    'created_at',
    'last_sign_in_at',
  ] as const;
  const displayColumns = [
    'id',
    'name',
    'departments',
    'playlist',
    'token_hash',
    'created_at',
    'last_seen_at',
    'revoked_at',
  ] as const;
  const sessionColumns = ['id_hash', 'kind', 'subject', 'created_at', 'last_seen_at'] as const;

  return {
    async accounts() {
      const rows = await db
        .selectFrom('accounts')
        .select(accountColumns)
        .orderBy('username')
        .execute();
      return rows.map(toAccount);
    },
    async account(username) {
      const row = await db
        .selectFrom('accounts')
        .select(accountColumns)
        .where('username', '=', username)
        .executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async createAccount(a) {
      const result = await db
        .insertInto('accounts')
        .values({
          username: a.username,
          display_name: a.displayName,
          role: a.role,
          departments: JSON.stringify(a.departments),
          disabled: a.disabled,
          password_hash: a.passwordHash,
          created_at: a.createdAt,
          last_sign_in_at: a.lastSignInAt,
        })
        .onConflict((oc) => oc.column('username').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async updateAccount(username, changes: AccountChanges) {
      const set: Record<string, unknown> = {};
      if (changes.displayName !== undefined) set.display_name = changes.displayName;
      if (changes.role !== undefined) set.role = changes.role;
      if (changes.departments !== undefined) set.departments = JSON.stringify(changes.departments);
      if (changes.disabled !== undefined) set.disabled = changes.disabled;
      if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
      if (changes.lastSignInAt !== undefined) set.last_sign_in_at = changes.lastSignInAt;
      if (Object.keys(set).length > 0) {
        await db.updateTable('accounts').set(set).where('username', '=', username).execute();
      }
      return this.account(username);
    },
    async createSession(s) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: s.idHash,
          kind: s.kind,
          subject: s.subject,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
        })
        .execute();
    },
    async session(idHash) {
      const row = await db
        .selectFrom('sessions')
        .select(sessionColumns)
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? toSession(row) : null;
    },
    async touchSession(idHash, at) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: at })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async deleteSession(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteSessionsOf(kind, subject) {
      await db
        .deleteFrom('sessions')
        .where('kind', '=', kind)
        .where('subject', '=', subject)
        .execute();
    },
    async displays() {
      const rows = await db
        .selectFrom('displays')
        .select(displayColumns)
        .orderBy('created_at')
        .execute();
      return rows.map(toDisplay);
    },
    async display(id) {
      const row = await db
        .selectFrom('displays')
        .select(displayColumns)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toDisplay(row) : null;
    },
    async displayByToken(tokenHash) {
      const row = await db
        .selectFrom('displays')
        .select(displayColumns)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toDisplay(row) : null;
    },
    async createDisplay(d) {
      await db
        .insertInto('displays')
        .values({
          id: d.id,
          name: d.name,
          departments: JSON.stringify(d.departments),
          playlist: JSON.stringify(d.playlist),
          token_hash: d.tokenHash,
          created_at: d.createdAt,
          last_seen_at: d.lastSeenAt,
          revoked_at: d.revokedAt,
        })
        .execute();
    },
    async updateDisplay(id, changes) {
      const set: Record<string, string> = {};
      if (changes.lastSeenAt !== undefined) set.last_seen_at = changes.lastSeenAt;
      if (changes.revokedAt !== undefined) set.revoked_at = changes.revokedAt;
      if (Object.keys(set).length > 0) {
        await db.updateTable('displays').set(set).where('id', '=', id).execute();
      }
    },
    async claimSignInAttempt(limits, at, windowMs) {
      const atMs = Date.parse(at);
      const keys = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return db.transaction().execute(async (trx) => {
        // One attempt per key at a time, on every instance: the count it reads includes every
        // attempt before it, and the keys are always taken in the same order.
        for (const { key } of keys) {
          await sql`select pg_advisory_xact_lock(hashtext(${`sign-in ${key}`}))`.execute(trx);
        }
        let retryAt = 0;
        let blocking = '';
        for (const { key, limit } of keys) {
          const newest = await trx
            .selectFrom('sign_in_failures')
            .select('at')
            .where('key', '=', key)
            .where('at', '>=', new Date(atMs - windowMs))
            .orderBy('at', 'desc')
            .limit(limit)
            .execute();
          const oldest = newest[limit - 1];
          const frees = oldest ? new Date(oldest.at).getTime() + windowMs : 0;
          if (frees > retryAt) [retryAt, blocking] = [frees, key];
        }
        if (retryAt > 0) return { retryAt: new Date(retryAt).toISOString(), key: blocking };
        // Nothing older than a day is ever asked for.
        await trx
          .deleteFrom('sign_in_failures')
          .where('at', '<', new Date(atMs - 86_400_000))
          .execute();
        const rows = await trx
          .insertInto('sign_in_failures')
          .values(keys.map(({ key }) => ({ key, at })))
          .returning('seq')
          .execute();
        return { ids: rows.map((r) => r.seq) };
      });
    },
    async releaseSignInAttempt(ids) {
      if (ids.length === 0) return;
      await db
        .deleteFrom('sign_in_failures')
        .where('seq', 'in', [...ids])
        .execute();
    },
    async signInFailureCounts(prefix, since) {
      const rows = await db
        .selectFrom('sign_in_failures')
        .select(['key', (eb) => eb.fn.countAll<string>().as('n')])
        .where(sql<boolean>`left(key, ${prefix.length}) = ${prefix}`)
        .where('at', '>=', new Date(since))
        .groupBy('key')
        .execute();
      return new Map(rows.map((r) => [r.key, Number(r.n)]));
    },
    async clearSignInFailures(username) {
      const key = `account:${username}`;
      await db
        .deleteFrom('sign_in_failures')
        .where((eb) =>
          eb.or([
            eb('key', '=', key),
            eb(sql<string>`left(key, ${key.length + 1})`, '=', `${key}@`),
          ]),
        )
        .execute();
    },
  };
}
