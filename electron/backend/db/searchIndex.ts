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

/** The folded words the index can look for. */
export function indexableWords(words: readonly string[]): string[] {
  return words.filter((word) => word.length >= SHORTEST_INDEXED_WORD);
}

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

/** An entry's key: SQLite's rowid of the FTS5 table, PostgreSQL's key column. */
function keyColumn(db: QueryExecutorProvider) {
  return sql.ref(isPostgres(db) ? 'key' : 'rowid');
}

/** The entries of one kind: its range of keys. */
function ofKind(db: QueryExecutorProvider, kind: IndexedKind): RawBuilder<boolean> {
  const [first, last] = keysOf(kind);
  return sql<boolean>`${keyColumn(db)} BETWEEN ${sql.lit(first)} AND ${sql.lit(last)}`;
}

/** The entries of one kind holding every word, anywhere: FTS5's MATCH, or pg_trgm's indexed LIKEs. */
function holdingEveryWord(db: QueryExecutorProvider, kind: IndexedKind, words: readonly string[]): RawBuilder<boolean> {
  if (isPostgres(db)) {
    const likes = sql.join(
      words.map((word) => sql`folded LIKE ${`%${word}%`}`),
      sql` AND `,
    );
    return sql<boolean>`${ofKind(db, kind)} AND ${likes}`;
  }
  // Each word a quoted string (folded text holds letters, digits, @ and . only): all of them, anywhere.
  const match = words.map((word) => `"${word.replaceAll('"', '')}"`).join(' AND ');
  return sql<boolean>`search_index MATCH ${match} AND ${ofKind(db, kind)}`;
}

export async function removeSearchEntries(db: QueryExecutorProvider, keys: readonly number[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`DELETE FROM search_index WHERE ${keyColumn(db)} IN (${sql.join(keys)})`.execute(db);
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
  const [first] = keysOf(kind);
  await sql`
    DELETE FROM search_index
    WHERE ${ofKind(db, kind)} AND ${keyColumn(db)} - ${sql.lit(first)} NOT IN (SELECT id FROM ${sql.table(table)})
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
  const key = keyColumn(db);
  const { rows } = await sql<{ key: number; folded: string }>`
    SELECT ${key} AS key, folded FROM search_index
    WHERE ${holdingEveryWord(db, kind, words)}
    ORDER BY ${key} DESC
    LIMIT ${limit}
  `.execute(db);
  return rows.map((row) => ({ key: Number(row.key), folded: row.folded }));
}

/** A page of entries after `afterKey`, in key order (to copy an office's index). */
export async function readSearchEntries(
  db: QueryExecutorProvider,
  afterKey: number,
  limit: number,
): Promise<{ key: number; folded: string }[]> {
  const key = keyColumn(db);
  const { rows } = await sql<{ key: number; folded: string }>`
    SELECT ${key} AS key, folded FROM search_index WHERE ${key} > ${afterKey} ORDER BY ${key} LIMIT ${limit}
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
  const [first] = keysOf(kind);
  return sql<boolean>`${sql.ref(column)} IN (
    SELECT ${keyColumn(db)} - ${sql.lit(first)} FROM search_index WHERE ${holdingEveryWord(db, kind, words)})`;
}
