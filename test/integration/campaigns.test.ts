import path from 'node:path';
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('campaigns', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ staffName: 'Sam', start: '2019-11-20T10:00:00.000Z', engine });
  });
  afterEach(async () => {
    await t.close();
  });

  /** A campaign whose standard reply reaches Ann (constituent) and Dev (signer with an address); Bob asked not to be contacted; Cat and Eve gave no address. */
  async function campaignWithRecipients() {
    const campaign = await t.api('campaigns.create', {
      title: 'Police',
      kind: 'petition',
      ask: 'More police for Dagenham.',
      startedOn: '2019-09-02',
    });
    const base = { preferredContact: 'post' as const, town: 'Dagenham', postcode: 'RM9 6XX' };
    const ann = await t.api('constituents.create', {
      ...base,
      firstName: 'Ann',
      lastName: 'Able',
      addressLine1: '1 Heathway',
    });
    const bob = await t.api('constituents.create', {
      ...base,
      firstName: 'Bob',
      lastName: 'Busy',
      addressLine1: '2 Heathway',
      doNotContact: true,
    });
    const cat = await t.api('constituents.create', {
      firstName: 'Cat',
      lastName: 'Code',
      email: 'cat@example.org',
      preferredContact: 'email',
    });
    for (const person of [ann, bob, cat])
      await t.api('campaigns.linkConstituent', { campaignId: campaign.id, constituentId: person.id });
    await t.api('signatures.add', { campaignId: campaign.id, fullName: 'Ann Able', postcode: 'RM9 6XX' });
    await t.api('signatures.add', {
      campaignId: campaign.id,
      fullName: 'Dev Dale',
      postcode: 'RM10 8AB',
      address: '3 Oxlow Lane, Dagenham',
    });
    await t.api('signatures.add', { campaignId: campaign.id, fullName: 'Eve Echo', postcode: 'RM10 8AB' });

    return campaign;
  }

  describe('campaigns', () => {
    it('move through stages with a dated timeline, and count the days waiting for a response', async () => {
      const campaign = await t.api('campaigns.create', {
        title: 'More police for Barking and Dagenham and Havering',
        kind: 'petition',
        targetOrganisation: 'Home Office',
        signatureGoal: 5000,
        startedOn: '2019-09-02',
      });
      expect(campaign).toMatchObject({ stage: 'planning', stageSince: '2019-09-02', signatureGoal: 5000 });
      await t.api('campaigns.changeStage', { campaignId: campaign.id, stage: 'collecting', occurredOn: '2019-09-05' });
      await t.api('campaigns.changeStage', {
        campaignId: campaign.id,
        stage: 'delivered',
        occurredOn: '2019-10-28',
        note: 'Handed in by the MP',
      });
      await t.api('campaigns.addMilestone', {
        campaignId: campaign.id,
        occurredOn: '2019-10-09',
        title: 'Uplift announced',
      });
      const waiting = await t.api('campaigns.changeStage', {
        campaignId: campaign.id,
        stage: 'awaiting_response',
        occurredOn: '2019-10-29',
      });

      expect(waiting.daysWaiting).toBe(23);
      expect(waiting.timeline.map((e) => [e.occurredOn, e.title])).toEqual([
        ['2019-09-02', 'Campaign started'],
        ['2019-09-05', 'Collecting'],
        ['2019-10-09', 'Uplift announced'],
        ['2019-10-28', 'Delivered'],
        ['2019-10-29', 'Awaiting response'],
      ]);
      const [row] = await t.api('campaigns.list', {});
      expect(row).toMatchObject({ id: campaign.id, stage: 'awaiting_response', daysWaiting: 23, signatures: 0 });

      const responded = await t.api('campaigns.changeStage', {
        campaignId: campaign.id,
        stage: 'responded',
        occurredOn: '2019-11-19',
      });
      expect(responded.daysWaiting).toBeNull();
      await expect(
        t.api('campaigns.changeStage', { campaignId: campaign.id, stage: 'responded', occurredOn: '2019-11-20' }),
      ).rejects.toMatchObject({ error: { code: 'CONFLICT' } });
    });

    it('keeps key figures with their sources, and links constituents and cases', async () => {
      const campaign = await t.api('campaigns.create', { title: 'Police', kind: 'petition', startedOn: '2019-09-02' });
      const withFigure = await t.api('campaigns.addFigure', {
        campaignId: campaign.id,
        label: 'Met officers, 2010',
        value: '33,367',
        source: 'Home Office data',
      });
      expect(withFigure.figures).toEqual([
        { id: expect.any(Number), label: 'Met officers, 2010', value: '33,367', source: 'Home Office data', asOf: '' },
      ]);
      expect((await t.api('campaigns.removeFigure', { id: withFigure.figures[0]!.id })).figures).toEqual([]);

      const person = await t.api('constituents.create', {
        firstName: 'Jo',
        lastName: 'Bloggs',
        email: 'jo@example.org',
        preferredContact: 'email',
      });
      const opened = await t.api('cases.create', {
        campaignId: campaign.id,
        constituentId: person.id,
        title: 'Wrote in about police',
        category: 'policing_crime',
        openedOn: '2019-10-01',
      });
      await t.api('campaigns.linkConstituent', { campaignId: campaign.id, constituentId: person.id });
      const linked = await t.api('campaigns.get', { id: campaign.id });
      expect(linked.constituents.map((c) => c.fullName)).toEqual(['Jo Bloggs']);
      expect(linked.cases.map((c) => c.reference)).toEqual([opened.reference]);
      const unlinked = await t.api('campaigns.unlinkConstituent', {
        campaignId: campaign.id,
        constituentId: person.id,
      });
      expect(unlinked.constituents).toEqual([]);
      await expect(
        t.api('cases.update', {
          id: opened.id,
          version: opened.version,
          title: 'x',
          category: 'other',
          campaignId: 999,
        }),
      ).rejects.toMatchObject({
        error: { code: 'NOT_FOUND', message: 'Campaign 999 does not exist (it may have been removed).' },
      });
      await t.api('cases.update', {
        id: opened.id,
        version: opened.version,
        title: 'x',
        category: 'other',
        campaignId: null,
      });
      expect((await t.api('campaigns.get', { id: campaign.id })).cases).toEqual([]);
    });

    it('list standard-reply recipients once each, with addresses, never anyone marked do-not-contact', async () => {
      const campaign = await campaignWithRecipients();
      expect(await t.api('campaigns.mailMerge', { id: campaign.id })).toEqual({
        recipients: [
          { name: 'Ann Able', addressLines: ['1 Heathway', 'DAGENHAM'], postcode: 'RM9 6XX', source: 'constituent' },
          { name: 'Dev Dale', addressLines: ['3 Oxlow Lane, Dagenham'], postcode: 'RM10 8AB', source: 'signer' },
        ],
        doNotContact: 1,
        withoutAddress: 2,
      });
    });

    it('merge the standard reply for every recipient into one Word file, a letter each', async () => {
      const campaign = await campaignWithRecipients();
      const recipients = await t.api('letters.standardReplyRecipients', { campaignId: campaign.id });
      expect(recipients.contexts.map((c) => [c.constituent?.firstName, c.campaign?.title])).toEqual([
        ['Ann', 'Police'],
        ['Dev', 'Police'],
      ]);
      expect([recipients.doNotContact, recipients.withoutAddress]).toEqual([1, 2]);

      const template = (await t.api('letters.templates', {})).find((l) => l.purpose === 'standard_reply')!;
      const letter = {
        campaignId: campaign.id,
        subject: template.subject,
        body: template.body.replace(/\[Say what has happened since[^\]]*\]/, 'The petition was delivered in November.'),
      };
      await expect(t.job('letters.exportStandardReplyDocx', letter)).rejects.toMatchObject({
        error: { code: 'VALIDATION', message: expect.stringContaining('(2 of 2 letters.)') },
      });
      await t.api('settings.update', {
        constituencyName: 'Dagenham and Rainham',
        mpName: 'Jon Cruddas MP',
        officeAddress: 'House of Commons',
      });
      // A problem in the subject counts against every letter it would go out on.
      await expect(
        t.job('letters.exportStandardReplyDocx', { ...letter, subject: 'For {{constituent.nickname}}' }),
      ).rejects.toMatchObject({
        error: {
          code: 'VALIDATION',
          message: expect.stringContaining('Not merge fields: {{constituent.nickname}}. (2 of 2 letters.)'),
        },
      });
      const logo = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/letterhead-logo.png'));
      await t.api('letterhead.setLogo', { stagedFileId: await t.stage(logo) });
      const file = await t.job('letters.exportStandardReplyDocx', letter);
      expect(file.fileName).toBe('Police - 2 letters.docx');
      const zip = await JSZip.loadAsync(await t.download(file));
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml.match(/<w:sectPr/g)).toHaveLength(2);
      const text = xml.replace(/<[^>]+>/g, ' ');
      expect(text.indexOf('Dear Ann,')).toBeLessThan(text.indexOf('Dear Dev,'));
      expect(text).toContain('3 Oxlow Lane, Dagenham');
      expect(text).not.toContain('Bob');
      // Every letter shows the logo; the file holds it once.
      expect(xml.match(/<wp:inline/g)).toHaveLength(2);
      expect(zip.file(/^word\/media\//)).toHaveLength(1);
    });

    it('validates the goal and title', async () => {
      await expect(
        t.api('campaigns.create', { title: ' ', kind: 'petition', startedOn: '2019-09-02', signatureGoal: 0 }),
      ).rejects.toMatchObject({
        error: {
          code: 'VALIDATION',
          fields: { title: ['Give the campaign a title'], signatureGoal: ['The goal must be at least 1'] },
        },
      });
    });
  });
});
