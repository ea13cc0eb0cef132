/**
 * The kinds of record a command can change. A command's reply (and the `changed` event) lists what
 * it changed; each query names the kinds it reads, so the page refreshes just those. The same
 * vocabulary names the entity on audit entries.
 */
export const ENTITY_KINDS = [
  'constituent',
  'case',
  'case_outcome',
  'campaign',
  'signature_batch',
  'postcode_directory',
  'organisation',
  'correspondence',
  'attachment',
  'letter_template',
  'letter_draft',
  'settings',
  'staff',
  'bank_holidays',
  'reply_figures',
  'subject_access_request',
  'retention_review',
  'example_data',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One changed record (`id` null: the kind as a whole, such as the settings or a replaced directory). */
export interface Change {
  entity: EntityKind;
  id: number | null;
}

/** Loading or removing the example office touches every kind of record. */
export function kindsChanged(changes: readonly Change[]): Set<EntityKind> {
  const kinds = new Set(changes.map((change) => change.entity));
  return kinds.has('example_data') ? new Set(ENTITY_KINDS) : kinds;
}
