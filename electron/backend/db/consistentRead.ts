import type { Kysely, Transaction } from 'kysely';
import { isPostgres } from './dialect';
import type { Database } from './schema';

/**
 * Several reads that must agree with each other (an export of everything about one person) in one
 * read transaction: SQLite's reader sees one snapshot of the file; PostgreSQL is asked for a
 * repeatable read, as its default would let each statement see colleagues' later commits.
 */
export function readConsistently<T>(
  reader: Kysely<Database>,
  read: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const transaction = reader.transaction();
  return (isPostgres(reader) ? transaction.setIsolationLevel('repeatable read') : transaction).execute(read);
}
