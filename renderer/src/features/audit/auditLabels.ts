import type { EntityKind } from '../../../../shared/contract/changes';

export const ENTITY_LABELS: Record<EntityKind, string> = {
  constituent: 'Constituent',
  case: 'Case',
  case_outcome: 'Case outcomes',
  campaign: 'Campaign',
  signature_batch: 'Signature import',
  postcode_directory: 'Postcode directory',
  organisation: 'Organisation',
  correspondence: 'Letter or reply',
  attachment: 'Attachment',
  letter_template: 'Letter template',
  letter_draft: 'Letter draft',
  settings: 'Settings',
  staff: 'Staff member',
  bank_holidays: 'Bank holidays',
  reply_figures: 'Reply figures',
  subject_access_request: 'Subject access request',
  retention_review: 'Retention review',
  example_data: 'Example office',
};

/** Where a record's page is, for the kinds that have one. */
export function recordPath(entity: EntityKind, id: number | null): string | null {
  if (id === null) return null;
  switch (entity) {
    case 'constituent':
      return `/constituents/${id}`;
    case 'case':
      return `/cases/${id}`;
    case 'campaign':
      return `/campaigns/${id}`;
    case 'organisation':
      return `/organisations/${id}`;
    default:
      return null;
  }
}

/** An action as a sentence fragment: "add_note" → "add note". */
export const actionLabel = (action: string) => action.replace(/_/g, ' ');
