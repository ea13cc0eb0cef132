import { z } from 'zod';
import { CONTACT_METHODS, SALUTATIONS, type CampaignStage, type ContactMethod, type Salutation } from '../domain/enums';
import { editVersion, entityId, optionalEmail, optionalPhone, optionalPostcode, requiredText, text } from './fields';

const constituentObject = z.object({
  title: text(20, 'Title').default(''),
  firstName: requiredText(100, 'First name', 'Enter a first name'),
  lastName: requiredText(100, 'Last name', 'Enter a last name'),
  email: optionalEmail.default(''),
  phone: optionalPhone.default(''),
  addressLine1: text(200, 'Address').default(''),
  addressLine2: text(200, 'Address').default(''),
  town: text(100, 'Town').default(''),
  postcode: optionalPostcode.default(''),
  preferredContact: z.enum(CONTACT_METHODS, { error: 'Choose email, phone or post' }),
  doNotContact: z.boolean().default(false),
  salutation: z.enum(SALUTATIONS, { error: 'Choose how letters greet them' }).default('title_surname'),
});

type ConstituentObject = z.output<typeof constituentObject>;

function checkContactRoutes(value: ConstituentObject, ctx: z.RefinementCtx) {
  const hasPostal = value.addressLine1 !== '' && value.postcode !== '';
  if (value.email === '' && value.phone === '' && !hasPostal) {
    ctx.addIssue({
      code: 'custom',
      path: ['email'],
      message: 'Give at least one way to contact them: email, phone, or an address with a postcode',
    });
    return;
  }
  const available: Record<ContactMethod, boolean> = {
    email: value.email !== '',
    phone: value.phone !== '',
    post: hasPostal,
  };
  if (!available[value.preferredContact]) {
    ctx.addIssue({
      code: 'custom',
      path: ['preferredContact'],
      message: `Add their ${value.preferredContact === 'post' ? 'address and postcode' : value.preferredContact} or choose another way to contact them`,
    });
  }
}

/** What a person types into the constituent form; the backend and the form both validate with it. */
export const constituentFieldsSchema = constituentObject.superRefine(checkContactRoutes);
export type ConstituentFields = z.input<typeof constituentFieldsSchema>;

export const createConstituentInput = constituentObject
  .extend({ allowDuplicate: z.boolean().default(false) })
  .superRefine(checkContactRoutes);

export const updateConstituentInput = constituentObject
  .extend({ id: entityId, version: editVersion, allowDuplicate: z.boolean().default(false) })
  .superRefine(checkContactRoutes);

export const listConstituentsInput = z.object({
  query: text(200, 'Search').default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(200),
});

export const getConstituentInput = z.object({ id: entityId });

/** The intake search: a name (accents, case and a typing slip forgiven), postcode, e-mail, phone or address. */
export const findConstituentsInput = z.object({ query: text(200, 'Search').default('') });

export interface Constituent {
  id: number;
  version: number;
  title: string;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  preferredContact: ContactMethod;
  doNotContact: boolean;
  salutation: Salutation;
  isExample: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ConstituentSummary {
  id: number;
  fullName: string;
  postcode: string;
  email: string;
  doNotContact: boolean;
  isExample: boolean;
  openCases: number;
}

/** One intake search result, best first, saying what it matched so staff can tell namesakes apart. */
export interface ConstituentMatch extends ConstituentSummary {
  phone: string;
  addressLine1: string;
  town: string;
  matchedOn: 'name' | 'close_name' | 'postcode' | 'email' | 'phone' | 'address';
}

export interface ConstituentList {
  rows: ConstituentSummary[];
  total: number;
}

/** Sent with a CONFLICT error when a save would duplicate existing constituents. */
export interface DuplicateConstituent {
  id: number;
  fullName: string;
  postcode: string;
  email: string;
  matchedOn: 'email' | 'name_and_postcode';
}

export interface ConstituentCampaign {
  id: number;
  title: string;
  stage: CampaignStage;
  /** Linked to the campaign by staff (they wrote in about it). */
  linked: boolean;
  /** The date they signed it, if their signature is linked to them. */
  signedOn: string | null;
  isExample: boolean;
}
