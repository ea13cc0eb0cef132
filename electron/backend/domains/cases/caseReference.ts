import type { Db } from '../../context';

export function formatCaseReference(year: number, sequence: number): string {
  return `PB-${year}-${String(sequence).padStart(4, '0')}`;
}

/** Takes the next number in the year's sequence; call inside the transaction that inserts the case. */
export async function takeCaseReferences(db: Db, year: number, count = 1): Promise<string[]> {
  const row = await db
    .insertInto('caseReferenceCounters')
    .values({ year, lastNumber: count })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ lastNumber: eb('lastNumber', '+', count) })))
    .returning('lastNumber')
    .executeTakeFirstOrThrow();
  const first = row.lastNumber - count + 1;
  return Array.from({ length: count }, (_, i) => formatCaseReference(year, first + i));
}
