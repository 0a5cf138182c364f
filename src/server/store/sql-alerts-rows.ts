// Alerts' rows as the API's alerts store gives them: settings, webhooks, follows and the stored
// delivery errors, read back through the domain's types.
import type { Kysely } from 'kysely';
import { roleSchema } from '@/domain/accounts';
import type { Follow } from '@/domain/alerts';
import { indicatorSchema, type Indicator } from '@/domain/schemas';
import { DELIVERY_ERRORS, WEBHOOK_FORMATS, type DeliveryError } from '@/domain/inbox';
import type { StoredSettings, StoredWebhook } from '@/api/alerts-store';
import type { Database } from './schema';

export const iso = (value: Date | string) => new Date(value).toISOString();

/** A stored error: a category, or (rows from before categories) `other`. */
export const errorCategory = (text: string | null): DeliveryError | null =>
  text === null
    ? null
    : (DELIVERY_ERRORS as readonly string[]).includes(text)
      ? (text as DeliveryError)
      : 'other';

export function toSettings(r: {
  email: string | null;
  email_alerts: boolean;
  digest: string;
  language: string;
  last_digest_on: string | null;
}): StoredSettings {
  return {
    email: r.email,
    emailAlerts: r.email_alerts,
    digest: r.digest === 'daily' || r.digest === 'weekly' ? r.digest : 'off',
    language: r.language === 'en' ? 'en' : 'zh',
    lastDigestOn: r.last_digest_on,
  };
}

export function toWebhook(row: {
  id: string;
  name: string;
  url: string;
  format: string;
  secret: string;
  departments: string[];
  created_at: Date;
}): StoredWebhook[] {
  const format = WEBHOOK_FORMATS.find((f) => f === row.format);
  // A row edited by hand into a format this server does not know is not sent.
  if (!format) return [];
  return [
    {
      id: row.id,
      name: row.name,
      url: row.url,
      format,
      secret: row.secret,
      departments: row.departments,
      createdAt: iso(row.created_at),
    },
  ];
}

/** Every follow (or one account's), as the domain knows them. */
export async function followsIn(db: Kysely<Database>, username?: string): Promise<Follow[]> {
  let query = db.selectFrom('follows').select(['username', 'kind', 'target_id']);
  if (username !== undefined) query = query.where('username', '=', username);
  const rows = await query.execute();
  return rows.flatMap((f) =>
    f.kind === 'indicator' || f.kind === 'thrust' || f.kind === 'department'
      ? [{ username: f.username, kind: f.kind, id: f.target_id }]
      : [],
  );
}

/** Every indicator in the data set's order, with its version; a row that does not parse is left out. */
export async function indicatorsIn(db: Kysely<Database>): Promise<Indicator[]> {
  const rows = await db
    .selectFrom('indicators')
    .select(['data', 'version'])
    .orderBy('position')
    .execute();
  return rows.flatMap((r) => {
    const parsed = indicatorSchema.safeParse({ ...r.data, version: r.version });
    return parsed.success ? [parsed.data] : [];
  });
}

/** Who may hear: every account's name, role, departments and whether it is disabled. */
export async function accountsIn(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('accounts')
    .select(['username', 'role', 'departments', 'disabled'])
    .execute();
  return rows.flatMap((a) => {
    const role = roleSchema.safeParse(a.role);
    return role.success ? [{ ...a, role: role.data }] : [];
  });
}
