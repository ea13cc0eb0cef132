import type { LetterTemplate } from '../../../../shared/contract/letters';
import type { Db } from '../../context';

type TemplateFields = Omit<LetterTemplate, 'id'> & { updatedAt: string };

export function listTemplates(db: Db): Promise<LetterTemplate[]> {
  return db.selectFrom('letterTemplates').select(['id', 'name', 'purpose', 'subject', 'body']).orderBy('id').execute();
}

export async function insertTemplate(db: Db, fields: TemplateFields): Promise<number> {
  return (await db.insertInto('letterTemplates').values(fields).returning('id').executeTakeFirstOrThrow()).id;
}

/** False when there is no such template. */
export async function updateTemplate(db: Db, id: number, fields: TemplateFields): Promise<boolean> {
  const result = await db.updateTable('letterTemplates').set(fields).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
