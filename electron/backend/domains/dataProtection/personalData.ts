import type { Database } from '../../db/schema';

/** The tables holding data about a constituent: each is a section of their subject access export. */
export const PERSONAL_TABLES = [
  'constituents',
  'cases',
  'caseEvents',
  'correspondence',
  'correspondenceAttachments',
  'attachmentContents',
  'letterDrafts',
  'signatures',
  'campaignConstituents',
  'auditLog',
  'subjectAccessRequests',
] as const satisfies readonly (keyof Database)[];

export type PersonalTable = (typeof PERSONAL_TABLES)[number];

/**
 * Every other table, and why it holds nothing about a constituent. A table added to the schema must
 * be placed here or in PERSONAL_TABLES before the code compiles; one created only in a migration is
 * caught by the subject access tests, which compare this map with the database's own list.
 */
export const NOT_ABOUT_CONSTITUENTS: Record<Exclude<keyof Database, PersonalTable>, string> = {
  settings: 'The office’s own settings (constituency, MP, letterhead).',
  erasures: 'Erasures done: when, by whom, why, and the numbers of the records that went.',
  retentionReviews: 'Retention decisions: a record’s number, erase or keep, the reason and who decided.',
  caseReferenceCounters: 'The last case number used each year.',
  caseOutcomes: 'The office’s list of outcome labels.',
  campaigns: 'Campaigns themselves; a person’s part in one is in their signatures and campaign links.',
  campaignEvents: 'A campaign’s stages and milestones.',
  campaignFigures: 'A campaign’s published figures.',
  signatureBatches: 'Import counts and file names; the signatures themselves are personal data.',
  postcodeWards: 'The ONS postcode directory (postcodes to wards).',
  wardNames: 'Ward names and codes.',
  parliamentPetitions: 'Counts from UK Parliament petitions.',
  organisations: 'Departments and bodies the office writes to.',
  staff: 'The office’s own staff accounts (a staff member’s request is answered from the audit log).',
  bankHolidays: 'England and Wales bank holidays.',
  publishedReplyFigures: 'The Cabinet Office’s published reply figures.',
  letterTemplates: 'Letter templates, with merge fields rather than anyone’s details.',
};

/** Tables the database has that are derived from the others, and rebuilt from them. */
export const DERIVED_TABLES = ['search_index'] as const;
