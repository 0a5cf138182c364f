// The shipped data set, written into an empty database on first start (and by the tests).
import type { Kysely } from 'kysely';
import * as dataSet from '@mocks/data';
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
    const any = await trx.selectFrom('programme').select('id').executeTakeFirst();
    if (any) return false;
    await trx
      .insertInto('programme')
      .values({ id: 1, data: JSON.stringify(dataSet.programme) })
      .execute();
    await trx
      .insertInto('thrusts')
      .values(
        dataSet.thrusts.map((t, position) => ({ id: t.id, position, data: JSON.stringify(t) })),
      )
      .execute();
    await trx
      .insertInto('departments')
      .values(
        dataSet.departments.map((d, position) => ({ id: d.id, position, data: JSON.stringify(d) })),
      )
      .execute();
    await trx
      .insertInto('indicators')
      .values(
        dataSet.indicators.map((i, position) => ({
          id: i.id,
          position,
          thrust_id: i.thrustId,
          version: 1,
          data: JSON.stringify(i),
        })),
      )
      .execute();
    return true;
  });
}
