import type { Db } from '../../context';

export async function insertRequest(
  db: Db,
  row: {
    constituentId: number;
    receivedOn: string;
    receivedBy: string;
    dueOn: string;
    recordedBy: string;
    createdAt: string;
  },
): Promise<number> {
  const { id } = await db.insertInto('subjectAccessRequests').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function markAnswered(db: Db, id: number, answeredOn: string): Promise<boolean> {
  const result = await db
    .updateTable('subjectAccessRequests')
    .set({ answeredOn })
    .where('id', '=', id)
    .where('answeredOn', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open requests by due date, then answered ones, newest first (the last 200). */
export async function requestLog(db: Db) {
  return db
    .selectFrom('subjectAccessRequests as r')
    .leftJoin('constituents as c', 'c.id', 'r.constituentId')
    .select([
      'r.id',
      'r.constituentId',
      'c.firstName',
      'c.lastName',
      'r.receivedOn',
      'r.receivedBy',
      'r.dueOn',
      'r.answeredOn',
      'r.recordedBy',
    ])
    .orderBy((eb) => eb.case().when('r.answeredOn', 'is', null).then(0).else(1).end())
    .orderBy('r.dueOn')
    .orderBy('r.id', 'desc')
    .limit(200)
    .execute();
}

export async function requestsOf(db: Db, constituentId: number) {
  return db
    .selectFrom('subjectAccessRequests')
    .selectAll()
    .where('constituentId', '=', constituentId)
    .orderBy('id')
    .execute();
}

export async function countOpenRequests(db: Db, today: string): Promise<{ open: number; overdue: number }> {
  const row = await db
    .selectFrom('subjectAccessRequests')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('dueOn', '<', today).then(1).else(0).end()).as('overdue'),
    ])
    .where('answeredOn', 'is', null)
    .executeTakeFirstOrThrow();
  return { open: Number(row.open), overdue: Number(row.overdue ?? 0) };
}
