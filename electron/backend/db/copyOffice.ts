import { sql, type Kysely } from 'kysely';
import { DomainError } from '../errors';
import { bulkInsert } from './bulkInsert';
import type { Database } from './schema';
import { clearSearchIndex, readSearchEntries, writeSearchEntries } from './searchIndex';

/** Every table, parents before the rows that refer to them: the order an office's records are copied in. */
export const OFFICE_TABLES = [
  'settings',
  'auditLog',
  'erasures',
  'retentionReviews',
  'staff',
  'constituents',
  'subjectAccessRequests',
  'organisations',
  'campaigns',
  'cases',
  'caseEvents',
  'caseReferenceCounters',
  'caseOutcomes',
  'campaignEvents',
  'campaignFigures',
  'campaignConstituents',
  'signatureBatches',
  'signatures',
  'postcodeWards',
  'wardNames',
  'parliamentPetitions',
  'correspondence',
  'correspondenceAttachments',
  'attachmentContents',
  'bankHolidays',
  'publishedReplyFigures',
  'letterTemplates',
  'letterDrafts',
] as const satisfies readonly (keyof Database)[];

type OfficeTable = (typeof OFFICE_TABLES)[number];

/** The tables holding an office's own records: a database with any of them is in use, and never copied over. */
const OFFICE_RECORDS: readonly OfficeTable[] = [
  'staff',
  'constituents',
  'cases',
  'campaigns',
  'organisations',
  'correspondence',
];

/** Settings that belong to one laptop (solo mode), not to the office. */
const LAPTOP_ONLY_SETTINGS = ['signInOff'];

const PAGE_ROWS = 5_000;

/** A table's name in SQL (the schema's camelCase key in snake_case). */
export const sqlTableName = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

async function countRows(db: Kysely<Database>, table: OfficeTable): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(sqlTableName(table))}`.execute(db);
  return Number(rows[0]!.n);
}

export interface CopiedCounts {
  table: string;
  rows: number;
}

export interface CopyOptions {
  /** Solo mode's attachment copies (kept in a folder, not the file), to go into the office database's table. */
  attachmentFiles?: () => AsyncIterable<{ sha256: string; content: Uint8Array }>;
  /** Rows copied so far of all; throwing here (a cancelled job) rolls the whole copy back. */
  progress?: (done: number, total: number) => void;
}

/**
 * Copies a solo office (its SQLite file, already migrated) into an empty office database (PostgreSQL,
 * migrated to the same version) in one transaction: the starting rows the migrations put there are
 * replaced, every table is copied in pages from one consistent read of the file, ids carry on after
 * the highest copied, and each table's count is compared before the transaction commits. A database
 * already in use is refused untouched.
 */
export async function copyOffice(
  from: Kysely<Database>,
  to: Kysely<Database>,
  options: CopyOptions = {},
): Promise<CopiedCounts[]> {
  for (const table of OFFICE_RECORDS) {
    if ((await countRows(to, table)) > 0) {
      throw new DomainError(
        'CONFLICT',
        'The office database already holds an office’s records: Postbag copies only into an empty database, and has changed nothing.',
      );
    }
  }
  // One read transaction on the file: what is copied is the office at one moment, whatever else writes meanwhile.
  return from.connection().execute(async (source) => {
    await sql`BEGIN`.execute(source);
    try {
      return await copyTables(source, to, options);
    } finally {
      await sql`ROLLBACK`.execute(source);
    }
  });
}

async function copyTables(from: Kysely<Database>, to: Kysely<Database>, options: CopyOptions): Promise<CopiedCounts[]> {
  let total = 0;
  for (const table of OFFICE_TABLES) total += await countRows(from, table);
  let done = 0;
  options.progress?.(0, total);
  return to.transaction().execute(async (trx) => {
    for (const table of [...OFFICE_TABLES].reverse())
      await sql`DELETE FROM ${sql.table(sqlTableName(table))}`.execute(trx);
    const counts: CopiedCounts[] = [];
    for (const table of OFFICE_TABLES) {
      let copied = 0;
      for (let after = 0; ;) {
        const { rows } = await sql<
          Record<string, unknown> & { copyRowid: number }
        >`SELECT rowid AS copy_rowid, * FROM ${sql.table(sqlTableName(table))} WHERE rowid > ${after} ORDER BY rowid LIMIT ${PAGE_ROWS}`.execute(
          from,
        );
        if (rows.length === 0) break;
        after = rows[rows.length - 1]!.copyRowid;
        const kept = rows
          .map(({ copyRowid: _rowid, ...row }) => row)
          .filter((row) => table !== 'settings' || !LAPTOP_ONLY_SETTINGS.includes(row.key as string));
        await bulkInsert(trx, table, kept as never);
        copied += kept.length;
        done += rows.length;
        options.progress?.(done, total);
      }
      if (table === 'attachmentContents' && options.attachmentFiles) {
        for await (const file of options.attachmentFiles()) {
          await trx
            .insertInto('attachmentContents')
            .values(file)
            .onConflict((oc) => oc.doNothing())
            .execute();
          copied += 1;
        }
      }
      const there = await countRows(trx, table);
      if (there !== copied) {
        throw new Error(`Copying ${sqlTableName(table)} gave ${there} rows, not ${copied}: nothing was copied.`);
      }
      counts.push({ table: sqlTableName(table), rows: copied });
    }
    counts.push({ table: 'search_index', rows: await copySearchIndex(from, trx) });
    await continueIdsAfterCopied(trx);
    return counts;
  });
}

/** The search index's entries as they are (the same folded text and keys), so the office database need not rebuild it. */
async function copySearchIndex(from: Kysely<Database>, to: Kysely<Database>): Promise<number> {
  await clearSearchIndex(to);
  let copied = 0;
  for (let after = 0; ;) {
    const entries = await readSearchEntries(from, after, PAGE_ROWS);
    if (entries.length === 0) return copied;
    await writeSearchEntries(to, entries);
    copied += entries.length;
    after = entries.at(-1)!.key;
  }
}

/** PostgreSQL's identity columns carry on after the highest id copied in. */
async function continueIdsAfterCopied(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ tableName: string }>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'`.execute(db);
  for (const { tableName } of rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${tableName}, 'id'), coalesce(max(id), 0) + 1, false) FROM ${sql.table(tableName)}`.execute(
      db,
    );
  }
}
