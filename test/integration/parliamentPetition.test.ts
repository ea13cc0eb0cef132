import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('parliamentPetition', (engine) => {
  const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/parliament-petition.json'));

  let t: TempBackend;
  let campaignId: number;
  beforeEach(async () => {
    t = await startTempBackend({ staffName: 'Sam Okoro', engine });
    campaignId = (await t.api('campaigns.create', { title: 'Police', kind: 'petition', startedOn: '2019-09-01' })).id;
  });
  afterEach(async () => {
    await t.close();
  });

  const setConstituency = (constituencyName: string, constituencyCode = '') =>
    t.api('settings.update', { constituencyName, constituencyCode });
  const importFile = async (content: Buffer | string) =>
    t.api('campaigns.importParliamentPetition', {
      campaignId,
      fileName: 'petition.json',
      stagedFileId: await t.stage(Buffer.from(content)),
    });

  describe('UK Parliament petition files', () => {
    it('record the national total, this constituency’s count and rank, and the government response', async () => {
      await setConstituency('Dagenham and Rainham', 'e14000657');
      const petition = await importFile(FIXTURE);
      expect(petition).toMatchObject({
        petitionId: 270000,
        action: 'Fund more police officers for outer London',
        state: 'closed',
        signatureCount: 10432,
        constituencyName: 'Dagenham and Rainham',
        constituencyCode: 'E14000657',
        constituencyCount: 1369,
        constituencyRank: 3,
        constituenciesTotal: 4,
        respondedOn: '2019-11-18',
        responseSummary: 'The Government is recruiting 20,000 additional police officers over three years.',
      });
      const { matchedBy, ...recorded } = petition;
      expect(matchedBy).toBe('code');
      expect((await t.api('campaigns.get', { id: campaignId })).parliamentPetition).toEqual(recorded);
    });

    it('count for whichever constituency the office is set up for, by name when no code is set', async () => {
      await setConstituency('barking');
      expect(await importFile(FIXTURE)).toMatchObject({
        constituencyName: 'Barking',
        constituencyCount: 2932,
        constituencyRank: 1,
      });
      await setConstituency('Ilford North', 'E14000759');
      expect(await importFile(FIXTURE)).toMatchObject({
        constituencyCode: 'E14000759',
        constituencyCount: 0,
        constituencyRank: 0,
      });
    });

    it('refuse a file with missing fields, saying which, and record nothing', async () => {
      await setConstituency('Dagenham and Rainham', 'E14000657');
      const broken = JSON.parse(FIXTURE.toString());
      delete broken.data.attributes.signature_count;
      delete broken.data.attributes.signatures_by_constituency;
      await expect(importFile(JSON.stringify(broken))).rejects.toMatchObject({
        error: {
          code: 'IMPORT_REJECTED',
          message: expect.stringMatching(
            /data\.attributes\.signature_count, data\.attributes\.signatures_by_constituency missing/,
          ),
        },
      });
      await expect(importFile('not json at all')).rejects.toMatchObject({ error: { code: 'IMPORT_REJECTED' } });
      expect((await t.api('campaigns.get', { id: campaignId })).parliamentPetition).toBeNull();
    });

    it('ask for the constituency in Settings first', async () => {
      await expect(importFile(FIXTURE)).rejects.toMatchObject({
        error: { code: 'VALIDATION', message: expect.stringMatching(/Settings/) },
      });
    });

    it('reject a malformed ONS code in Settings', async () => {
      await expect(setConstituency('Dagenham and Rainham', 'E1400065')).rejects.toMatchObject({
        error: { fields: { constituencyCode: ['Enter the constituency’s ONS code, like E14000657'] } },
      });
    });
  });

  describe('matching the constituency across boundary reviews', () => {
    const fixture = () =>
      JSON.parse(FIXTURE.toString('utf8')) as { data: { id: number; attributes: Record<string, unknown> } };

    it('finds it by code first, then by name (a 2024 code the file lacks), and says which', async () => {
      await setConstituency('Dagenham and Rainham', 'E14000657');
      expect((await importFile(FIXTURE)).matchedBy).toBe('code');
      await setConstituency('dagenham AND rainham', 'E14001999');
      expect(await importFile(FIXTURE)).toMatchObject({ matchedBy: 'name', constituencyCount: 1369 });
      await setConstituency('Nowhere North', 'E14001998');
      expect(await importFile(FIXTURE)).toMatchObject({ matchedBy: 'none', constituencyCount: 0 });
    });

    it('reads copies without ons_code or mp, matching by name', async () => {
      const copy = fixture();
      const rows = copy.data.attributes.signatures_by_constituency as Record<string, unknown>[];
      copy.data.attributes.signatures_by_constituency = rows.map(({ name, signature_count }) => ({
        name,
        signature_count,
      }));
      await setConstituency('Dagenham and Rainham', 'E14000657');
      expect(await importFile(JSON.stringify(copy))).toMatchObject({ matchedBy: 'name', constituencyCount: 1369 });
    });

    it('asks before a different petition replaces the one recorded', async () => {
      await setConstituency('Dagenham and Rainham');
      await importFile(FIXTURE);
      const other = fixture();
      other.data.id = 999999;
      other.data.attributes.action = 'A different petition';
      const content = Buffer.from(JSON.stringify(other));
      await expect(
        t.api('campaigns.importParliamentPetition', {
          campaignId,
          fileName: 'other.json',
          stagedFileId: await t.stage(content),
        }),
      ).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringMatching(/already has the petition/) },
      });
      expect((await t.api('campaigns.get', { id: campaignId })).parliamentPetition?.petitionId).toBe(270000);
      await t.api('campaigns.importParliamentPetition', {
        campaignId,
        fileName: 'other.json',
        stagedFileId: await t.stage(content),
        replace: true,
      });
      expect((await t.api('campaigns.get', { id: campaignId })).parliamentPetition?.petitionId).toBe(999999);
      expect(await importFile(FIXTURE.toString('utf8')).catch((e: { error: { code: string } }) => e.error.code)).toBe(
        'CONFLICT',
      );
    });
  });
});
