// Writing a whole data set into empty tables, as the first start seeds it and a restore brings it
// back: the same rows either way. Documents are stored without their version (it has a column).
import type { Transaction } from 'kysely';
import type { AuditEntry } from '@/domain/audit';
import type { Department, Indicator, Programme, Thrust } from '@/domain/schemas';
import type { Database } from './schema';

export interface DataSet {
  programme: Programme;
  thrusts: readonly Thrust[];
  departments: readonly Department[];
  indicators: readonly Indicator[];
  /** Oldest first. */
  audit: readonly AuditEntry[];
  revision: number;
}

/** A document as stored: the version lives in its own column, not in the JSON. */
export function documentJson(doc: { version?: number }): string {
  const copy = { ...doc };
  delete copy.version;
  return JSON.stringify(copy);
}

export function auditRow(e: AuditEntry) {
  return {
    id: e.id,
    indicator_id: e.indicatorId,
    at: e.at,
    author: e.author,
    via: e.via,
    field: e.field,
    record_date: e.key,
    version: e.version ?? 1,
    entry: documentJson(e),
  };
}

const referenceRows = (docs: readonly { id: string }[]) =>
  docs.map((d, position) => ({ id: d.id, position, data: JSON.stringify(d) }));

export async function writeDataSet(trx: Transaction<Database>, data: DataSet): Promise<void> {
  await trx
    .insertInto('programme')
    .values({ id: 1, data: JSON.stringify(data.programme) })
    .execute();
  if (data.thrusts.length > 0) {
    await trx.insertInto('thrusts').values(referenceRows(data.thrusts)).execute();
  }
  if (data.departments.length > 0) {
    await trx.insertInto('departments').values(referenceRows(data.departments)).execute();
  }
  if (data.indicators.length > 0) {
    await trx
      .insertInto('indicators')
      .values(
        data.indicators.map((i, position) => ({
          id: i.id,
          position,
          thrust_id: i.thrustId,
          version: i.version ?? 1,
          data: documentJson(i),
        })),
      )
      .execute();
  }
  // In batches: one statement per entry would make a long trail slow to restore.
  for (let at = 0; at < data.audit.length; at += 500) {
    await trx
      .insertInto('audit_entries')
      .values(data.audit.slice(at, at + 500).map(auditRow))
      .execute();
  }
  await trx
    .updateTable('counters')
    .set({ value: data.revision })
    .where('name', '=', 'revision')
    .execute();
}
