import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvBytes, signatureCsv } from '../support/csvFiles';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('samePerson', (engine) => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await startTempBackend({ engine });
    await t.api('constituents.create', {
      firstName: 'Zoë',
      lastName: "O'Brien",
      email: 'zoe@example.org',
      addressLine1: '1 Heathway',
      postcode: 'RM9 6XX',
      preferredContact: 'email',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('one rule for the same person', () => {
    it('warns of a duplicate constituent whatever the case, accents, punctuation or spacing of the name', async () => {
      await expect(
        t.api('constituents.create', {
          firstName: 'zoe',
          lastName: 'obrien',
          addressLine1: '1 Heathway',
          postcode: 'rm9 6xx',
          preferredContact: 'post',
        }),
      ).rejects.toMatchObject({
        error: { code: 'CONFLICT', details: { duplicates: [{ matchedOn: 'name_and_postcode' }] } },
      });
      await expect(
        t.api('constituents.create', {
          firstName: 'Ann',
          lastName: 'Other',
          email: 'ZOE@Example.ORG',
          preferredContact: 'email',
        }),
      ).rejects.toMatchObject({ error: { code: 'CONFLICT', details: { duplicates: [{ matchedOn: 'email' }] } } });
    });

    it('de-duplicates signatures and links signers to constituents by the same rule', async () => {
      const { id: campaignId } = await t.api('campaigns.create', {
        title: 'Petition',
        kind: 'petition',
        startedOn: '2019-09-01',
      });
      const file = signatureCsv([
        ['ZOË  O’BRIEN', '', 'RM9 6XX', ''],
        ["Zoe O'Brien", 'zoe.obrien@example.net', 'rm96xx', ''],
        ['Sam Okoro', 'SAM@example.org', 'RM10 8AB', ''],
        ['Samuel Okoro', 'sam@EXAMPLE.org', 'RM10 8AB', ''],
      ]);
      const result = await t.job('signatures.import', {
        campaignId,
        stagedFileId: await t.stage(csvBytes(file)),
        mapping: { fullName: 0, email: 1, postcode: 2, signedOn: 3 },
      });
      expect(result).toMatchObject({ imported: 2, duplicates: 2, linkedToConstituents: 1 });
    });
  });
});
