import { sql, type Insertable } from 'kysely';
import type { LetterDraftRecord } from '../../../../shared/contract/letters';
import type { Db } from '../../context';
import type { LetterDraftsTable } from '../../db/schema';

function draftsWithNames(db: Db) {
  return db
    .selectFrom('letterDrafts as d')
    .leftJoin('cases as k', 'k.id', 'd.caseId')
    .leftJoin('organisations as o', 'o.id', 'd.organisationId')
    .selectAll('d')
    .select([
      sql<string>`coalesce(k.reference, '')`.as('caseReference'),
      sql<string>`coalesce(o.name, '')`.as('organisationName'),
    ]);
}

export async function findDraft(db: Db, id: number): Promise<LetterDraftRecord | undefined> {
  return draftsWithNames(db).where('d.id', '=', id).executeTakeFirst();
}

/** Unsent drafts, newest first; for one case when asked. */
export async function listDrafts(db: Db, caseId?: number): Promise<LetterDraftRecord[]> {
  return draftsWithNames(db)
    .$if(caseId !== undefined, (qb) => qb.where('d.caseId', '=', caseId!))
    .orderBy('d.updatedAt', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
}

export async function insertDraft(db: Db, draft: Insertable<LetterDraftsTable>): Promise<number> {
  const row = await db.insertInto('letterDrafts').values(draft).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDraft(db: Db, id: number, draft: Insertable<LetterDraftsTable>): Promise<boolean> {
  const result = await db.updateTable('letterDrafts').set(draft).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteDraft(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('letterDrafts').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
