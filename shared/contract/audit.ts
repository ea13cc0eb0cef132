import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from './changes';
import { entityId, isoDate, text } from './fields';

/** The most an audit page lists at once; "Show older" reads on from the last. */
export const AUDIT_PAGE_SIZE = 100;

export const listAuditInput = z
  .object({
    actor: text(200, 'Staff member').optional(),
    entity: z.enum(ENTITY_KINDS, { error: 'Choose a kind of record from the list' }).optional(),
    entityId: entityId.optional(),
    action: text(60, 'Action').optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Entries older than this one (the last of the page before). */
    before: entityId.optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'The start must be on or before the end',
    path: ['to'],
  })
  .refine((input) => input.entityId === undefined || input.entity !== undefined, {
    message: 'Choose the kind of record the number belongs to',
    path: ['entity'],
  });

/** Who did what to which record, and when — never the personal content itself. */
export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  entity: EntityKind;
  entityId: number | null;
  action: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Older entries match too. */
  more: boolean;
  /** Everyone who appears in the log, for the filter. */
  actors: string[];
}
