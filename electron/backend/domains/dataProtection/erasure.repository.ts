import type { ErasedRecords } from '../../../../shared/contract/dataProtection';
import type { Db } from '../../context';

/** Signatures stay counted (the campaign's totals and its ward counts are the office's), with nothing that says who. */
export async function anonymiseSignatures(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('signatures')
    .set({ fullName: '', nameKey: '', email: '', address: '', postcode: '', comment: '', constituentId: null })
    .where('id', 'in', ids)
    .execute();
}

/**
 * Deletes the person's records, children first: attachments, drafts, letters, case events, cases,
 * campaign links, then the person.
 */
export async function deleteRecords(db: Db, records: ErasedRecords): Promise<void> {
  if (records.attachments.length > 0)
    await db.deleteFrom('correspondenceAttachments').where('id', 'in', records.attachments).execute();
  if (records.letterDrafts.length > 0)
    await db.deleteFrom('letterDrafts').where('id', 'in', records.letterDrafts).execute();
  if (records.correspondence.length > 0)
    await db.deleteFrom('correspondence').where('id', 'in', records.correspondence).execute();
  if (records.cases.length > 0) {
    await db.deleteFrom('caseEvents').where('caseId', 'in', records.cases).execute();
    await db.deleteFrom('cases').where('id', 'in', records.cases).execute();
  }
  await db.deleteFrom('campaignConstituents').where('constituentId', '=', records.constituent).execute();
  await db.deleteFrom('constituents').where('id', '=', records.constituent).execute();
}

export async function recordErasure(
  db: Db,
  erasure: { erasedAt: string; actor: string; reason: string; records: ErasedRecords },
): Promise<void> {
  await db
    .insertInto('erasures')
    .values({
      erasedAt: erasure.erasedAt,
      actor: erasure.actor,
      reason: erasure.reason,
      constituentId: erasure.records.constituent,
      records: JSON.stringify(erasure.records),
    })
    .execute();
}

/** Drafts that would still point at the person's letters (a chaser begun from one). */
export async function draftsFollowingUp(db: Db, correspondenceIds: number[]) {
  if (correspondenceIds.length === 0) return [];
  return db.selectFrom('letterDrafts').select('id').where('previousId', 'in', correspondenceIds).execute();
}
