import { sql, type Insertable } from 'kysely';
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

/**
 * Office mode: the copy, once per hash. Writing it again (`DO UPDATE`) locks the row until this
 * transaction ends, so a concurrent clean-up waits and then sees the new reference.
 */
export async function storeAttachmentContent(db: Db, sha256: string, content: Uint8Array): Promise<void> {
  await db
    .insertInto('attachmentContents')
    .values({ sha256, content })
    .onConflict((oc) => oc.column('sha256').doUpdateSet({ sha256 }))
    .execute();
}

export async function readAttachmentContent(db: Db, sha256: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('attachmentContents')
    .select('content')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

/**
 * Office mode: removes copies nothing refers to. The candidates are locked first (waiting for any
 * transaction adding a reference to them); the delete, a new statement, then sees those references.
 */
export async function deleteUnreferencedContents(db: Db): Promise<void> {
  const unreferenced = sql<boolean>`NOT EXISTS (SELECT 1 FROM correspondence_attachments a WHERE a.sha256 = attachment_contents.sha256)`;
  const candidates = await db
    .selectFrom('attachmentContents')
    .select('sha256')
    .where(unreferenced)
    .forUpdate()
    .execute();
  if (candidates.length === 0) return;
  await db
    .deleteFrom('attachmentContents')
    .where(
      'sha256',
      'in',
      candidates.map((row) => row.sha256),
    )
    .where(unreferenced)
    .execute();
}
