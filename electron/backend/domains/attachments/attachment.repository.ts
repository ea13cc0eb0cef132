import type { Insertable } from 'kysely';
import type { Attachment } from '../../../../shared/contract/attachments';
import type { Db } from '../../context';
import type { CorrespondenceAttachmentsTable } from '../../db/schema';

export async function insertAttachment(db: Db, row: Insertable<CorrespondenceAttachmentsTable>): Promise<Attachment> {
  return db
    .insertInto('correspondenceAttachments')
    .values(row)
    .returning(['id', 'correspondenceId', 'fileName', 'sizeBytes', 'addedAt'])
    .executeTakeFirstOrThrow();
}

export async function findAttachmentRow(db: Db, id: number) {
  return db.selectFrom('correspondenceAttachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAttachment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('correspondenceAttachments').where('id', '=', id).execute();
}

export async function referencedHashes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('correspondenceAttachments').select('sha256').distinct().execute();
  return new Set(rows.map((r) => r.sha256));
}
