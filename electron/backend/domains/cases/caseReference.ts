export function formatCaseReference(year: number, sequence: number): string {
  return `PB-${year}-${String(sequence).padStart(4, '0')}`;
}
