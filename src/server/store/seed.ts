// The shipped data set, written into an empty database on first start (and by the tests).
import type { Kysely } from 'kysely';
import * as shipped from '@/data-set';
import { writeDataSet } from './data-set';
import type { Database } from './schema';

/** Seeds the data set when the database holds none; says whether it did. */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Two instances starting at once on one PostgreSQL: the second waits here, then finds rows.
    await trx
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'revision')
      .forUpdate()
      .execute();
    if (await trx.selectFrom('programme').select('id').executeTakeFirst()) return false;
    const revision = await trx
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'revision')
      .executeTakeFirstOrThrow();
    await writeDataSet(trx, {
      programme: shipped.programme,
      thrusts: shipped.thrusts,
      departments: shipped.departments,
      indicators: shipped.indicators.map((i) => ({ ...i, version: 1 })),
      audit: [],
      // Caches keyed on the revision must not mistake the new data for what was there before.
      revision: Number(revision.value) + 1,
    });
    return true;
  });
}
