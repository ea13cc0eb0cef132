import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('staleEdits', (engine) => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await startTempBackend({ staffName: 'Sam Okoro', start: '2026-11-24T14:02:00.000Z', engine });
    await t.api('settings.update', { constituencyName: '', constituencyCode: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('edits carry the version they started from', () => {
    it('refuses a stale case edit, naming who changed it and when, and keeps their change', async () => {
      const person = await t.api('constituents.create', {
        firstName: 'Ada',
        lastName: 'Obi',
        email: 'ada@example.org',
        preferredContact: 'email',
      });
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Visa delay',
        category: 'immigration',
        openedOn: '2026-11-24',
      });
      const mine = { id: opened.id, version: opened.version, category: 'immigration' as const };
      const saved = await t.api('cases.update', { ...mine, title: 'Visa delay, urgent' });
      expect(saved.version).toBe(opened.version + 1);
      await expect(t.api('cases.update', { ...mine, title: 'Spouse visa' })).rejects.toMatchObject({
        error: {
          code: 'CONFLICT',
          message: 'Sam Okoro changed this case at 24 Nov 2026, 14:02 — reload to see it, then make your change again.',
        },
      });
      expect((await t.api('cases.get', { id: opened.id })).record.title).toBe('Visa delay, urgent');
    });

    it('refuses a stale edit of a constituent the same way', async () => {
      const person = await t.api('constituents.create', {
        firstName: 'Ben',
        lastName: 'Evans',
        email: 'ben@example.org',
        preferredContact: 'email',
      });
      const base = {
        id: person.id,
        version: person.version,
        lastName: 'Evans',
        email: 'ben@example.org',
        preferredContact: 'email' as const,
      };
      await t.api('constituents.update', { ...base, firstName: 'Benjamin' });
      await expect(t.api('constituents.update', { ...base, firstName: 'Benny' })).rejects.toMatchObject({
        error: {
          code: 'CONFLICT',
          message: expect.stringMatching(/^Sam Okoro changed this person’s record at 24 Nov 2026, 14:02/),
        },
      });
      expect((await t.api('constituents.get', { id: person.id })).constituent.firstName).toBe('Benjamin');
    });

    it('refuses stale edits of an organisation and of a campaign, keeping the first', async () => {
      const office = await t.api('organisations.create', {
        name: 'Home Office',
        kind: 'government_department',
        replyTargetDays: 20,
      });
      const org = {
        id: office.id,
        version: office.version,
        kind: 'government_department' as const,
        replyTargetDays: 20,
      };
      await t.api('organisations.update', { ...org, name: 'Home Office (UKVI)' });
      await expect(t.api('organisations.update', { ...org, name: 'The Home Office' })).rejects.toMatchObject({
        error: {
          code: 'CONFLICT',
          message: expect.stringMatching(/^Sam Okoro changed this organisation at 24 Nov 2026, 14:02/),
        },
      });
      expect((await t.api('organisations.get', { id: office.id })).organisation.name).toBe('Home Office (UKVI)');

      const campaign = await t.api('campaigns.create', {
        title: 'More police',
        kind: 'petition',
        startedOn: '2026-11-01',
      });
      const base = { id: campaign.id, version: campaign.version, kind: 'petition' as const };
      await t.api('campaigns.update', { ...base, title: 'More police for Dagenham' });
      await expect(t.api('campaigns.update', { ...base, title: 'Police now' })).rejects.toMatchObject({
        error: { code: 'CONFLICT', message: expect.stringMatching(/^Sam Okoro changed this campaign at/) },
      });
      expect((await t.api('campaigns.get', { id: campaign.id })).campaign.title).toBe('More police for Dagenham');
    });
  });
});
