import { sql, type Kysely, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { isPostgres } from './dialect';

/**
 * The global search's index, the one place its two engines differ: SQLite's FTS5 with the trigram
 * tokenizer, PostgreSQL's pg_trgm over a plain table. Either holds one entry per record — its key
 * and its searchable text, already folded (lower case, no accents: `foldText`) — and finds the
 * entries holding every typed word (three letters or more), anywhere in a word.
 */

/** What the index holds entries for. Constituents are found by the intake's own matcher instead. */
export const INDEXED_KINDS = ['case', 'correspondence', 'campaign'] as const;
export type IndexedKind = (typeof INDEXED_KINDS)[number];

// A key is its kind's block plus the record's id: each kind's entries are one range of keys, which both
// engines can read newest first without passing over other kinds' entries.
const KIND_BLOCK = 2 ** 40;
const KIND_CODE: Record<IndexedKind, number> = { case: 1, correspondence: 2, campaign: 3 };

export function searchKey(kind: IndexedKind, id: number): number {
  return KIND_CODE[kind] * KIND_BLOCK + id;
}

export function recordIdOf(key: number): number {
  return key % KIND_BLOCK;
}

/** The first and last key a kind's entries can have. */
function keysOf(kind: IndexedKind): [number, number] {
  return [searchKey(kind, 0), searchKey(kind, KIND_BLOCK - 1)];
}

/** The shortest word the index can find (trigrams). */
export const SHORTEST_INDEXED_WORD = 3;

export async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    // pg_trgm is a trusted extension: the database's owner may create it.
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await db.schema
      .createTable('search_index')
      .addColumn('key', 'bigint', (c) => c.primaryKey())
      .addColumn('folded', 'text', (c) => c.notNull())
      .execute();
    await sql`CREATE INDEX search_index_trigrams ON search_index USING gin (folded gin_trgm_ops)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE search_index USING fts5(folded, tokenize = 'trigram')`.execute(db);
    // A removed entry's text is overwritten in the index's pages, not left readable.
    await sql`INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)`.execute(db);
  }
}

export async function removeSearchEntries(db: QueryExecutorProvider, keys: readonly number[]): Promise<void> {
  if (keys.length === 0) return;
  const column = isPostgres(db) ? sql.ref('key') : sql.ref('rowid');
  await sql`DELETE FROM search_index WHERE ${column} IN (${sql.join(keys)})`.execute(db);
}

/**
 * Replaces the entries for these keys (an entry with no text is just removed). PostgreSQL upserts in
 * key order: two colleagues' commands touching one record wait for each other instead of failing.
 */
export async function writeSearchEntries(
  db: QueryExecutorProvider,
  entries: readonly { key: number; folded: string }[],
): Promise<void> {
  const postgres = isPostgres(db);
  const kept = entries.filter((entry) => entry.folded !== '').sort((a, b) => a.key - b.key);
  await removeSearchEntries(
    db,
    (postgres ? entries.filter((entry) => entry.folded === '') : entries).map((entry) => entry.key),
  );
  for (let at = 0; at < kept.length; at += 500) {
    const rows = sql.join(kept.slice(at, at + 500).map((entry) => sql`(${entry.key}, ${entry.folded})`));
    await (
      postgres
        ? sql`INSERT INTO search_index (key, folded) VALUES ${rows} ON CONFLICT (key) DO UPDATE SET folded = excluded.folded`
        : sql`INSERT INTO search_index (rowid, folded) VALUES ${rows}`
    ).execute(db);
  }
}

/** Removes every entry of a kind whose record is gone (after many records went at once). */
export async function removeOrphanedEntries(
  db: QueryExecutorProvider,
  kind: IndexedKind,
  table: string,
): Promise<void> {
  const column = isPostgres(db) ? sql.ref('key') : sql.ref('rowid');
  const [first, last] = keysOf(kind);
  await sql`
    DELETE FROM search_index
    WHERE ${column} BETWEEN ${sql.lit(first)} AND ${sql.lit(last)}
      AND ${column} - ${sql.lit(first)} NOT IN (SELECT id FROM ${sql.table(table)})
  `.execute(db);
}

