import type { ParsedInput } from '../../../../shared/contract/api';
import type { LetterFile, LetterTemplate } from '../../../../shared/contract/letters';
import { mergedText, mergeTemplate, MERGE_FIELDS } from '../../../../shared/letters/mergeFields';
import { nowIso, type BackendContext } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { currentActor } from '../settings/settings.service';
import { readLetterheadLogo } from '../settings/letterheadLogo.service';
import { readSetting } from '../settings/settings.repository';
import { buildMergeContext } from './letterContext';
import { renderLetterDocx } from './letterDocx';

export async function listLetterTemplates(ctx: BackendContext): Promise<LetterTemplate[]> {
  return ctx.db
    .selectFrom('letterTemplates')
    .select(['id', 'name', 'purpose', 'subject', 'body'])
    .orderBy('id')
    .execute();
}

/** Creates or updates a template; its merge fields are checked when a letter is finished, not here. */
export async function saveLetterTemplate(
  ctx: BackendContext,
  input: ParsedInput<'letters.saveTemplate'>,
): Promise<LetterTemplate> {
  const at = nowIso(ctx);
  const { id: givenId, ...fields } = input;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    let templateId = givenId;
    if (templateId === undefined) {
      templateId = (
        await trx
          .insertInto('letterTemplates')
          .values({ ...fields, updatedAt: at })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      const result = await trx
        .updateTable('letterTemplates')
        .set({ ...fields, updatedAt: at })
        .where('id', '=', templateId)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound('Letter template', templateId);
    }
    await insertAuditEntries(trx, [
      { at, actor, entity: 'letter_template', entityId: templateId, action: givenId ? 'update' : 'create' },
    ]);
    return templateId;
  });
  return (await listLetterTemplates(ctx)).find((t) => t.id === id)!;
}

/** Merges the letter with its records; refuses, naming them, if any field is missing or unknown. */
export async function exportLetterDocx(
  ctx: BackendContext,
  input: ParsedInput<'letters.exportDocx'>,
): Promise<LetterFile> {
  const context = await buildMergeContext(ctx, input);
  const subject = mergeTemplate(input.subject, context);
  const body = mergeTemplate(input.body, context);
  const missing = [...new Set([...subject.missing, ...body.missing])];
  const unknown = [...new Set([...subject.unknown, ...body.unknown])];
  if (missing.length > 0 || unknown.length > 0) {
    const label = (name: string) => MERGE_FIELDS[name]?.label ?? name;
    throw new DomainError(
      'VALIDATION',
      [
        missing.length ? `No value for: ${missing.map(label).join(', ')}.` : '',
        unknown.length ? `Not merge fields: ${unknown.map((n) => `{{${n}}}`).join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' ') + ' Fill them in or remove them before the letter can be finished.',
      { missing, unknown },
    );
  }
  const letterhead = {
    mpName: (await readSetting(ctx.db, 'mpName')) ?? '',
    officeAddress: (await readSetting(ctx.db, 'officeAddress')) ?? '',
    logo: await readLetterheadLogo(ctx.db),
  };
  const file = await renderLetterDocx(letterhead, mergedText(body));
  const name = mergedText(subject)
    .replace(/[\\/:*?"<>|\r\n]+/g, '-')
    .slice(0, 80);
  return { fileName: `${name}.docx`, contentBase64: file.toString('base64') };
}
