import type { ImportProblem, SignatureMapping } from '../../../../shared/contract/signatures';
import { readSignatureRow, type SignatureDraft } from './signatureRows';

export interface ExistingSignatureKeys {
  /** Lower-case emails already signed. */
  emails: Set<string>;
  /** `nameKey|postcode` already signed. */
  namesAtPostcodes: Set<string>;
}

/** Which rule, if any, says this signer has already signed: same email (any case), or same name at the same postcode. */
export function alreadySigned(
  keys: ExistingSignatureKeys,
  signer: { email: string; nameKey: string; postcode: string },
) {
  const email = signer.email.toLowerCase();
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

/**
 * Validates and de-duplicates rows against each other and against what the campaign already has:
 * the same email (any case), or the same normalised name at the same postcode, is one signer.
 */
export function planSignatureImport(
  rows: string[][],
  mapping: SignatureMapping,
  existing: ExistingSignatureKeys,
): SignatureImportPlan {
  const emails = new Map<string, number>();
  const names = new Map<string, number>();
  const plan: SignatureImportPlan = { accepted: [], duplicates: 0, invalid: 0, problems: [] };
  rows.forEach((cells, index) => {
    const row = index + 2;
    const result = readSignatureRow(cells, mapping);
    if ('problem' in result) {
      plan.invalid++;
      plan.problems.push({ row, reason: result.problem });
      return;
    }
    const email = result.email.toLowerCase();
    const namePostcode = `${result.nameKey}|${result.postcode}`;
    const earlier = (email && emails.get(email)) || names.get(namePostcode);
    const already = alreadySigned(existing, result);
    if (earlier || already) {
      plan.duplicates++;
      plan.problems.push({
        row,
        reason: earlier
          ? `Duplicate of row ${earlier} (same ${email && emails.get(email) ? 'email' : 'name and postcode'})`
          : `Already signed this campaign (same ${already})`,
      });
      return;
    }
    if (email) emails.set(email, row);
    names.set(namePostcode, row);
    plan.accepted.push({ row, draft: result });
  });
  return plan;
}
