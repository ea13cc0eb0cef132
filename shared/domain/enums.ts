/** Domain vocabularies shared by the backend, the contract and the UI, with their UI labels. */

export const CASE_STATUSES = ['open', 'awaiting_constituent', 'awaiting_third_party', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  awaiting_constituent: 'Awaiting constituent',
  awaiting_third_party: 'Awaiting third party',
  closed: 'Closed',
};

export const CASE_CATEGORIES = [
  'policing_crime',
  'housing',
  'immigration',
  'benefits',
  'health',
  'education',
  'transport',
  'environment',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = {
  policing_crime: 'Policing & crime',
  housing: 'Housing',
  immigration: 'Immigration',
  benefits: 'Benefits',
  health: 'Health',
  education: 'Education',
  transport: 'Transport',
  environment: 'Environment',
  other: 'Other',
};

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export const CASE_PRIORITY_LABELS: Record<CasePriority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

/** How a constituent gave consent for the office to act on their case (and to share their details to do so). */
export const CONSENT_CHANNELS = ['signed_form', 'letter', 'email', 'phone', 'in_person'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = {
  signed_form: 'Signed consent form',
  letter: 'Letter',
  email: 'Email',
  phone: 'By phone (noted at the time)',
  in_person: 'In person (at a surgery or the office)',
};

export const CONTACT_METHODS = ['email', 'phone', 'post'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  email: 'Email',
  phone: 'Phone',
  post: 'Post',
};

export const CASE_EVENT_KINDS = [
  'opened',
  'note',
  'status_changed',
  'closed',
  'reopened',
  'changed',
  'consent',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** The case fields whose every change the timeline records. */
export const CASE_TRACKED_FIELDS = ['priority', 'assignee', 'dueOn'] as const;
export type CaseTrackedField = (typeof CASE_TRACKED_FIELDS)[number];
export const CASE_TRACKED_FIELD_LABELS: Record<CaseTrackedField, string> = {
  priority: 'Priority',
  assignee: 'Assigned to',
  dueOn: 'Due date',
};

export const SALUTATIONS = ['title_surname', 'first_name'] as const;
export type Salutation = (typeof SALUTATIONS)[number];
export const SALUTATION_LABELS: Record<Salutation, string> = {
  title_surname: 'Title and surname (Dear Mr Whitfield)',
  first_name: 'First name (Dear Tom)',
};

export const CASE_SORT_FIELDS = ['reference', 'openedOn', 'dueOn', 'priority', 'status', 'updatedAt'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const CAMPAIGN_KINDS = ['petition', 'letter_writing', 'local_issue'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  petition: 'Petition',
  letter_writing: 'Letter-writing campaign',
  local_issue: 'Local issue',
};

/** In order: a campaign moves forward through these (and may step back to correct a mistake). */
export const CAMPAIGN_STAGES = [
  'planning',
  'collecting',
  'delivered',
  'awaiting_response',
  'responded',
  'follow_up',
  'closed',
] as const;
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number];
export const CAMPAIGN_STAGE_LABELS: Record<CampaignStage, string> = {
  planning: 'Planning',
  collecting: 'Collecting',
  delivered: 'Delivered',
  awaiting_response: 'Awaiting response',
  responded: 'Responded',
  follow_up: 'Follow-up',
  closed: 'Closed',
};

export const SIGNATURE_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'postcode',
  'address',
  'signedOn',
  'comment',
] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];
export const SIGNATURE_FIELD_LABELS: Record<SignatureField, string> = {
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  postcode: 'Postcode',
  address: 'Address',
  signedOn: 'Date signed',
  comment: 'Comment',
};

export const ORGANISATION_KINDS = [
  'government_department',
  'ministers_office',
  'police_force',
  'council',
  'nhs_body',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  government_department: 'Government department',
  ministers_office: 'Minister’s office',
  police_force: 'Police force',
  council: 'Council',
  nhs_body: 'NHS body',
  other: 'Other',
};
export const CORRESPONDENCE_CHANNELS = ['letter', 'email', 'phone', 'visit', 'surgery'] as const;
export type CorrespondenceChannel = (typeof CORRESPONDENCE_CHANNELS)[number];
export const CORRESPONDENCE_CHANNEL_LABELS: Record<CorrespondenceChannel, string> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone note',
  visit: 'Visit to the office',
  surgery: 'Surgery appointment',
};
/** How a constituent got in touch, as the intake form offers it. */
export const CONTACT_CHANNELS = [
  'phone',
  'email',
  'letter',
  'visit',
  'surgery',
] as const satisfies readonly CorrespondenceChannel[];
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const REPLY_STATES = ['awaiting', 'replied', 'not_needed'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];

export const LETTER_PURPOSES = ['letter', 'chaser', 'standard_reply'] as const;
export type LetterPurpose = (typeof LETTER_PURPOSES)[number];
export const LETTER_PURPOSE_LABELS: Record<LetterPurpose, string> = {
  letter: 'Letter',
  chaser: 'Chaser',
  standard_reply: 'Campaign standard reply',
};
