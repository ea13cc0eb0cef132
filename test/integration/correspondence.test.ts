import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('correspondence', (engine) => {
  let t: TempBackend;
  let homeOffice: number;
  let caseId: number;
  beforeEach(async () => {
    t = await startTempBackend({ start: '2025-12-18T10:00:00.000Z', engine });
    homeOffice = (
      await t.api('organisations.create', { name: 'Home Office', kind: 'government_department', replyTargetDays: 20 })
    ).id;
    const person = await t.api('constituents.create', {
      firstName: 'Jo',
      lastName: 'Bloggs',
      email: 'jo@example.org',
      preferredContact: 'email',
    });
    caseId = (
      await t.api('cases.create', {
        constituentId: person.id,
        title: 'Visa delay',
        category: 'immigration',
        openedOn: '2025-12-01',
      })
    ).id;
  });
  afterEach(async () => {
    await t.close();
  });

  const sendLetter = (sentOn = '2025-12-18') =>
    t.api('correspondence.recordOutgoing', {
      organisationId: homeOffice,
      caseId,
      channel: 'letter',
      subject: 'Visa application',
      sentOn,
    });

  describe('correspondence', () => {
    it('gives a letter to a department its reply due date in working days, with the case reference', async () => {
      const letter = await sendLetter();
      expect(letter).toMatchObject({
        direction: 'out',
        organisationName: 'Home Office',
        ourReference: 'PB-2025-0001',
        replyState: 'awaiting',
        replyDueOn: '2026-01-20',
        overdue: false,
      });
    });

    it('shows as overdue once the clock passes the due date', async () => {
      const letter = await sendLetter();
      t.setNow('2026-01-21T09:00:00.000Z');
      const overdue = await t.api('correspondence.list', { overdueOnly: true });
      expect(overdue.map((i) => i.id)).toEqual([letter.id]);
      expect((await t.api('organisations.get', { id: homeOffice })).organisation.stats).toMatchObject({
        awaiting: 1,
        overdue: 1,
      });
    });

    it('keeps waiting after a holding reply, with the new date promised', async () => {
      const letter = await sendLetter();
      await t.api('correspondence.recordIncoming', {
        inReplyTo: letter.id,
        channel: 'letter',
        subject: 'Holding reply',
        receivedOn: '2026-01-12',
        holding: true,
        newDueOn: '2026-02-06',
      });
      const [items] = [await t.api('correspondence.list', { caseId })];
      expect(items.find((i) => i.id === letter.id)).toMatchObject({ replyState: 'awaiting', replyDueOn: '2026-02-06' });
      expect(items.find((i) => i.isHolding)).toMatchObject({
        direction: 'in',
        ourReference: 'PB-2025-0001',
        inReplyTo: letter.id,
      });
    });

    it('closes the wait on a reply and records the response time in working days for the statistics', async () => {
      const quick = await sendLetter('2025-12-18');
      const slow = await sendLetter('2026-01-05');
      await t.api('correspondence.recordIncoming', {
        inReplyTo: quick.id,
        channel: 'letter',
        subject: 'Reply',
        receivedOn: '2026-01-13',
      });
      await t.api('correspondence.recordIncoming', {
        inReplyTo: slow.id,
        channel: 'email',
        subject: 'Reply',
        receivedOn: '2026-02-09',
      });
      const detail = await t.api('organisations.get', { id: homeOffice });
      expect(detail.correspondence.find((i) => i.id === quick.id)).toMatchObject({
        replyState: 'replied',
        repliedOn: '2026-01-13',
        responseWorkingDays: 15,
      });
      expect(detail.correspondence.find((i) => i.id === slow.id)).toMatchObject({ responseWorkingDays: 25 });
      expect(detail.organisation.stats).toEqual({
        replies: 2,
        medianWorkingDays: 20,
        withinTarget: 1,
        late: 1,
        withinTargetPercent: 50,
        awaiting: 0,
        overdue: 0,
      });
      const [summary] = await t.api('organisations.list', {});
      expect(summary!.stats.medianWorkingDays).toBe(20);

      // Two letters still waiting past their due date count as late: 1 of 4 within target, not 1 of 2.
      await sendLetter('2026-01-06');
      await sendLetter('2026-01-07');
      t.setNow('2026-03-02T10:00:00.000Z');
      expect((await t.api('organisations.get', { id: homeOffice })).organisation.stats).toEqual({
        replies: 2,
        medianWorkingDays: 20,
        withinTarget: 1,
        late: 3,
        withinTargetPercent: 25,
        awaiting: 2,
        overdue: 2,
      });
    });

    it('expects no reply from a note with no organisation, and refuses links to missing records', async () => {
      const note = await t.api('correspondence.recordOutgoing', {
        caseId,
        channel: 'phone',
        subject: 'Called the constituent',
        sentOn: '2025-12-18',
      });
      expect(note).toMatchObject({ replyState: 'not_needed', replyDueOn: '' });
      await expect(
        t.api('correspondence.recordOutgoing', {
          organisationId: 999,
          channel: 'letter',
          subject: 'x',
          sentOn: '2025-12-18',
        }),
      ).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
      await expect(
        t.api('correspondence.recordIncoming', {
          inReplyTo: note.id + 100,
          channel: 'letter',
          subject: 'x',
          receivedOn: '2025-12-19',
        }),
      ).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it('validates the organisation’s reply target', async () => {
      await expect(
        t.api('organisations.create', { name: 'Met', kind: 'police_force', replyTargetDays: 0 }),
      ).rejects.toMatchObject({
        error: { fields: { replyTargetDays: ['The target must be at least 1 working day'] } },
      });
    });
  });

  describe('bank holidays', () => {
    it('use the bundled list until the office loads a newer official file, which then sets due dates', async () => {
      expect(await t.api('bankHolidays.status', {})).toEqual({ source: 'bundled', count: 83, lastDate: '2027-12-28' });
      const official = {
        'england-and-wales': {
          division: 'england-and-wales',
          events: [
            { title: 'Christmas Day', date: '2025-12-25', notes: '', bunting: true },
            { title: 'Boxing Day', date: '2025-12-26', notes: '', bunting: true },
            { title: 'New Year’s Day', date: '2026-01-01', notes: '', bunting: true },
            { title: 'An extra day off', date: '2026-01-02', notes: '', bunting: true },
          ],
        },
        scotland: { division: 'scotland', events: [] },
      };
      const loaded = await t.api('bankHolidays.import', {
        stagedFileId: await t.stage(Buffer.from(JSON.stringify(official))),
      });
      expect(loaded).toEqual({ source: 'loaded', count: 4, lastDate: '2026-01-02' });
      expect((await sendLetter()).replyDueOn).toBe('2026-01-21');

      await expect(
        t.api('bankHolidays.import', { stagedFileId: await t.stage(Buffer.from('{"scotland": {}}')) }),
      ).rejects.toMatchObject({ error: { code: 'IMPORT_REJECTED' } });
      // An upload that is gone says so, not that the file is not JSON.
      await expect(
        t.api('bankHolidays.import', { stagedFileId: '0123456789abcdef0123456789abcdef' }),
      ).rejects.toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('choose it again') } });
      expect(await t.api('bankHolidays.status', {})).toEqual(loaded);
    });
  });
});
