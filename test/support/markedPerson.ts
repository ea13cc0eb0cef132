import type { ApiClient } from '../../shared/contract/client';

/** A word found nowhere else: a field holding it can be traced through exports and byte scans. */
const marker = (field: string) => `Qzx${field}Vwk`;

export interface MarkedPerson {
  constituentId: number;
  caseId: number;
  correspondenceId: number;
  attachmentId: number;
  /** Every marker placed, one per field holding personal data (the phone and e-mail in their own forms). */
  markers: string[];
  attachmentBytes: Buffer;
}

/**
 * A constituent with something in every kind of record the office keeps about a person — a case with
 * a note, consent to act and an outcome, a letter with a reply and an attachment, a draft, a petition signature
 * matched by e-mail, a campaign link — and a unique marker in every free-text field.
 */
export async function createMarkedPerson(
  api: ApiClient,
  stage: (bytes: Uint8Array, fileName?: string) => Promise<string>,
): Promise<MarkedPerson> {
  const markers: string[] = [];
  const mark = (field: string) => {
    markers.push(marker(field));
    return marker(field);
  };
  const email = `${marker('email').toLowerCase()}@example.org`;
  markers.push(email);
  const phone = '07700 931 846';
  markers.push(phone);
  const person = await api('constituents.create', {
    title: 'Dr',
    firstName: mark('First'),
    lastName: mark('Last'),
    email,
    phone,
    addressLine1: mark('AddressOne'),
    addressLine2: mark('AddressTwo'),
    town: mark('Town'),
    postcode: 'RM9 6XX',
    preferredContact: 'email',
  });
  const organisation = await api('organisations.create', {
    name: 'Home Office',
    kind: 'government_department',
    replyTargetDays: 20,
  });
  const kase = await api('cases.create', {
    constituentId: person.id,
    title: mark('CaseTitle'),
    description: mark('CaseDescription'),
    category: 'immigration',
    openedOn: '2026-11-02',
  });
  await api('cases.addNote', { caseId: kase.id, body: mark('CaseNote') });
  await api('cases.recordConsent', { caseId: kase.id, givenBy: 'signed_form', givenOn: '2026-11-02' });
  const letter = await api('correspondence.recordOutgoing', {
    organisationId: organisation.id,
    caseId: kase.id,
    channel: 'letter',
    subject: mark('LetterSubject'),
    body: mark('LetterBody'),
    theirReference: mark('TheirRef'),
    sentOn: '2026-11-03',
  });
  await api('correspondence.recordIncoming', {
    inReplyTo: letter.id,
    channel: 'letter',
    subject: mark('ReplySubject'),
    body: mark('ReplyBody'),
    receivedOn: '2026-11-10',
  });
  const attachmentBytes = Buffer.from(`%PDF-1.4 ${mark('AttachmentContent')} passport scan`);
  const fileName = `${mark('AttachmentName')}.pdf`;
  const attachment = await api('attachments.add', {
    correspondenceId: letter.id,
    fileName,
    stagedFileId: await stage(attachmentBytes, fileName),
  });
  await api('letters.saveDraft', {
    caseId: kase.id,
    organisationId: organisation.id,
    purpose: 'letter',
    subject: mark('DraftSubject'),
    body: mark('DraftBody'),
  });
  await api('cases.changeStatus', {
    caseId: kase.id,
    status: 'closed',
    outcome: 'Partly resolved',
    outcomeNote: mark('OutcomeNote'),
  });
  await api('subjectAccess.record', { constituentId: person.id, receivedOn: '2026-11-20', receivedBy: 'letter' });
  const campaign = await api('campaigns.create', { title: 'More police', kind: 'petition', startedOn: '2026-10-01' });
  await api('campaigns.linkConstituent', { campaignId: campaign.id, constituentId: person.id });
  await api('signatures.add', {
    campaignId: campaign.id,
    fullName: mark('SignerName'),
    email: email.toUpperCase(),
    postcode: 'RM9 6XX',
    address: mark('SignerAddress'),
    signedOn: '2026-10-05',
  });
  return {
    constituentId: person.id,
    caseId: kase.id,
    correspondenceId: letter.id,
    attachmentId: attachment.id,
    markers,
    attachmentBytes,
  };
}
