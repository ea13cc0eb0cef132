/** Builders for signature CSV files as offices receive them. */

export function csvBytes(text: string, options: { bom?: boolean; encoding?: 'utf8' | 'latin1' } = {}): Buffer {
  const body = Buffer.from(text, options.encoding ?? 'utf8');
  return options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export function signatureCsv(rows: string[][], header = ['Name', 'Email', 'Postcode', 'Signed'], eol = '\n'): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [header, ...rows].map((row) => row.map(quote).join(',')).join(eol) + eol;
}

const OUTWARDS = ['RM8', 'RM9', 'RM10', 'RM13', 'IG11'];

/** n distinct valid signers, deterministic. */
export function signers(n: number, offset = 0): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const k = i + offset;
    return [`Signer ${k}`, `signer${k}@example.org`, `${OUTWARDS[k % OUTWARDS.length]} ${(k % 9) + 1}AB`, '24/10/2019'];
  });
}
