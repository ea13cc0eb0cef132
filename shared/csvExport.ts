/**
 * CSV for people to open in Excel: every cell quoted, and cells that a spreadsheet would run as a
 * formula (starting = + - @, tab or CR) prefixed with an apostrophe so they stay text.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
