import type { ImportProblem, SignatureMapping } from '../../../../shared/contract/signatures';
import { formatUkDate } from '../../../../shared/dates';
import { emailKey } from '../../../../shared/samePerson';
import { readSignatureRow, type SignatureDraft } from './signatureRows';

/** Who has already signed, under the one same-person rule (shared/samePerson.ts). */
export interface ExistingSignatureKeys {
  /** E-mail keys already signed. */
  emails: Set<string>;
  /** `nameKey|postcode` already signed. */
  namesAtPostcodes: Set<string>;
}

/** Which rule, if any, says this signer has already signed: same email (any case), or same name at the same postcode. */
export function alreadySigned(
  keys: ExistingSignatureKeys,
  signer: { email: string; nameKey: string; postcode: string },
) {
  const email = emailKey(signer.email);
  if (email && keys.emails.has(email)) return 'email';
  if (keys.namesAtPostcodes.has(`${signer.nameKey}|${signer.postcode}`)) return 'name and postcode';
  return null;
}

export interface SignatureImportPlan {
  accepted: { row: number; draft: SignatureDraft }[];
  duplicates: number;
  invalid: number;
  /** Row → why it was not accepted (invalid or duplicate). */
  problems: ImportProblem[];
}

/** The dates a signature can honestly carry: not before the campaign started, not after today. */
export interface SigningWindow {
  startedOn: string;
  today: string;
}

function dateProblem(signedOn: string, window: SigningWindow): string | null {
  if (signedOn === '') return null;
  if (signedOn > window.today) return `Signed ${formatUkDate(signedOn)}, which is after today`;
  if (signedOn < window.startedOn) {
    return `Signed ${formatUkDate(signedOn)}, before the campaign started (${formatUkDate(window.startedOn)})`;
  }
  return null;
}

const isShouting = (name: string) => /\p{Lu}/u.test(name) && name === name.toUpperCase();

/**
 * Two rows for one signer become one record, the most complete: an e-mail over none, "Zoë Jones"
 * over "ZOË JONES", and any address or date one of them lacks taken from the other.
 */
export function mostComplete(kept: SignatureDraft, copy: SignatureDraft): SignatureDraft {
  return {
    ...kept,
    fullName: isShouting(kept.fullName) && !isShouting(copy.fullName) ? copy.fullName : kept.fullName,
    email: kept.email || copy.email,
    address: kept.address || copy.address,
    signedOn: kept.signedOn || copy.signedOn,
    comment: kept.comment || copy.comment,
  };
}

/**
 * Validates and de-duplicates rows against each other and against what the campaign already has:
 * the same email (any case), or the same normalised name at the same postcode, is one signer.
 * A problem keeps the row as read, so a rejected-rows file can be corrected and imported again.
 */
export function planSignatureImport(
  rows: string[][],
  mapping: SignatureMapping,
  existing: ExistingSignatureKeys,
  window: SigningWindow,
): SignatureImportPlan {
  const emails = new Map<string, number>();
  const names = new Map<string, number>();
  const acceptedByRow = new Map<number, number>();
  const plan: SignatureImportPlan = { accepted: [], duplicates: 0, invalid: 0, problems: [] };
  rows.forEach((cells, index) => {
    const row = index + 2;
    const read = readSignatureRow(cells, mapping);
    const problem = 'problem' in read ? read.problem : dateProblem(read.signedOn, window);
    if (problem !== null || 'problem' in read) {
      plan.invalid++;
      plan.problems.push({ row, reason: problem!, cells });
      return;
    }
    const email = emailKey(read.email);
    const namePostcode = `${read.nameKey}|${read.postcode}`;
    const earlier = (email && emails.get(email)) || names.get(namePostcode);
    const already = alreadySigned(existing, read);
    if (earlier || already) {
      plan.duplicates++;
      if (earlier) {
        const kept = plan.accepted[acceptedByRow.get(earlier)!]!;
        kept.draft = mostComplete(kept.draft, read);
        if (kept.draft.email) emails.set(emailKey(kept.draft.email), earlier);
      }
      plan.problems.push({
        row,
        reason: earlier
          ? `Duplicate of row ${earlier} (same ${email && emails.get(email) ? 'email' : 'name and postcode'}); details it adds are kept there`
          : `Already signed this campaign (same ${already})`,
        cells,
      });
      return;
    }
    if (email) emails.set(email, row);
    names.set(namePostcode, row);
    acceptedByRow.set(row, plan.accepted.length);
    plan.accepted.push({ row, draft: read });
  });
  return plan;
}
