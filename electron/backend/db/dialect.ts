import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';

/**
 * The few places SQLite and PostgreSQL differ, in one helper: the rest of the schema and SQL is
 * written once for both engines.
 */
export function isPostgres(db: Pick<Kysely<unknown>, 'getExecutor'>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** A table's own id: SQLite's autoincrementing integer key (never re-used), PostgreSQL's identity column. */
export function primaryId(db: Kysely<unknown>) {
  return (column: ColumnDefinitionBuilder) =>
    isPostgres(db) ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement();
}

/** A column compared without case, as an index expression ("Sam" finds "sam"). */
export function caseless(db: Kysely<unknown>, column: string): RawBuilder<unknown> {
  return isPostgres(db) ? sql`lower(${sql.ref(column)})` : sql`${sql.ref(column)} COLLATE NOCASE`;
}

/** `column = value` without regard to case, in a way each engine's index on the column can serve. */
export function equalsCaseless(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: string,
  value: string,
): RawBuilder<boolean> {
  return isPostgres(db)
    ? sql<boolean>`lower(${sql.ref(column)}) = lower(${value})`
    : sql<boolean>`${sql.ref(column)} = ${value} COLLATE NOCASE`;
}

/**
 * `ORDER BY column direction` with empty values after all the others, as each engine's index on the
 * column can serve it: PostgreSQL's ascending index already keeps NULLs last; SQLite keeps them first,
 * so it sorts on `column IS NULL` first.
 */
export function nullsLast(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: string,
  direction: 'asc' | 'desc',
): RawBuilder<unknown>[] {
  const order = direction === 'asc' ? sql`ASC` : sql`DESC`;
  return isPostgres(db)
    ? [sql`${sql.ref(column)} ${order} NULLS LAST`]
    : [sql`${sql.ref(column)} IS NULL`, sql`${sql.ref(column)} ${order}`];
}

/**
 * The rows a query selects, locked until the transaction ends (PostgreSQL's `FOR UPDATE`): a second
 * writer waits, then sees this one's work. SQLite needs no lock: its transactions take the one write
 * lock as they begin (BEGIN IMMEDIATE), so writers already run one at a time.
 */
export function lockedForUpdate<Q extends { forUpdate(): Q }>(db: Pick<Kysely<unknown>, 'getExecutor'>, query: Q): Q {
  return isPostgres(db) ? query.forUpdate() : query;
}

/** A column of raw bytes: SQLite's blob, PostgreSQL's bytea. */
export function bytesType(db: Kysely<unknown>): 'blob' | 'bytea' {
  return isPostgres(db) ? 'bytea' : 'blob';
}

/** Whether a write failed on a unique constraint (another writer got there first), in either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
