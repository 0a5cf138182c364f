// The database's tables as Kysely sees them. Figures are kept as each indicator's document
// (jsonb, validated with the domain's zod schema on the way in and out), beside the columns the
// API filters, locks and versions on; the audit trail is its own append-only table.
import type { ColumnType, Generated } from 'kysely';

/** A jsonb document: read as the object it holds, written as its JSON text. */
type Json = ColumnType<Record<string, unknown>, string, string>;
/** A timestamptz: read as a Date, written as ISO text. */
type Timestamp = ColumnType<Date, string, string>;

export interface Database {
  programme: { id: number; data: Json };
  thrusts: { id: string; position: number; data: Json };
  departments: { id: string; position: number; data: Json };
  indicators: {
    id: string;
    position: number;
    thrust_id: string;
    version: number;
    data: Json;
    updated_at: ColumnType<Date, string | undefined, string>;
  };
  audit_entries: {
    seq: Generated<string>;
    id: string;
    indicator_id: string;
    at: ColumnType<Date, string, never>;
    author: string;
    via: string;
    field: string;
    record_date: string;
    version: number;
    entry: Json;
  };
  accounts: {
    username: string;
    display_name: string;
    role: string;
    departments: ColumnType<string[], string, string>;
    disabled: boolean;
    password_hash: string;
    created_at: Timestamp;
    last_sign_in_at: ColumnType<Date | null, string | null | undefined, string | null>;
  };
  displays: {
    id: string;
    name: string;
    departments: ColumnType<string[], string, string>;
    playlist: ColumnType<Record<string, string>, string, string>;
    token_hash: string;
    created_at: Timestamp;
    last_seen_at: ColumnType<Date | null, string | null | undefined, string | null>;
    revoked_at: ColumnType<Date | null, string | null | undefined, string | null>;
  };
  sessions: {
    id_hash: string;
    kind: string;
    subject: string;
    created_at: Timestamp;
    last_seen_at: Timestamp;
  };
  sign_in_failures: { seq: Generated<string>; key: string; at: Timestamp };
  alert_states: { indicator_id: string; state: Json; updated_at: Timestamp };
  alert_events: {
    seq: Generated<string>;
    key: string;
    kind: string;
    indicator_id: string;
    event: Json;
    created_at: Timestamp;
  };
  inbox_items: {
    seq: Generated<string>;
    username: string;
    event_key: string;
    created_at: Timestamp;
    read_at: ColumnType<Date | null, string | null | undefined, string | null>;
  };
  follows: { username: string; kind: string; target_id: string };
  notification_settings: {
    username: string;
    email: string | null;
    email_alerts: ColumnType<boolean, boolean | undefined, boolean>;
    digest: ColumnType<string, string | undefined, string>;
    language: ColumnType<string, string | undefined, string>;
    last_digest_on: ColumnType<string | null, string | null | undefined, string | null>;
  };
  webhooks: {
    id: string;
    name: string;
    url: string;
    format: string;
    secret: string;
    departments: ColumnType<string[], string, string>;
    created_at: Timestamp;
  };
  deliveries: {
    seq: Generated<string>;
    channel: string;
    target: string;
    event_key: string;
    payload: Json;
    attempts: ColumnType<number, number | undefined, number>;
    next_attempt_at: Timestamp;
    delivered_at: ColumnType<Date | null, string | null | undefined, string | null>;
    failed_at: ColumnType<Date | null, string | null | undefined, string | null>;
    last_error: string | null;
    created_at: Timestamp;
  };
  /** The change feed's history: the last FEED_HISTORY changes, by the revision each produced. */
  change_events: {
    revision: ColumnType<string, number, never>;
    at: ColumnType<Date, string | undefined, never>;
    event: Json;
  };
  /** How many rows each table of users' work holds, kept by triggers (migration 0005). */
  row_counts: { table_name: string; row_count: ColumnType<string, number, number> };
  /** Counters: `revision` moves on with every committed change. */
  counters: { name: string; value: ColumnType<string, number, number> };
}
