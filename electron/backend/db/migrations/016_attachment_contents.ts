import type { Kysely } from 'kysely';
import { bytesType } from '../dialect';

/**
 * Office mode keeps attachment copies in the database, once per SHA-256, so every laptop sees them;
 * solo mode keeps them in the folder beside the data file and leaves this table empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attachment_contents')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('content', bytesType(db), (c) => c.notNull())
    .execute();
}
