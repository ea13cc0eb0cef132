import { sql, type Kysely } from 'kysely';
import { nameKey } from '../../../../shared/samePerson';
import { primaryId } from '../dialect';

/**
 * Staff accounts. An office already at work (a staff name set, or any constituent) keeps working as
 * before: its person becomes the first administrator, without a password, with sign-in off; a new
 * office creates its first administrator on first run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const { rows: named } = await sql<{ value: string }>`SELECT value FROM settings WHERE key = 'staffName'`.execute(db);
  const { rows: people } = await sql<{ n: number }>`SELECT count(*) AS n FROM constituents`.execute(db);
  const name = named[0]?.value.trim() || (Number(people[0]?.n) > 0 ? 'Administrator' : '');
  if (!name) return;
  await sql`INSERT INTO staff (name, name_key, role, created_at) VALUES (${name}, ${nameKey(name)}, 'administrator', ${new Date().toISOString()})`.execute(
    db,
  );
  await sql`INSERT INTO settings (key, value) VALUES ('signInOff', '1')`.execute(db);
  await sql`DELETE FROM settings WHERE key = 'staffName'`.execute(db);
}
