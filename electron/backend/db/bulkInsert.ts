import { CompiledQuery, type Insertable } from 'kysely';
import type { Db } from '../context';
import type { Database } from './schema';

/** SQLite allows 32,766 bound values in a statement: chunks stay well inside it for any of our tables. */
const MAX_VALUES_PER_STATEMENT = 30_000;
const MAX_ROWS_PER_STATEMENT = 1_000;

/**
 * Inserts many rows of one shape quickly: the multi-row INSERT is compiled by Kysely once per chunk
 * size (so the dialect's own SQL and placeholders, and the snake_case names), then run with each
 * chunk's values, skipping Kysely's per-row work; the connection keeps the prepared statement.
 * `afterChunk` hears how many are in so far (a job's progress, and its chance to stop).
 */
export async function bulkInsert<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  afterChunk: (inserted: number) => void = () => undefined,
): Promise<void> {
  if (rows.length === 0) return;
  const names = new Set<string>();
  for (const row of rows) for (const name in row) names.add(name);
  const columns = [...names] as (keyof Insertable<Database[T]> & string)[];
  const perChunk = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length)));
  const compiledFor = new Map<number, string>();
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    let sqlText = compiledFor.get(chunk.length);
    if (sqlText === undefined) {
      const placeholderRow = Object.fromEntries(columns.map((column) => [column, null]));
      sqlText = db
        .insertInto(table)
        .values(chunk.map(() => placeholderRow) as never)
        .compile().sql;
      compiledFor.set(chunk.length, sqlText);
    }
    const values: unknown[] = [];
    for (const row of chunk) for (const column of columns) values.push(row[column] ?? null);
    await db.executeQuery(CompiledQuery.raw(sqlText, values));
    afterChunk(start + chunk.length);
  }
}
