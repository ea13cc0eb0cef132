import { foldText } from './textMatching';

/**
 * The one rule for "the same person", used by the constituent duplicate warning, signature
 * de-duplication and matching signers to constituents: the same e-mail address (in any case), or
 * the same name at the same postcode, the name compared without case, accents, punctuation or
 * spacing ("Zoë O'Brien" is "zoe obrien", "Mary-Jane McDonald" is "Mary Jane Mc Donald").
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function nameKey(name: string): string {
  // Most names are plain ASCII, and this runs for every imported row: fold only what needs it.
  const folded = /^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : foldText(name);
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}
