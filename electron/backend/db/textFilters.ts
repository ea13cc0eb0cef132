import { sql, type RawBuilder } from 'kysely';

/** The text with LIKE's own characters (%, _ and the escape \) taken literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** `column` contains `text`, as typed (no wildcards). */
export function containsText(column: RawBuilder<unknown>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${column} LIKE ${`%${literal(text)}%`} ESCAPE '\\'`;
}

/** `column` starts with `text`, as typed (no wildcards). */
export function startsWithText(column: RawBuilder<unknown>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${column} LIKE ${`${literal(text)}%`} ESCAPE '\\'`;
}

/** One condition per word of the query (lower case): each word in at least one of the columns. */
export function everyWordInOneOf(query: string, columns: RawBuilder<unknown>[]): RawBuilder<boolean>[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map(
      (word) =>
        sql<boolean>`(${sql.join(
          columns.map((column) => containsText(column, word)),
          sql` OR `,
        )})`,
    );
}
