import type { ParsedInput } from '../../../../shared/contract/api';
import { countOf } from '../../../../shared/plural';
import type { LetterFile, LetterTemplate, StandardReplyRecipients } from '../../../../shared/contract/letters';
import {
  mergedText,
  mergeTemplate,
  MERGE_FIELDS,
  type MergeContext,
  type MergeResult,
} from '../../../../shared/letters/mergeFields';
import type { BackendContext, CommandContext } from '../../context';
import type { JobContext } from '../../jobs/jobContext';
import { DomainError, notFound } from '../../errors';
import { readLetterheadLogo } from '../settings/letterheadLogo.service';
import { readSetting } from '../settings/settings.service';
import { offerAuditedDownload, type DownloadAbout } from '../../files/offerDownload';
import { buildMergeContext } from './letterContext';
import { insertTemplate, listTemplates, templateExists, updateTemplateAtVersion } from './letterTemplate.repository';
import { staleEdit } from '../audit/audit.service';
import { renderLettersDocx, type Letterhead } from './letterDocx';
import { campaignAddressees } from '../campaigns/mailMerge.service';

export function listLetterTemplates(ctx: BackendContext): Promise<LetterTemplate[]> {
  return listTemplates(ctx.db);
}

/** Creates or updates a template; its merge fields are checked when a letter is finished, not here. */
export async function saveLetterTemplate(
  ctx: CommandContext,
  input: ParsedInput<'letters.saveTemplate'>,
): Promise<LetterTemplate> {
  const { id: givenId, version, ...fields } = input;
  const id = await ctx.unitOfWork(async (work) => {
    const row = { ...fields, updatedAt: work.at };
    if (givenId === undefined) {
      const newId = await insertTemplate(work.trx, row);
      work.audit('letter_template', newId, 'create');
      return newId;
    }
    if (!(await templateExists(work.trx, givenId))) throw notFound('Letter template', givenId);
    if (!(await updateTemplateAtVersion(work.trx, givenId, version!, row))) {
      throw await staleEdit(work.trx, 'letter_template', givenId, 'this template');
    }
    work.audit('letter_template', givenId, 'update');
    return givenId;
  });
  return (await listLetterTemplates(ctx)).find((t) => t.id === id)!;
}

/** A letter's subject and text, merged for one recipient. */
interface MergedLetter {
  subject: MergeResult;
  body: MergeResult;
}

const mergeLetter = (subject: string, body: string, context: MergeContext): MergedLetter => ({
  subject: mergeTemplate(subject, context),
  body: mergeTemplate(body, context),
});

/** Refuses, naming them (and, for many letters, how many letters have them), if any field is missing or unknown. */
function assertMergedCompletely(letters: MergedLetter[]): void {
  const problems = letters.map(({ subject, body }) => ({
    missing: [...subject.missing, ...body.missing],
    unknown: [...subject.unknown, ...body.unknown],
    instructions: [...subject.instructions, ...body.instructions],
  }));
  const missing = [...new Set(problems.flatMap((p) => p.missing))];
  const unknown = [...new Set(problems.flatMap((p) => p.unknown))];
  const instructions = [...new Set(problems.flatMap((p) => p.instructions))];
  if (missing.length + unknown.length + instructions.length === 0) return;
  const label = (name: string) => MERGE_FIELDS[name]?.label ?? name;
  const affected = problems.filter((p) => p.missing.length + p.unknown.length + p.instructions.length > 0).length;
  throw new DomainError(
    'VALIDATION',
    [
      missing.length ? `No value for: ${missing.map(label).join(', ')}.` : '',
      unknown.length ? `Not merge fields: ${unknown.map((n) => `{{${n}}}`).join(', ')}.` : '',
      instructions.length ? `Instructions still to replace: ${instructions.join(', ')}.` : '',
      letters.length > 1
        ? `(${affected.toLocaleString('en-GB')} of ${letters.length.toLocaleString('en-GB')} letters.)`
        : '',
    ]
      .filter(Boolean)
      .join(' ') + ' Fill them in or remove them before the letter can be finished.',
    { missing, unknown, instructions },
  );
}

async function readLetterhead(ctx: BackendContext): Promise<Letterhead> {
  return {
    mpName: (await readSetting(ctx.db, 'mpName')) ?? '',
    officeAddress: (await readSetting(ctx.db, 'officeAddress')) ?? '',
    logo: await readLetterheadLogo(ctx.db),
  };
}

function offerDocx(ctx: CommandContext, name: string, file: Buffer, about: DownloadAbout): Promise<LetterFile> {
  const safeName = name.replace(/[\\/:*?"<>|\r\n]+/g, '-').slice(0, 80);
  return offerAuditedDownload(ctx, file, `${safeName}.docx`, about);
}

/** The record a single letter is about, for its download's audit entry. */
function letterAbout(links: ParsedInput<'letters.exportDocx'>): DownloadAbout {
  const action = 'export_word';
  if (links.caseId !== null) return { entity: 'case', id: links.caseId, action };
  if (links.previousId !== null) return { entity: 'correspondence', id: links.previousId, action };
  if (links.campaignId !== null) return { entity: 'campaign', id: links.campaignId, action };
  return { entity: 'organisation', id: links.organisationId, action };
}

/** Merges the letter with its records; refuses, naming them, if any field is missing or unknown. */
export async function exportLetterDocx(
  ctx: CommandContext,
  input: ParsedInput<'letters.exportDocx'>,
): Promise<LetterFile> {
  const letter = mergeLetter(input.subject, input.body, await buildMergeContext(ctx, input));
  assertMergedCompletely([letter]);
  const file = await renderLettersDocx(await readLetterhead(ctx), [mergedText(letter.body)]);
  return offerDocx(ctx, mergedText(letter.subject), file, letterAbout(input));
}

/** A merge context for each recipient of a campaign's standard reply (see `campaignAddressees`). */
export async function standardReplyRecipients(
  ctx: BackendContext,
  campaignId: number,
): Promise<StandardReplyRecipients> {
  const [{ addressees, doNotContact, withoutAddress }, base] = await Promise.all([
    campaignAddressees(ctx, campaignId),
    buildMergeContext(ctx, { campaignId, caseId: null, organisationId: null, previousId: null }),
  ]);
  return {
    contexts: addressees.map(({ source: _source, ...constituent }) => ({ ...base, constituent })),
    doNotContact,
    withoutAddress,
  };
}

/** The standard reply merged for every recipient: one Word file, a letter a page-set. */
export async function exportStandardReplyDocx(
  ctx: JobContext,
  input: ParsedInput<'letters.exportStandardReplyDocx'>,
): Promise<LetterFile> {
  const { contexts } = await standardReplyRecipients(ctx, input.campaignId);
  if (contexts.length === 0) {
    throw new DomainError('VALIDATION', 'Nobody on this campaign has a postal address to write to.');
  }
  const letters = contexts.map((context) => mergeLetter(input.subject, input.body, context));
  assertMergedCompletely(letters);
  // The last step, packing the file, has no steps of its own: the count stops one short until it is done.
  const total = letters.length + 1;
  const file = await renderLettersDocx(
    await readLetterhead(ctx),
    letters.map((letter) => mergedText(letter.body)),
    (done) => {
      ctx.throwIfCancelled();
      ctx.progress(done, total);
    },
  );
  return offerDocx(ctx, `${mergedText(letters[0]!.subject)} - ${countOf(letters.length, 'letter')}`, file, {
    entity: 'campaign',
    id: input.campaignId,
    action: 'export_word_standard_reply',
  });
}
