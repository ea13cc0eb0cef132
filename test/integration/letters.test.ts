import type { DownloadFile } from '../../shared/contract/uploads';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('letters', (engine) => {
  let t: TempBackend;
  let caseId: number;
  let homeOffice: number;
  beforeEach(async () => {
    t = await startTempBackend({ staffName: 'Sam Okoro', start: '2026-01-21T10:00:00.000Z', engine });
    await t.api('settings.update', {
      constituencyName: 'Dagenham and Rainham',
      mpName: 'Jon Cruddas MP',
      officeAddress: 'House of Commons\nLONDON\nSW1A 0AA',
    });
    homeOffice = (
      await t.api('organisations.create', {
        name: 'Home Office',
        kind: 'government_department',
        address: '2 Marsham Street\nLONDON\nSW1P 4DF',
        replyTargetDays: 20,
      })
    ).id;
    const person = await t.api('constituents.create', {
      firstName: '<b>Bob</b>',
      lastName: 'Smith & Sons',
      email: 'bob@example.org',
      addressLine1: '14 Heathway',
      town: 'Dagenham',
      postcode: 'rm9 6xx',
      preferredContact: 'post',
    });
    caseId = (
      await t.api('cases.create', {
        constituentId: person.id,
        title: 'Spouse visa delay',
        category: 'immigration',
        openedOn: '2025-12-10',
      })
    ).id;
  });
  afterEach(async () => {
    await t.close();
  });

  async function documentText(file: DownloadFile): Promise<{ xml: string; paragraphs: string[] }> {
    const zip = await JSZip.loadAsync(await t.download(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    return { xml, paragraphs };
  }

  describe('letters', () => {
    it('come with a letter, a chaser and a campaign standard reply template', async () => {
      expect((await t.api('letters.templates', {})).map((l) => [l.name, l.purpose])).toEqual([
        ['Letter about a case', 'letter'],
        ['Chaser', 'chaser'],
        ['Campaign standard reply', 'standard_reply'],
      ]);
    });

    it('can be added and edited as templates', async () => {
      const created = await t.api('letters.saveTemplate', {
        name: 'Thanks',
        purpose: 'letter',
        subject: 'Thank you',
        body: 'Dear {{constituent.firstName}},',
      });
      const edited = await t.api('letters.saveTemplate', { ...created, name: 'Thank-you letter' });
      expect(edited).toEqual({ ...created, name: 'Thank-you letter', version: created.version + 1 });
      // Saved again from the version it was opened at: a colleague's save meanwhile is not overwritten.
      await expect(t.api('letters.saveTemplate', { ...created, name: 'Thanks again' })).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringMatching(/^Sam Okoro changed this template at/) },
      });
      expect((await t.api('letters.templates', {})).map((l) => l.name)).toEqual([
        'Letter about a case',
        'Chaser',
        'Campaign standard reply',
        'Thank-you letter',
      ]);
      await expect(
        t.api('letters.saveTemplate', { id: 999, version: 1, name: 'x', purpose: 'letter', body: 'x' }),
      ).rejects.toMatchObject({
        error: { code: 'NOT_FOUND' },
      });
    });

    it('export as Word with the letterhead, real paragraphs, merged fields, and markup escaped', async () => {
      const [template] = await t.api('letters.templates', {});
      const instruction = '[Set out the constituent’s concern and what you are asking for.]';
      expect(template!.body).toContain(instruction);
      const asTemplated = { caseId, organisationId: homeOffice, subject: template!.subject, body: template!.body };
      await expect(t.api('letters.exportDocx', asTemplated)).rejects.toMatchObject({
        error: {
          code: 'VALIDATION',
          message: `Instructions still to replace: ${instruction}. Fill them in or remove them before the letter can be finished.`,
        },
      });
      const file = await t.api('letters.exportDocx', {
        ...asTemplated,
        body: template!.body.replace(instruction, 'The visa decision is now four months late.'),
      });
      expect(file.fileName).toBe('Spouse visa delay.docx');
      const { xml, paragraphs } = await documentText(file);
      expect(paragraphs.slice(0, 4)).toEqual(['Jon Cruddas MP', 'House of Commons', 'LONDON', 'SW1A 0AA']);
      expect(paragraphs).toEqual(
        expect.arrayContaining([
          '2 Marsham Street',
          'SW1P 4DF',
          '21 January 2026',
          'Our reference: PB-2025-0001',
          'I am writing on behalf of my constituent, &lt;b&gt;Bob&lt;/b&gt; Smith &amp; Sons, of:',
          '14 Heathway',
          'DAGENHAM',
          'RM9 6XX',
          'Member of Parliament for Dagenham and Rainham',
        ]),
      );
      expect(xml).not.toMatch(/<b>Bob<\/b>|\{\{/);
    });

    it('put the office logo on the Word letterhead at its printed size, and take it off again', async () => {
      const png = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/letterhead-logo.png'));
      const logo = await t.api('letterhead.setLogo', { stagedFileId: await t.stage(png) });
      expect(logo).toMatchObject({ mediaType: 'image/png', widthPx: 300, heightPx: 100 });
      expect(await t.api('letterhead.logo', {})).toEqual({ logo });

      const exportLetter = () =>
        t.api('letters.exportDocx', {
          caseId,
          organisationId: homeOffice,
          subject: 'Logo',
          body: 'Dear Sir or Madam,',
        });
      const zip = await JSZip.loadAsync(await t.download(await exportLetter()));
      const media = zip.file(/^word\/media\//);
      expect(media).toHaveLength(1);
      expect(Buffer.compare(await media[0]!.async('nodebuffer'), png)).toBe(0);
      // 300 × 100 px fitted into 6 cm × 2 cm is 227 × 76 px; Word measures in EMUs (9,525 a pixel).
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain(`<wp:extent cx="${227 * 9525}" cy="${76 * 9525}"/>`);
      expect((await documentText(await exportLetter())).paragraphs.slice(1, 2)).toEqual(['Jon Cruddas MP']);

      await t.api('letterhead.removeLogo', {});
      expect(await t.api('letterhead.logo', {})).toEqual({ logo: null });
      const plain = await JSZip.loadAsync(await t.download(await exportLetter()));
      expect(plain.file(/^word\/media\//)).toHaveLength(0);
    });

    it('refuse a logo that is not a PNG or JPEG image, keeping the one they had', async () => {
      const png = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/letterhead-logo.png'));
      const logo = await t.api('letterhead.setLogo', { stagedFileId: await t.stage(png) });
      const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
      for (const bytes of [Buffer.from('not an image at all'), gif]) {
        await expect(t.api('letterhead.setLogo', { stagedFileId: await t.stage(bytes) })).rejects.toMatchObject({
          error: { code: 'VALIDATION', message: 'The logo must be a PNG or JPEG image; this file is neither.' },
        });
      }
      expect(await t.api('letterhead.logo', {})).toEqual({ logo });
    });

    it('refuse to finish a letter with missing or unknown fields, naming them', async () => {
      await expect(
        t.api('letters.exportDocx', { caseId, subject: 'x', body: 'To {{organisation.name}}, re {{case.refrence}}' }),
      ).rejects.toMatchObject({
        error: {
          code: 'VALIDATION',
          message:
            'No value for: Organisation. Not merge fields: {{case.refrence}}. Fill them in or remove them before the letter can be finished.',
          details: { missing: ['organisation.name'], unknown: ['case.refrence'], instructions: [] },
        },
      });
    });

    it('draft a chaser from the unanswered letter', async () => {
      const letter = await t.api('correspondence.recordOutgoing', {
        organisationId: homeOffice,
        caseId,
        channel: 'letter',
        subject: 'Spouse visa application',
        sentOn: '2025-12-18',
      });
      // Due 20 January 2026; the clock says 21 January: time to chase.
      expect(letter).toMatchObject({ replyDueOn: '2026-01-20', overdue: true });
      const chaser = (await t.api('letters.templates', {})).find((l) => l.purpose === 'chaser')!;
      const context = await t.api('letters.context', { previousId: letter.id });
      expect(context).toMatchObject({
        case: { reference: 'PB-2025-0001' },
        organisation: { name: 'Home Office' },
        previous: { sentOn: '2025-12-18' },
      });
      const file = await t.api('letters.exportDocx', {
        previousId: letter.id,
        subject: chaser.subject,
        body: chaser.body,
      });
      expect(file.fileName).toBe('Chasing- Spouse visa application.docx');
      const { paragraphs } = await documentText(file);
      expect(paragraphs.join('\n')).toContain('On 18 December 2025 I wrote to you about “Spouse visa application”');
    });
  });

  describe('letter drafts', () => {
    it('are saved, updated, listed for their case and reopened; sending the letter removes its draft in the same save', async () => {
      const first = await t.api('letters.saveDraft', {
        caseId,
        organisationId: homeOffice,
        purpose: 'letter',
        subject: 'Visa',
        body: 'Dear Sir or Madam, the decision',
      });
      const again = await t.api('letters.saveDraft', { ...first, body: 'Dear Sir or Madam, the decision is late.' });
      expect(again.id).toBe(first.id);
      expect(await t.api('letters.drafts', { caseId })).toEqual([
        expect.objectContaining({
          id: first.id,
          body: 'Dear Sir or Madam, the decision is late.',
          organisationName: 'Home Office',
          updatedBy: 'Sam Okoro',
        }),
      ]);
      expect((await t.api('letters.draft', { id: first.id })).caseReference).toMatch(/^PB-/);

      await expect(
        t.api('correspondence.recordOutgoing', {
          caseId,
          organisationId: homeOffice,
          channel: 'letter',
          subject: 'Visa',
          sentOn: '2026-11-24',
          draftId: 999,
        }),
      ).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await t.api('correspondence.list', { caseId })).toEqual([]);

      await t.api('correspondence.recordOutgoing', {
        caseId,
        organisationId: homeOffice,
        channel: 'letter',
        subject: 'Visa',
        body: 'Dear Sir or Madam, the decision is late.',
        sentOn: '2026-11-24',
        draftId: first.id,
      });
      expect(await t.api('letters.drafts', { caseId })).toEqual([]);
      await expect(t.api('letters.draft', { id: first.id })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it('can be discarded', async () => {
      const draft = await t.api('letters.saveDraft', { caseId, purpose: 'chaser', subject: 'Chase', body: 'x' });
      await t.api('letters.discardDraft', { id: draft.id });
      expect(await t.api('letters.drafts', {})).toEqual([]);
    });
  });
});
