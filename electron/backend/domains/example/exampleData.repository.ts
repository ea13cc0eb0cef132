import type { ExampleDataCounts } from '../../../../shared/contract/system';
import type { Db } from '../../context';

/** Deletes every example record (the campaign with its signatures), and any case opened against an example constituent. */
export async function deleteExampleRecords(trx: Db): Promise<ExampleDataCounts> {
  const exampleConstituents = trx.selectFrom('constituents').select('id').where('isExample', '=', 1);
  const cases = await trx
    .deleteFrom('cases')
    .where((eb) => eb.or([eb('isExample', '=', 1), eb('constituentId', 'in', exampleConstituents)]))
    .executeTakeFirst();
  const signatures = await trx
    .selectFrom('signatures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('campaignId', 'in', trx.selectFrom('campaigns').select('id').where('isExample', '=', 1))
    .executeTakeFirstOrThrow();
  const campaigns = await trx.deleteFrom('campaigns').where('isExample', '=', 1).executeTakeFirst();
  await trx.deleteFrom('correspondence').where('isExample', '=', 1).execute();
  await trx.deleteFrom('organisations').where('isExample', '=', 1).execute();
  const constituents = await trx.deleteFrom('constituents').where('isExample', '=', 1).executeTakeFirst();
  return {
    constituents: Number(constituents.numDeletedRows),
    cases: Number(cases.numDeletedRows),
    campaigns: Number(campaigns.numDeletedRows),
    signatures: Number(signatures.n),
  };
}
