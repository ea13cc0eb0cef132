import type { ParsedInput } from '../../../../shared/contract/api';
import type { ErasedRecords, ErasureReceipt } from '../../../../shared/contract/dataProtection';
import { nameKey } from '../../../../shared/samePerson';
import type { CommandContext } from '../../context';
import type { Work } from '../../unitOfWork';
import { DomainError, notFound } from '../../errors';
import { unitOfWorkRemovingAttachments } from '../attachments/attachment.service';
import { anonymiseSignatures, deleteRecords, draftsFollowingUp, recordErasure } from './erasure.repository';
import {
  attachmentsOf,
  casesOf,
  correspondenceOf,
  letterDraftsOf,
  signaturesOf,
  subjectRow,
  type Subject,
} from './subjectAccess.repository';

/** The one way records are erased: signatures blanked, the rest deleted, the erasure recorded and audited. */
export async function takeRecords(
  work: Work,
  records: ErasedRecords,
  erasure: { erasedAt: string; actor: string; reason: string },
  action: 'erase' | 'erase_reapplied',
): Promise<void> {
  await anonymiseSignatures(work.trx, records.signatures, records.signaturesKeepingPostcode);
  await deleteRecords(work.trx, records);
  await recordErasure(work.trx, { ...erasure, records });
  work.audit(records.about.entity, records.about.id, action);
  for (const id of records.cases) work.changed('case', id);
  for (const id of records.correspondence) work.changed('correspondence', id);
  for (const id of records.letterDrafts) work.changed('letter_draft', id);
}

/** Everything held about a person, as an erasure takes it: the person, their cases, letters, files and drafts; their signatures blanked. */
export async function personRecords(work: Work, person: Subject): Promise<ErasedRecords> {
  const cases = (await casesOf(work.trx, person.id)).map((k) => k.id);
  const correspondence = (await correspondenceOf(work.trx, person.id, cases)).map((m) => m.id);
  const drafts = [...(await letterDraftsOf(work.trx, cases)), ...(await draftsFollowingUp(work.trx, correspondence))];
  const signatures = await signaturesOf(work.trx, person);
  for (const batchId of new Set(signatures.map((s) => s.batchId))) work.changed('signature_batch', batchId);
  return {
    about: { entity: 'constituent', id: person.id },
    constituent: person.id,
    cases,
    correspondence,
    attachments: (await attachmentsOf(work.trx, correspondence)).map((a) => a.id),
    letterDrafts: [...new Set(drafts.map((d) => d.id))],
    signatures: signatures.map((s) => s.id),
    signaturesKeepingPostcode: [],
  };
}

/**
 * Erases a person (administrators, with a reason and their name typed again): their cases, notes,
 * letters, drafts and attached files go; their signatures stay counted with nothing saying who; the
 * search index loses their entries; the erasure is recorded by record numbers only. One unit of work:
 * all of it or none. Solo mode then checkpoints the -wal (TRUNCATE) and overwrites the attachment
 * copies before removing them, and secure_delete zeroes the freed pages, so no readable byte is left.
 */
export async function erasePerson(
  ctx: CommandContext,
  input: ParsedInput<'dataProtection.erasePerson'>,
): Promise<ErasureReceipt> {
  return unitOfWorkRemovingAttachments(ctx, async (work) => {
    const person = await subjectRow(work.trx, input.constituentId);
    if (!person) throw notFound('Constituent', input.constituentId);
    const name = `${person.firstName} ${person.lastName}`;
    if (nameKey(input.confirmName) !== nameKey(name)) {
      throw new DomainError('VALIDATION', `Type “${name}” exactly to confirm: nothing was erased.`, undefined, {
        confirmName: [`Type “${name}” to confirm`],
      });
    }
    const records = await personRecords(work, person);
    await takeRecords(work, records, { erasedAt: work.at, actor: work.actor, reason: input.reason }, 'erase');
    return {
      cases: records.cases.length,
      letters: records.correspondence.length,
      attachments: records.attachments.length,
      letterDrafts: records.letterDrafts.length,
      signaturesKept: records.signatures.length,
    };
  });
}

/** An erasure's records as stored; the first release's rows name only the person. */
function recordsOf(stored: string): ErasedRecords {
  const records = JSON.parse(stored) as Partial<ErasedRecords> &
    Omit<ErasedRecords, 'about' | 'signaturesKeepingPostcode'>;
  return {
    ...records,
    about: records.about ?? { entity: 'constituent', id: records.constituent! },
    signaturesKeepingPostcode: records.signaturesKeepingPostcode ?? [],
  };
}

/**
 * After an older backup is restored: the erasures recorded since it was made are done again on it
 * (by record number), and recorded again, so restoring never brings an erased person back.
 */
export async function reapplyErasures(
  ctx: CommandContext,
  erasures: { erasedAt: string; actor: string; reason: string; records: string }[],
): Promise<number> {
  if (erasures.length === 0) return 0;
  await unitOfWorkRemovingAttachments(ctx, async (work) => {
    for (const erasure of erasures) {
      await takeRecords(work, recordsOf(erasure.records), erasure, 'erase_reapplied');
    }
  });
  return erasures.length;
}
