import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract/api';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { describeEachEngine } from '../support/engines';

describeEachEngine('intake', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ start: '2026-11-24T10:00:00.000Z', engine });
  });
  afterEach(async () => {
    await t.close();
  });

  type NewPerson = MethodInput<'constituents.create'>;
  const person = (overrides: Partial<NewPerson>): NewPerson => ({
    firstName: 'Tom',
    lastName: 'Whitfield',
    phone: '07700 900123',
    preferredContact: 'phone',
    ...overrides,
  });

  async function seed() {
    const tom = await t.api(
      'constituents.create',
      person({ addressLine1: '14 Heathway', town: 'Dagenham', postcode: 'RM9 6XX' }),
    );
    const zoe = await t.api(
      'constituents.create',
      person({
        firstName: 'Zoë',
        lastName: 'Brontë',
        phone: '',
        email: 'zoe.bronte@example.org',
        preferredContact: 'email',
      }),
    );
    const whitmore = await t.api(
      'constituents.create',
      person({ firstName: 'Tomasz', lastName: 'Whitmore', phone: '020 7946 0000' }),
    );
    return { tom, zoe, whitmore };
  }

  const names = async (query: string) =>
    (await t.api('constituents.find', { query })).map((m) => `${m.fullName} (${m.matchedOn})`);

  describe('finding a constituent for intake', () => {
    it('by name, forgiving case, accents and a typing slip', async () => {
      await seed();
      expect(await names('whitfeld')).toEqual(['Tom Whitfield (close_name)']);
      expect(await names('WHITFIELD')).toEqual(['Tom Whitfield (name)']);
      expect(await names('zoe bronte')).toEqual(['Zoë Brontë (name)']);
      expect(await names('tom whit')).toEqual(['Tom Whitfield (name)', 'Tomasz Whitmore (name)']);
      expect(await names('nobody')).toEqual([]);
    });

    it('by postcode in any spacing, e-mail, phone in any format, or a word of the address', async () => {
      await seed();
      for (const postcode of ['rm96xx', 'RM9 6XX', ' rm9  6xx '])
        expect(await names(postcode)).toEqual(['Tom Whitfield (postcode)']);
      expect(await names('rm9')).toEqual(['Tom Whitfield (postcode)']);
      expect(await names('zoe.bronte@example.org')).toEqual(['Zoë Brontë (email)']);
      for (const phone of ['07700900123', '+44 7700 900123', '(07700) 900 123'])
        expect(await names(phone)).toEqual(['Tom Whitfield (phone)']);
      expect(await names('heathway')).toEqual(['Tom Whitfield (address)']);
    });

    it('finds what an edit changed, and no longer what it replaced', async () => {
      const { zoe } = await seed();
      await t.api('constituents.update', {
        id: zoe.id,
        version: zoe.version,
        firstName: 'Zoë',
        lastName: 'Achebe',
        email: 'zoe.a@example.org',
        preferredContact: 'email',
      });
      expect(await names('achebe')).toEqual(['Zoë Achebe (name)']);
      expect(await names('bronte')).toEqual([]);
    });
  });

  describe('logging a contact', () => {
    it('adds a new constituent, opens a case due by the office’s target, and files the call on it, in one go', async () => {
      const logged = await t.api('intake.logContact', {
        newConstituent: person({ firstName: 'Grace', lastName: 'Mensah', phone: '07700 900456' }),
        channel: 'phone',
        contactOn: '2026-11-24',
        summary: 'Damp in the flat, landlord not responding',
        details: 'Called at 10:05. Two children, one with asthma.',
        openCase: { category: 'housing' },
      });
      expect(logged.caseReference).toBe('PB-2026-0001');
      const { record } = await t.api('cases.get', { id: logged.caseId! });
      expect(record).toMatchObject({
        constituentId: logged.constituentId,
        title: 'Damp in the flat, landlord not responding',
        category: 'housing',
        openedOn: '2026-11-24',
        dueOn: '2026-12-22',
      });
      const items = await t.api('correspondence.list', { caseId: logged.caseId! });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        direction: 'in',
        channel: 'phone',
        subject: 'Damp in the flat, landlord not responding',
      });
      expect(await names('mensah')).toEqual(['Grace Mensah (name)']);
    });

    it('logs an unsolicited visit for someone already known, without a case', async () => {
      const { tom } = await seed();
      const logged = await t.api('intake.logContact', {
        constituentId: tom.id,
        channel: 'visit',
        contactOn: '2026-11-24',
        summary: 'Dropped in a council tax letter',
      });
      expect(logged.caseId).toBeNull();
      const items = await t.api('correspondence.list', {});
      expect(items.map((i) => [i.channel, i.constituentId])).toEqual([['visit', tom.id]]);
    });

    it('writes nothing when any part fails (a duplicate person, a missing constituent)', async () => {
      await seed();
      await expect(
        t.api('intake.logContact', {
          newConstituent: person({ addressLine1: '14 Heathway', postcode: 'RM9 6XX' }),
          channel: 'phone',
          contactOn: '2026-11-24',
          summary: 'Again',
          openCase: { category: 'other' },
        }),
      ).rejects.toMatchObject({ error: { code: 'CONFLICT' } });
      await expect(
        t.api('intake.logContact', {
          constituentId: 999,
          channel: 'phone',
          contactOn: '2026-11-24',
          summary: 'x',
          openCase: { category: 'other' },
        }),
      ).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await t.api('cases.list', {})).total).toBe(0);
      expect(await t.api('correspondence.list', {})).toEqual([]);
      expect((await t.api('constituents.list', {})).total).toBe(3);
    });
  });

  describe('the constituent page', () => {
    it('gathers their cases, correspondence, the campaigns they signed or wrote about, and their ward', async () => {
      const { tom, zoe } = await seed();
      await t.job('postcodes.importDirectory', {
        fileName: 'onspd.csv',
        stagedFileId: await t.stage(Buffer.from('pcds,osward,pcon,wd23nm\nRM9 6XX,E05014069,E14000657,Mayesbrook\n')),
      });
      const petition = await t.api('campaigns.create', {
        title: 'More police',
        kind: 'petition',
        startedOn: '2019-09-01',
      });
      const letters = await t.api('campaigns.create', {
        title: 'Save the library',
        kind: 'letter_writing',
        startedOn: '2026-01-01',
      });
      await t.api('signatures.add', {
        campaignId: petition.id,
        fullName: 'Tom Whitfield',
        postcode: 'RM9 6XX',
        signedOn: '2019-10-24',
      });
      await t.api('campaigns.linkConstituent', { campaignId: letters.id, constituentId: tom.id });
      await t.api('intake.logContact', {
        constituentId: tom.id,
        channel: 'email',
        contactOn: '2026-11-24',
        summary: 'Library hours',
        openCase: { category: 'other' },
      });

      const detail = await t.api('constituents.get', { id: tom.id });
      expect(detail.ward).toEqual({ wardCode: 'E05014069', wardName: 'Mayesbrook', constituencyCode: 'E14000657' });
      expect(detail.cases.map((c) => c.title)).toEqual(['Library hours']);
      expect(detail.campaigns.map((g) => [g.title, g.linked, g.signedOn])).toEqual([
        ['Save the library', true, null],
        ['More police', false, '2019-10-24'],
      ]);
      const filed = await t.api('correspondence.list', { constituentId: tom.id });
      expect(filed.map((item) => [item.channel, item.subject])).toEqual([['email', 'Library hours']]);
      expect((await t.api('constituents.get', { id: zoe.id })).ward).toBeNull();
    });
  });
});
