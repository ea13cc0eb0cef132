import type { ErasedRecords } from '../../../../shared/contract/dataProtection';
import type { Db } from '../../context';

const NOTHING_SAYS_WHO = { fullName: '', nameKey: '', email: '', address: '', comment: '', constituentId: null };

/**
 * Signatures stay counted (the campaign's totals are the office's), with nothing that says who;
 * `keepingPostcode` (retention of a whole closed campaign) keeps the postcode its ward counts need.
 */
export async function anonymiseSignatures(db: Db, ids: number[], keepingPostcode: number[] = []): Promise<void> {
  for (const [chunk, blanks] of [
    [ids, { ...NOTHING_SAYS_WHO, postcode: '' }],
    [keepingPostcode, NOTHING_SAYS_WHO],
  ] as const) {
    for (let start = 0; start < chunk.length; start += 500) {
      await db
        .updateTable('signatures')
        .set(blanks)
        .where('id', 'in', chunk.slice(start, start + 500))
        .execute();
    }
  }
}

/**
 * Deletes the records, children first: attachments, drafts, letters, case events, cases, then (when
 * the person goes too) their campaign links and the person.
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
  if (records.constituent === null) return;
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
