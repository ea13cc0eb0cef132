import type { Kysely } from 'kysely';

/** A named recipient and their role ("The Rt Hon …", "Home Secretary") for an organisation's address block. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('recipient_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('organisations')
    .addColumn('recipient_role', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
