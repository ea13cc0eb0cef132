import JSZip from 'jszip';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { DownloadFile } from '../../../../shared/contract/uploads';
import type { CommandContext, Db } from '../../context';
import { readConsistently } from '../../db/consistentRead';
import { notFound } from '../../errors';
import { offerAuditedDownload } from '../../files/offerDownload';
import { attachmentBytes } from '../attachments/attachment.service';
import { readSetting } from '../settings/settings.service';
import { NOT_ABOUT_CONSTITUENTS, type PersonalTable } from './personalData';
import {
  attachmentsOf,
  auditEntriesAbout,
  campaignLinksOf,
  caseEventsOf,
  casesOf,
  correspondenceOf,
  letterDraftsOf,
  signaturesOf,
  subjectRow,
} from './subjectAccess.repository';
import { requestsOf } from './subjectAccessLog.repository';
import { subjectAccessSummary } from './subjectAccessSummary';

/** A section for every table that holds personal data, or this does not compile. */
type EverySection<T extends Record<PersonalTable, unknown[]>> = T;

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** Everything held about one constituent, a section per table that holds personal data. */
export interface SubjectAccessData {
  exportedAt: string;
  exportedBy: string;
  office: string;
  sections: EverySection<{
    constituents: NonNullable<Rows<typeof subjectRow>>[];
    cases: Rows<typeof casesOf>;
    caseEvents: Rows<typeof caseEventsOf>;
    correspondence: Rows<typeof correspondenceOf>;
    correspondenceAttachments: (Rows<typeof attachmentsOf>[number] & { exportedAs: string })[];
    /** The attachments' bytes, as files in the export (office mode keeps them in the database). */
    attachmentContents: { sha256: string; exportedAs: string }[];
    letterDrafts: Rows<typeof letterDraftsOf>;
    signatures: Rows<typeof signaturesOf>;
    campaignConstituents: Rows<typeof campaignLinksOf>;
    auditLog: Rows<typeof auditEntriesAbout>;
    subjectAccessRequests: Rows<typeof requestsOf>;
  }>;
  /** The other tables, and why nothing in them is about the person. */
  notHeldIn: Record<string, string>;
}

/** One consistent read of every section (attachment bytes are read after, outside the transaction). */
async function gather(db: Db, constituentId: number) {
  const person = await subjectRow(db, constituentId);
  if (!person) return null;
  const cases = await casesOf(db, constituentId);
  const caseIds = cases.map((k) => k.id);
  const correspondence = await correspondenceOf(db, constituentId, caseIds);
  const attachments = await attachmentsOf(
    db,
    correspondence.map((m) => m.id),
  );
  const letterDrafts = await letterDraftsOf(db, caseIds);
  const requests = await requestsOf(db, constituentId);
  return {
    person,
    cases,
    caseEvents: await caseEventsOf(db, caseIds),
    correspondence,
    attachments,
    letterDrafts,
    signatures: await signaturesOf(db, person),
    campaignLinks: await campaignLinksOf(db, constituentId),
    requests,
    audit: await auditEntriesAbout(db, {
      constituent: [constituentId],
      case: caseIds,
      correspondence: correspondence.map((m) => m.id),
      attachment: attachments.map((a) => a.id),
      letter_draft: letterDrafts.map((d) => d.id),
      subject_access_request: requests.map((r) => r.id),
    }),
  };
}

const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\r\n\t]+/g, '-').slice(0, 120);

/**
 * A subject access request answered: one zip holding a printable summary (summary.html), every
 * field as held (data.json) and the files attached to their letters. The export is audited.
 */
export async function exportSubjectAccess(
  ctx: CommandContext,
  input: ParsedInput<'dataProtection.exportSubjectAccess'>,
): Promise<DownloadFile> {
  const held = await readConsistently(ctx.reader, (trx) => gather(trx, input.constituentId));
  if (!held) throw notFound('Constituent', input.constituentId);
  const zip = new JSZip();
  const attachments = [];
  const contents = new Map<string, string>();
  for (const attachment of held.attachments) {
    const exportedAs = `attachments/${attachment.correspondenceId}-${attachment.id} ${safeFileName(attachment.fileName)}`;
    zip.file(exportedAs, await attachmentBytes(ctx, attachment));
    attachments.push({ ...attachment, exportedAs });
    if (!contents.has(attachment.sha256)) contents.set(attachment.sha256, exportedAs);
  }
  const exportedAt = ctx.clock().toISOString();
  const data: SubjectAccessData = {
    exportedAt,
    exportedBy: ctx.caller.staffName,
    office: (await readSetting(ctx.reader, 'constituencyName')) ?? '',
    sections: {
      constituents: [held.person],
      cases: held.cases,
      caseEvents: held.caseEvents,
      correspondence: held.correspondence,
      correspondenceAttachments: attachments,
      attachmentContents: [...contents].map(([sha256, exportedAs]) => ({ sha256, exportedAs })),
      letterDrafts: held.letterDrafts,
      signatures: held.signatures,
      campaignConstituents: held.campaignLinks,
      auditLog: held.audit,
      subjectAccessRequests: held.requests,
    },
    notHeldIn: NOT_ABOUT_CONSTITUENTS,
  };
  zip.file('summary.html', subjectAccessSummary(data));
  zip.file('data.json', JSON.stringify(data, null, 2));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const name = safeFileName(`${held.person.firstName} ${held.person.lastName}`.trim());
  return offerAuditedDownload(ctx, bytes, `Subject access ${name} ${exportedAt.slice(0, 10)}.zip`, {
    entity: 'constituent',
    id: input.constituentId,
    action: 'subject_access_export',
  });
}
