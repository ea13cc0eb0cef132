import type { ParsedInput } from '../../../../shared/contract/api';
import type { LetterDraftRecord } from '../../../../shared/contract/letters';
import { nowIso, type BackendContext, type Db } from '../../context';
import { notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { currentActor } from '../settings/settings.service';
import { deleteDraft, findDraft, insertDraft, listDrafts, updateDraft } from './letterDraft.repository';

/** Saves the letter as it stands (a new draft the first time); called as the caseworker types. */
export async function saveLetterDraft(
  ctx: BackendContext,
  input: ParsedInput<'letters.saveDraft'>,
): Promise<LetterDraftRecord> {
  const { id, ...fields } = input;
  const at = nowIso(ctx);
  const savedId = await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    const row = { ...fields, updatedAt: at, updatedBy: actor };
    if (id === null) {
      const newId = await insertDraft(trx, row);
      await insertAuditEntries(trx, [{ at, actor, entity: 'letter_draft', entityId: newId, action: 'create' }]);
      return newId;
    }
    if (!(await updateDraft(trx, id, row))) throw notFound('Draft letter', id);
    return id;
  });
  return (await findDraft(ctx.db, savedId))!;
}

export async function getLetterDraft(ctx: BackendContext, id: number): Promise<LetterDraftRecord> {
  const draft = await findDraft(ctx.db, id);
  if (!draft) throw notFound('Draft letter', id);
  return draft;
}

export function letterDrafts(ctx: BackendContext, input: ParsedInput<'letters.drafts'>): Promise<LetterDraftRecord[]> {
  return listDrafts(ctx.db, input.caseId);
}

/** The draft goes when its letter is recorded as sent, in that same transaction, or when discarded. */
export async function discardLetterDraftIn(trx: Db, id: number, who: { actor: string; at: string }): Promise<void> {
  if (!(await deleteDraft(trx, id))) throw notFound('Draft letter', id);
  await insertAuditEntries(trx, [{ ...who, entity: 'letter_draft', entityId: id, action: 'remove' }]);
}

export async function discardLetterDraft(
  ctx: BackendContext,
  input: ParsedInput<'letters.discardDraft'>,
): Promise<{ removed: true }> {
  const at = nowIso(ctx);
  await ctx.db
    .transaction()
    .execute(async (trx) => discardLetterDraftIn(trx, input.id, { actor: await currentActor(ctx, trx), at }));
  return { removed: true };
}
