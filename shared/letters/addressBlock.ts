/**
 * A postal address as Royal Mail asks for it: one item a line, the post town in capitals,
 * and the postcode on a line of its own. Blank parts are left out.
 */
export function addressBlock(parts: { name?: string; lines: string[]; town: string; postcode: string }): string[] {
  return [parts.name ?? '', ...parts.lines, parts.town.toUpperCase(), parts.postcode.toUpperCase()]
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
