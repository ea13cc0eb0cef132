/** "1 signature", "5,000 signatures", "1 duplicate", "2 working days": a count in UK digits and the right form. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
