import { format, parseISO } from 'date-fns';
import type { Salutation } from '../domain/enums';
import { addressBlock } from './addressBlock';

/** Everything a letter can be merged with; absent parts make their fields "missing". */
export interface MergeContext {
  today: string;
  constituent?: {
    title: string;
    firstName: string;
    lastName: string;
    salutation: Salutation;
    addressLine1: string;
    addressLine2: string;
    town: string;
    postcode: string;
  };
  case?: { reference: string; title: string };
  organisation?: { name: string; address: string; recipientName: string; recipientRole: string };
  campaign?: { title: string; ask: string; signatures: number };
  mp?: { name: string; constituency: string };
  office?: { address: string };
  /** For a chaser: the letter that has gone unanswered. */
  previous?: { subject: string; sentOn: string };
}

type Resolver = (ctx: MergeContext) => string | undefined;

const fullName = (c: NonNullable<MergeContext['constituent']>) =>
  [c.title, c.firstName, c.lastName].filter((part) => part.trim() !== '').join(' ');

/**
 * The name after "Dear": title and surname ("Mr Whitfield"), or the first name, as the constituent
 * prefers; with no title on file, the full name rather than a guessed Mr or Ms.
 */
function salutationName(c: NonNullable<MergeContext['constituent']>): string {
  if (c.salutation === 'first_name' && c.firstName.trim()) return c.firstName;
  return c.title.trim() ? `${c.title} ${c.lastName}` : fullName(c);
}

/** Recipient and role when named, the organisation's name, then its address: "Home Secretary\nHome Office\n2 Marsham Street…". */
function organisationAddressBlock(o: NonNullable<MergeContext['organisation']>): string | undefined {
  if (!o.address.trim()) return undefined;
  return [o.recipientName, o.recipientRole, o.name, o.address]
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The documented merge fields: `{{name}}` in a template → its value, with a label for the editor's chips. */
export const MERGE_FIELDS: Record<string, { label: string; resolve: Resolver }> = {
  'constituent.fullName': {
    label: 'Constituent’s name',
    resolve: (ctx) => ctx.constituent && fullName(ctx.constituent),
  },
  'constituent.firstName': { label: 'Constituent’s first name', resolve: (ctx) => ctx.constituent?.firstName },
  'constituent.salutation': {
    label: 'Greeting name (Mr Whitfield or Tom)',
    resolve: (ctx) => ctx.constituent && salutationName(ctx.constituent),
  },
  'constituent.address': {
    label: 'Constituent’s address',
    resolve: (ctx) =>
      ctx.constituent && ctx.constituent.addressLine1 && ctx.constituent.postcode
        ? addressBlock({
            name: fullName(ctx.constituent),
            lines: [ctx.constituent.addressLine1, ctx.constituent.addressLine2],
            town: ctx.constituent.town,
            postcode: ctx.constituent.postcode,
          }).join('\n')
        : undefined,
  },
  'case.reference': { label: 'Case reference', resolve: (ctx) => ctx.case?.reference },
  'case.title': { label: 'Case title', resolve: (ctx) => ctx.case?.title },
  'organisation.name': { label: 'Organisation', resolve: (ctx) => ctx.organisation?.name },
  'organisation.address': {
    label: 'Organisation’s address block',
    resolve: (ctx) => ctx.organisation && organisationAddressBlock(ctx.organisation),
  },
  'campaign.title': { label: 'Campaign', resolve: (ctx) => ctx.campaign?.title },
  'campaign.ask': { label: 'Campaign’s ask', resolve: (ctx) => ctx.campaign?.ask },
  'campaign.signatures': {
    label: 'Signature count',
    resolve: (ctx) => ctx.campaign && ctx.campaign.signatures.toLocaleString('en-GB'),
  },
  'mp.name': { label: 'MP’s name', resolve: (ctx) => ctx.mp?.name },
  'office.address': { label: 'Office address', resolve: (ctx) => ctx.office?.address },
  'previous.subject': { label: 'Earlier letter’s subject', resolve: (ctx) => ctx.previous?.subject },
  'previous.date': {
    label: 'Earlier letter’s date',
    resolve: (ctx) => ctx.previous && format(parseISO(ctx.previous.sentOn), 'd MMMM yyyy'),
  },
  today: { label: 'Today’s date', resolve: (ctx) => format(parseISO(ctx.today), 'd MMMM yyyy') },
  signature: {
    label: 'Signature block',
    resolve: (ctx) =>
      ctx.mp?.name && ctx.mp.constituency
        ? `${ctx.mp.name}\nMember of Parliament for ${ctx.mp.constituency}`
        : undefined,
  },
};

export type MergeSegment =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; value: string }
  | { kind: 'problem'; name: string; problem: 'missing' | 'unknown' | 'instruction' };

export interface MergeResult {
  segments: MergeSegment[];
  /** Fields the template names that have no value here (e.g. no address on file). */
  missing: string[];
  /** Names in braces that are not merge fields at all (typos). */
  unknown: string[];
  /** A template's instructions to the writer, in square brackets ("[Set out the concern…]"), still in the letter. */
  instructions: string[];
}

/** Square brackets around four or more characters on one line: an instruction, not "[sic]". */
const INSTRUCTION = /\[[^\]\n]{4,}\]/g;

function textWithInstructions(text: string, instructions: Set<string>): MergeSegment[] {
  const segments: MergeSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(INSTRUCTION)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    instructions.add(match[0]);
    segments.push({ kind: 'problem', name: match[0], problem: 'instruction' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Whether the letter still has blanks, braces or instructions: then it must not go out. */
export function hasProblems(result: MergeResult): boolean {
  return result.missing.length + result.unknown.length + result.instructions.length > 0;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

/** A template's plain text and its `{{placeholders}}`, in order (the editor shows placeholders as chips). */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    parts.push({ kind: 'placeholder', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

export function isMergeField(name: string): boolean {
  return Object.hasOwn(MERGE_FIELDS, name);
}

/**
 * Merges a template into segments of plain text and field values. Values are text, never markup:
 * whoever renders them (editor, PDF, Word) escapes them. A letter with problems must not be sent.
 */
export function mergeTemplate(template: string, ctx: MergeContext): MergeResult {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const instructions = new Set<string>();
  const segments = templateParts(template).flatMap((part): MergeSegment[] => {
    if (part.kind === 'text') return textWithInstructions(part.text, instructions);
    const { name } = part;
    if (!isMergeField(name)) {
      unknown.add(name);
      return [{ kind: 'problem', name, problem: 'unknown' }];
    }
    const value = MERGE_FIELDS[name]!.resolve(ctx);
    if (value === undefined || value.trim() === '') {
      missing.add(name);
      return [{ kind: 'problem', name, problem: 'missing' }];
    }
    return [{ kind: 'field', name, value }];
  });
  return { segments, missing: [...missing], unknown: [...unknown], instructions: [...instructions] };
}

/** The merged letter as plain text; only for a result without problems. */
export function mergedText(result: MergeResult): string {
  if (hasProblems(result)) {
    throw new Error('A letter with missing or unknown merge fields, or instructions, cannot be finished.');
  }
  return result.segments.map((s) => (s.kind === 'text' ? s.text : s.kind === 'field' ? s.value : '')).join('');
}
