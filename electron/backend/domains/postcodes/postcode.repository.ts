import { sql } from 'kysely';
import { bulkInsert } from '../../db/bulkInsert';
import type { PostcodeDirectoryStatus, PostcodeWard } from '../../../../shared/contract/signatures';
import type { Db } from '../../context';
import type { PostcodeWardsTable, WardNamesTable } from '../../db/schema';

/**
 * A ward's name in a query joining `postcode_wards AS w` and `ward_names AS n`: the directory's own,
 * else the ward names file's, else '' (shown as its code).
 */
export const WARD_NAME = sql<string>`coalesce(nullif(w.ward_name, ''), n.ward_name, '')`.as('wardName');

export type ReferenceTable = 'postcodeWards' | 'wardNames';

export async function directoryCounts(db: Db): Promise<PostcodeDirectoryStatus> {
  const row = await db
    .selectFrom('postcodeWards as w')
    .leftJoin('wardNames as n', 'n.wardCode', 'w.wardCode')
    .select((eb) => [
      eb.fn.countAll<number>().as('postcodes'),
      eb.fn.count<number>('w.wardCode').distinct().as('wards'),
      sql<number>`count(DISTINCT CASE WHEN w.ward_name != '' OR n.ward_name IS NOT NULL THEN w.ward_code END)`.as(
        'namedWards',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { postcodes: Number(row.postcodes), wards: Number(row.wards), namedWards: Number(row.namedWards) };
}

/** Empties the table and fills it with the rows, in chunks (inside the caller's transaction). */
export async function replaceReferenceTable(
  db: Db,
  table: ReferenceTable,
  rows: PostcodeWardsTable[] | WardNamesTable[],
  afterChunk: (inserted: number) => void = () => undefined,
): Promise<void> {
  await db.deleteFrom(table).execute();
  await bulkInsert(db, table, rows as never[], afterChunk);
}

export async function findWardOfPostcode(db: Db, postcode: string): Promise<PostcodeWard | null> {
  const row = await db
    .selectFrom('postcodeWards as w')
    .leftJoin('wardNames as n', 'n.wardCode', 'w.wardCode')
    .select(['w.wardCode', WARD_NAME, 'w.constituencyCode'])
    .where('w.postcode', '=', postcode)
    .executeTakeFirst();
  return row ?? null;
}
