// The database's tables as Kysely sees them. Figures are kept as each indicator's document
// (jsonb, validated with the domain's zod schema on the way in and out), beside the columns the
// API filters, locks and versions on; the audit trail is its own append-only table.
import type { ColumnType, Generated } from 'kysely';

/** A jsonb document: read as the object it holds, written as its JSON text. */
type Json = ColumnType<Record<string, unknown>, string, string>;

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
  /** The change feed's history: the last FEED_HISTORY changes, by the revision each produced. */
  change_events: {
    revision: ColumnType<string, number, never>;
    at: ColumnType<Date, string | undefined, never>;
    event: Json;
  };
  /** Counters: `revision` moves on with every committed change. */
  counters: { name: string; value: ColumnType<string, number, number> };
}
