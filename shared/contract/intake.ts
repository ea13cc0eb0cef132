import { z } from 'zod';
import { CASE_CATEGORIES, CASE_PRIORITIES, CONTACT_CHANNELS } from '../domain/enums';
import { createConstituentInput } from './constituents';
import { entityId, isoDate, requiredText, text } from './fields';

/**
 * "A constituent gets in touch", in one form and one unit of work: who (found, or new), how they got
 * in touch and about what, and — usually — the case it opens.
 */
export const logContactInput = z
  .object({
    constituentId: entityId.nullable().default(null),
    newConstituent: createConstituentInput.nullable().default(null),
    channel: z.enum(CONTACT_CHANNELS, { error: 'Choose how they got in touch' }),
    contactOn: isoDate,
    summary: requiredText(300, 'What it is about', 'Say in a line what it is about'),
    details: text(20_000, 'Details').default(''),
    openCase: z
      .object({
        category: z.enum(CASE_CATEGORIES, { error: 'Choose a category' }),
        priority: z.enum(CASE_PRIORITIES, { error: 'Choose a priority' }).default('normal'),
        assignee: text(100, 'Assignee').default(''),
      })
      .nullable()
      .default(null),
  })
  .refine((value) => (value.constituentId === null) !== (value.newConstituent === null), {
    path: ['constituentId'],
    message: 'Choose the constituent, or add them as new',
  });
export type LogContactInput = z.input<typeof logContactInput>;

export interface LoggedContact {
  constituentId: number;
  caseId: number | null;
  caseReference: string | null;
  correspondenceId: number;
}
