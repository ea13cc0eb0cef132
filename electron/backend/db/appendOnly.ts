import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Makes a table append-only in the database itself, so no code path (nor a colleague's older
 * Postbag) can rewrite history: UPDATE and DELETE are refused by triggers — and TRUNCATE too on
 * PostgreSQL. Whoever owns the database can still drop the triggers; the audit protects against
 * mistakes and the app's own users, not against the server's administrator.
 */
export async function makeAppendOnly(db: Kysely<unknown>, table: string, refusalMessage: string): Promise<void> {
  const refusal = sql.lit(refusalMessage);
  if (isPostgres(db)) {
    const fn = sql.id(`${table}_append_only`);
    await sql`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION ${refusal} USING ERRCODE = 'restrict_violation'; END $$`.execute(db);
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION ${fn}()`.execute(db);
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db);
    return;
  }
  for (const change of ['UPDATE', 'DELETE'] as const) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_${change.toLowerCase()}`)} BEFORE ${sql.raw(change)} ON ${sql.table(table)}
      BEGIN SELECT RAISE(ABORT, ${refusal}); END`.execute(db);
  }
}
