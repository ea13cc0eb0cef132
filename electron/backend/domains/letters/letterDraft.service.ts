import type { ParsedInput } from '../../../../shared/contract/api';
import type { LetterDraftRecord } from '../../../../shared/contract/letters';
import type { BackendContext, CommandContext } from '../../context';
import type { Work } from '../../unitOfWork';
import { notFound } from '../../errors';
import { deleteDraft, findDraft, insertDraft, listDrafts, updateDraft } from './letterDraft.repository';

/** Saves the letter as it stands (a new draft the first time); called as the caseworker types. */
export async function saveLetterDraft(
  ctx: CommandContext,
  input: ParsedInput<'letters.saveDraft'>,
): Promise<LetterDraftRecord> {
  const { id, ...fields } = input;
  const savedId = await ctx.unitOfWork(async (work) => {
    const row = { ...fields, updatedAt: work.at, updatedBy: work.actor };
    if (id === null) {
      const newId = await insertDraft(work.trx, row);
      work.audit('letter_draft', newId, 'create');
      return newId;
    }
    if (!(await updateDraft(work.trx, id, row))) throw notFound('Draft letter', id);
    work.changed('letter_draft', id);
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
export async function discardLetterDraftIn(work: Work, id: number): Promise<void> {
  if (!(await deleteDraft(work.trx, id))) throw notFound('Draft letter', id);
  work.audit('letter_draft', id, 'remove');
}

export async function discardLetterDraft(
  ctx: CommandContext,
  input: ParsedInput<'letters.discardDraft'>,
): Promise<{ removed: true }> {
  await ctx.unitOfWork((work) => discardLetterDraftIn(work, input.id));
  return { removed: true };
}
