import type { LetterTemplate } from '../../../../shared/contract/letters';
import type { Db } from '../../context';
import { updateAtVersion } from '../../db/editVersions';

type TemplateFields = Omit<LetterTemplate, 'id' | 'version'> & { updatedAt: string };

export function listTemplates(db: Db): Promise<LetterTemplate[]> {
  return db
    .selectFrom('letterTemplates')
    .select(['id', 'version', 'name', 'purpose', 'subject', 'body'])
    .orderBy('id')
    .execute();
}

export async function insertTemplate(db: Db, fields: TemplateFields): Promise<number> {
  return (await db.insertInto('letterTemplates').values(fields).returning('id').executeTakeFirstOrThrow()).id;
}

export async function templateExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('letterTemplates').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** False when the template is not at `version` (a colleague saved it since this edit began). */
export function updateTemplateAtVersion(db: Db, id: number, version: number, fields: TemplateFields) {
  return updateAtVersion(db, 'letterTemplates', id, version, fields);
}