/**
 * The newest entries of a kind holding every word (their keys and text), up to `limit`: the newest
 * are found without reading every match, on both engines (a common word matches most of the office).
 */
export async function matchSearchIndex(
  db: QueryExecutorProvider,
  kind: IndexedKind,
  words: readonly string[],
  limit: number,
): Promise<{ key: number; folded: string }[]> {
  if (words.length === 0) return [];
  const [first, last] = keysOf(kind);
  if (isPostgres(db)) {
    const { rows } = await sql<{ key: number; folded: string }>`
      SELECT key, folded FROM search_index
      WHERE key BETWEEN ${sql.lit(first)} AND ${sql.lit(last)}
        AND ${sql.join(
          words.map((word) => sql`folded LIKE ${`%${word}%`}`),
          sql` AND `,
        )}
      ORDER BY key DESC
      LIMIT ${limit}
    `.execute(db);
    return rows.map((row) => ({ key: Number(row.key), folded: row.folded }));
  }
  // Each word a quoted string (folded text holds letters, digits, @ and . only): all of them, anywhere.
  const match = words.map((word) => `"${word.replaceAll('"', '')}"`).join(' AND ');
  const { rows } = await sql<{ key: number; folded: string }>`
    SELECT rowid AS key, folded FROM search_index
    WHERE search_index MATCH ${match} AND rowid BETWEEN ${sql.lit(first)} AND ${sql.lit(last)}
    ORDER BY rowid DESC
    LIMIT ${limit}
  `.execute(db);
  return rows;
}

/** A page of entries after `afterKey`, in key order (to copy an office's index). */
export async function readSearchEntries(
  db: QueryExecutorProvider,
  afterKey: number,
  limit: number,
): Promise<{ key: number; folded: string }[]> {
  const column = isPostgres(db) ? sql.ref('key') : sql.ref('rowid');
  const { rows } = await sql<{ key: number; folded: string }>`
    SELECT ${column} AS key, folded FROM search_index WHERE ${column} > ${afterKey} ORDER BY ${column} LIMIT ${limit}
  `.execute(db);
  return rows.map((row) => ({ key: Number(row.key), folded: row.folded }));
}

export async function clearSearchIndex(db: QueryExecutorProvider): Promise<void> {
  await sql`DELETE FROM search_index`.execute(db);
}

/** PostgreSQL: one backend builds the index at a time; the others wait, then find it built. */
export async function lockSearchIndex(db: QueryExecutorProvider): Promise<void> {
  if (isPostgres(db)) await sql`LOCK TABLE search_index IN EXCLUSIVE MODE`.execute(db);
}

/** `column IN (the ids of a kind's records holding every word)`, for a list's text filter. */
export function idInSearchMatches(
  db: QueryExecutorProvider,
  column: string,
  kind: IndexedKind,
  words: readonly string[],
): RawBuilder<boolean> {
  const [first, last] = keysOf(kind);
  if (isPostgres(db)) {
    return sql<boolean>`${sql.ref(column)} IN (
      SELECT key - ${sql.lit(first)} FROM search_index
      WHERE key BETWEEN ${sql.lit(first)} AND ${sql.lit(last)}
        AND ${sql.join(
          words.map((word) => sql`folded LIKE ${`%${word}%`}`),
          sql` AND `,
        )})`;
  }
  const match = words.map((word) => `"${word.replaceAll('"', '')}"`).join(' AND ');
  return sql<boolean>`${sql.ref(column)} IN (
    SELECT rowid - ${sql.lit(first)} FROM search_index
    WHERE search_index MATCH ${match} AND rowid BETWEEN ${sql.lit(first)} AND ${sql.lit(last)})`;
}
