import { sql, type Insertable, type Selectable } from 'kysely';
import type { StaffMember, StaffRole } from '../../../../shared/contract/staff';
import type { Db } from '../../context';
import type { StaffTable } from '../../db/schema';

export type StaffRow = Selectable<StaffTable>;

export function toStaffMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role as StaffRole,
    active: row.active === 1,
    lockedUntil: row.lockedUntil,
    version: row.version,
  };
}

export async function insertStaff(db: Db, row: Insertable<StaffTable>): Promise<StaffRow> {
  return db.insertInto('staff').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findStaff(db: Db, id: number): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findStaffByNameKey(db: Db, nameKey: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('nameKey', '=', nameKey).executeTakeFirst();
}

export async function listStaffRows(db: Db): Promise<StaffRow[]> {
  return db.selectFrom('staff').selectAll().orderBy('active', 'desc').orderBy('name').execute();
}

export async function activeStaffRows(db: Db): Promise<StaffRow[]> {
  return db.selectFrom('staff').selectAll().where('active', '=', 1).orderBy('id').execute();
}

export async function countStaff(db: Db): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdministrators(db: Db, except: number): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('active', '=', 1)
    .where('role', '=', 'administrator')
    .where('id', '!=', except)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateStaffAtVersion(
  db: Db,
  id: number,
  version: number,
  fields: { name: string; nameKey: string; role: StaffRole; active: number },
): Promise<StaffRow | undefined> {
  return db
    .updateTable('staff')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function setPasswordHash(db: Db, id: number, passwordHash: string): Promise<StaffRow | undefined> {
  return db
    .updateTable('staff')
    .set({ passwordHash, failedAttempts: 0, lockedUntil: null, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** One more wrong password, counted in the database (every laptop sees the same count); the new count. */
export async function countFailedSignIn(db: Db, id: number): Promise<number> {
  const row = await db
    .updateTable('staff')
    .set({ failedAttempts: sql<number>`failed_attempts + 1` })
    .where('id', '=', id)
    .returning('failedAttempts')
    .executeTakeFirstOrThrow();
  return row.failedAttempts;
}

export async function lockStaff(db: Db, id: number, lockedUntil: string): Promise<void> {
  await db.updateTable('staff').set({ lockedUntil, failedAttempts: 0 }).where('id', '=', id).execute();
}

export async function clearFailedSignIns(db: Db, id: number): Promise<void> {
  await db.updateTable('staff').set({ failedAttempts: 0, lockedUntil: null }).where('id', '=', id).execute();
}
