import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_COUNT_LIMIT } from '../../shared/contract/cases';
import { ApiCallError } from '../../shared/contract/errors';
import { startTempBackend, type TempBackend } from '../support/tempBackend';
import { TEST_PASSWORD } from '../support/signedInClient';
import { describeEachEngine } from '../support/engines';

describeEachEngine('cases', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ engine });
  });
  afterEach(async () => {
    await t.close();
  });

  const alice = {
    firstName: 'Alice',
    lastName: 'Okafor',
    email: 'alice@example.org',
    postcode: ' rm96xx ',
    addressLine1: '12 Heathway',
    town: 'Dagenham',
    preferredContact: 'email' as const,
  };

  describe('constituents and cases through the API', () => {
    it('normalises the postcode and warns of a duplicate', async () => {
      const created = await t.api('constituents.create', alice);
      expect(created.postcode).toBe('RM9 6XX');
      expect(created.fullName).toBe('Alice Okafor');

      const error = await t.api('constituents.create', { ...alice, email: 'ALICE@example.org' }).catch((e) => e);
      expect(error).toBeInstanceOf(ApiCallError);
      expect(error.error.code).toBe('CONFLICT');
      expect(error.error.details.duplicates[0]).toMatchObject({ id: created.id, matchedOn: 'email' });

      const again = await t.api('constituents.create', {
        ...alice,
        email: '',
        preferredContact: 'post',
        allowDuplicate: true,
      });
      expect(again.id).not.toBe(created.id);
    });

    it('opens cases with sequential yearly references and records the timeline', async () => {
      const person = await t.api('constituents.create', alice);
      const first = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Damp in flat',
        category: 'housing',
        openedOn: '2026-11-24',
      });
      const second = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Visa delay',
        category: 'immigration',
        openedOn: '2026-11-24',
        dueOn: '2026-11-30',
      });
      const nextYear = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Later',
        category: 'other',
        openedOn: '2027-01-02',
      });
      expect([first.reference, second.reference, nextYear.reference]).toEqual([
        'PB-2026-0001',
        'PB-2026-0002',
        'PB-2027-0001',
      ]);

      await t.api('cases.addNote', { caseId: first.id, body: 'Called the council.' });
      await t.api('cases.changeStatus', { caseId: first.id, status: 'awaiting_third_party' });
      const closed = await t.api('cases.changeStatus', {
        caseId: first.id,
        status: 'closed',
        outcome: 'Resolved in the constituent’s favour',
        outcomeNote: 'Repaired',
      });
      expect(closed.record).toMatchObject({
        status: 'closed',
        closedOn: '2026-11-24',
        outcome: 'Resolved in the constituent’s favour',
        outcomeNote: 'Repaired',
      });
      expect(closed.events.map((e) => e.kind)).toEqual(['closed', 'status_changed', 'note', 'opened']);
      expect(closed.events[0]).toMatchObject({
        actor: 'Test User',
        fromStatus: 'awaiting_third_party',
        toStatus: 'closed',
      });

      t.setNow('2026-12-05T10:00:00.000Z');
      const overdue = await t.api('cases.list', { overdue: true });
      expect(overdue.rows.map((r) => r.reference)).toEqual(['PB-2026-0002']);
      expect(overdue.rows[0]!.overdue).toBe(true);
    });

    it('refuses to close a case without an outcome', async () => {
      const person = await t.api('constituents.create', alice);
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'x',
        category: 'other',
        openedOn: '2026-11-24',
      });
      const error = await t.api('cases.changeStatus', { caseId: opened.id, status: 'closed' }).catch((e) => e);
      expect(error.error.code).toBe('VALIDATION');
      expect(error.error.fields.outcome).toEqual(['Choose the outcome before closing the case']);
      await expect(
        t.api('cases.changeStatus', { caseId: opened.id, status: 'closed', outcome: 'Made up' }),
      ).rejects.toMatchObject({
        error: { code: 'VALIDATION', message: expect.stringMatching(/not one of the office/) },
      });
    });

    it('lets the office add outcomes to its list, once each, and close cases with them', async () => {
      const before = await t.api('caseOutcomes.list', {});
      expect(before).toContain('Referred to another organisation');
      const after = await t.api('caseOutcomes.add', { label: 'Ombudsman complaint lodged' });
      expect(after).toEqual([...before, 'Ombudsman complaint lodged']);
      await expect(t.api('caseOutcomes.add', { label: 'ombudsman complaint LODGED' })).rejects.toMatchObject({
        error: { code: 'CONFLICT' },
      });
      const person = await t.api('constituents.create', alice);
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'x',
        category: 'other',
        openedOn: '2026-11-24',
      });
      const closed = await t.api('cases.changeStatus', {
        caseId: opened.id,
        status: 'closed',
        outcome: 'Ombudsman complaint lodged',
      });
      expect(closed.record.outcome).toBe('Ombudsman complaint lodged');
    });

    it('gives a new case without a date the office’s target in working days, skipping weekends and bank holidays', async () => {
      const person = await t.api('constituents.create', alice);
      const byDefault = await t.api('cases.create', {
        constituentId: person.id,
        title: 'a',
        category: 'other',
        openedOn: '2026-12-18',
      });
      // 20 working days from Fri 18 Dec 2026, past Christmas Day, Boxing Day (Mon 28 Dec) and New Year's Day.
      expect(byDefault.dueOn).toBe('2027-01-20');
      await t.api('settings.update', { caseTargetWorkingDays: 5 });
      const shorter = await t.api('cases.create', {
        constituentId: person.id,
        title: 'b',
        category: 'other',
        openedOn: '2026-11-24',
      });
      expect(shorter.dueOn).toBe('2026-12-01');
      const chosen = await t.api('cases.create', {
        constituentId: person.id,
        title: 'c',
        category: 'other',
        openedOn: '2026-11-24',
        dueOn: '2027-03-01',
      });
      expect(chosen.dueOn).toBe('2027-03-01');
      expect((await t.api('settings.get', {})).caseTargetWorkingDays).toBe(5);
    });

    it('records each change of priority, assignee and due date on the timeline, from what to what', async () => {
      const person = await t.api('constituents.create', alice);
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Repairs',
        category: 'housing',
        openedOn: '2026-11-24',
        dueOn: '2026-12-10',
      });
      await t.api('cases.update', {
        id: opened.id,
        version: opened.version,
        title: 'Repairs, urgent',
        category: 'housing',
        priority: 'urgent',
        assignee: 'Test User',
        dueOn: '2026-12-01',
      });
      await t.api('cases.update', {
        id: opened.id,
        version: opened.version + 1,
        title: 'Repairs, urgent',
        category: 'housing',
        priority: 'urgent',
        assignee: 'Test User',
        dueOn: '2026-12-01',
      });
      const { events } = await t.api('cases.get', { id: opened.id });
      const changes = events.filter((e) => e.kind === 'changed').map((e) => [e.field, e.fromValue, e.toValue]);
      expect(changes.sort()).toEqual(
        [
          ['assignee', '', 'Test User'],
          ['dueOn', '2026-12-10', '2026-12-01'],
          ['priority', 'normal', 'urgent'],
        ].sort(),
      );
    });

    it('records consent to act, how and when it was given, and its withdrawal, on the case and its timeline', async () => {
      const person = await t.api('constituents.create', alice);
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Visa',
        category: 'immigration',
        openedOn: '2026-11-20',
      });
      expect(opened).toMatchObject({ consentGivenBy: '', consentGivenOn: null });
      await expect(
        t.api('cases.recordConsent', { caseId: opened.id, givenBy: 'signed_form', givenOn: '' }),
      ).rejects.toMatchObject({
        error: { code: 'VALIDATION', fields: { givenOn: ['Enter the day consent was given'] } },
      });
      await expect(
        t.api('cases.recordConsent', { caseId: opened.id, givenBy: 'signed_form', givenOn: '2099-01-01' }),
      ).rejects.toMatchObject({ error: { fields: { givenOn: ['Consent cannot be given in the future'] } } });
      const given = await t.api('cases.recordConsent', {
        caseId: opened.id,
        givenBy: 'signed_form',
        givenOn: '2026-11-20',
      });
      expect(given.record).toMatchObject({ consentGivenBy: 'signed_form', consentGivenOn: '2026-11-20' });
      const withdrawn = await t.api('cases.recordConsent', { caseId: opened.id, givenBy: '', givenOn: '' });
      expect(withdrawn.record).toMatchObject({ consentGivenBy: '', consentGivenOn: null });
      expect(withdrawn.events.filter((e) => e.kind === 'consent').map((e) => e.body)).toEqual([
        'Consent withdrawn',
        'Signed consent form, given 20 Nov 2026',
      ]);
      const audit = await t.api('audit.list', { entity: 'case', entityId: opened.id });
      expect(audit.entries.slice(0, 2).map((e) => e.action)).toEqual(['withdraw_consent', 'record_consent']);
    });
  });

  describe('dashboard', () => {
    it('counts cases due from today to Sunday, and campaigns delivered and awaiting a response', async () => {
      // Today is Tuesday 24 November 2026.
      const person = await t.api('constituents.create', alice);
      for (const dueOn of ['2026-11-23', '2026-11-24', '2026-11-29', '2026-11-30']) {
        await t.api('cases.create', {
          constituentId: person.id,
          title: dueOn,
          category: 'other',
          openedOn: '2026-11-02',
          dueOn,
        });
      }
      const campaign = await t.api('campaigns.create', {
        title: 'Police',
        kind: 'petition',
        ask: 'More police.',
        startedOn: '2026-09-01',
      });
      await t.api('campaigns.changeStage', { campaignId: campaign.id, stage: 'delivered', occurredOn: '2026-11-20' });
      await t.api('campaigns.create', {
        title: 'Buses',
        kind: 'petition',
        ask: 'More buses.',
        startedOn: '2026-09-01',
      });
      expect(await t.api('dashboard.summary', {})).toMatchObject({
        overdueCases: 1,
        dueThisWeek: 2,
        campaignsAwaitingResponse: 1,
      });
    });
  });

  describe('example data', () => {
    it('loads the example office and removes it in one action', async () => {
      const loaded = await t.api('exampleData.load', {});
      expect(loaded.constituents).toBeGreaterThanOrEqual(24);
      const summary = await t.api('dashboard.summary', {});
      expect(summary).toMatchObject({ constituents: loaded.constituents, exampleDataLoaded: true });
      const list = await t.api('cases.list', { limit: 1000 });
      expect(list.total).toBe(loaded.cases);
      expect(new Set(list.rows.map((r) => r.status)).size).toBe(4);
      expect(new Set(list.rows.map((r) => r.category)).size).toBeGreaterThanOrEqual(6);

      expect(loaded).toMatchObject({ campaigns: 1, signatures: 5000 });
      const [campaign] = await t.api('campaigns.list', {});
      expect(campaign).toMatchObject({
        title: 'More police for Barking and Dagenham and Havering',
        signatures: 5000,
        isExample: true,
      });
      const detail = await t.api('campaigns.get', { id: campaign!.id });
      expect(detail.stats.total).toBe(5000);
      expect(detail.stats.linkedToConstituents).toBeGreaterThanOrEqual(12);
      expect(detail.stats.byDistrict.map((d) => d.key)).toEqual(
        expect.arrayContaining(['RM8', 'RM9', 'RM10', 'RM13', 'IG11']),
      );
      expect(detail.figures.map((f) => f.value)).toEqual(
        expect.arrayContaining(['33,367', '30,435', '1,369', '£500,000']),
      );
      expect(detail.timeline.map((e) => e.title)).toEqual(
        expect.arrayContaining(['Delivered', 'Uplift announced', 'Responded']),
      );
      expect(detail.cases.length).toBeGreaterThan(0);

      const organisations = await t.api('organisations.list', {});
      expect(organisations.map((o) => o.name)).toEqual([
        'Home Office',
        'London Borough of Barking and Dagenham',
        'London Borough of Havering',
        'Metropolitan Police Service',
      ]);
      const homeOffice = organisations.find((o) => o.name === 'Home Office')!;
      expect(homeOffice.stats.replies).toBeGreaterThanOrEqual(1);
      const campaignLetters = await t.api('correspondence.list', { campaignId: campaign!.id });
      expect(campaignLetters.find((l) => l.subject.startsWith('Petition:'))).toMatchObject({
        replyState: 'replied',
        repliedOn: '2019-11-18',
      });

      const removed = await t.api('exampleData.remove', {});
      expect(removed).toEqual(loaded);
      expect(await t.api('campaigns.list', {})).toEqual([]);
      expect(await t.api('organisations.list', {})).toEqual([]);
      expect(await t.api('correspondence.list', {})).toEqual([]);
      expect(await t.api('dashboard.summary', {})).toMatchObject({
        constituents: 0,
        openCases: 0,
        exampleDataLoaded: false,
      });
    });
  });

  describe('lists', () => {
    it('count exactly up to 10,000 cases, then say “more than” and still page on; undated cases sort after dated ones', async () => {
      const person = await t.api('constituents.create', alice);
      const now = '2026-11-24T12:00:00.000Z';
      const rows = Array.from({ length: CASE_COUNT_LIMIT + 3 }, (_, i) => ({
        reference: `BULK-${String(i).padStart(5, '0')}`,
        constituentId: person.id,
        title: `Case ${i}`,
        description: '',
        category: i === 0 ? ('health' as const) : ('housing' as const),
        priority: 'normal' as const,
        assignee: '',
        status: 'open' as const,
        openedOn: '2026-11-01',
        dueOn: i < 3 ? null : `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
        closedOn: null,
        outcome: '',
        isExample: 0,
        createdAt: now,
        updatedAt: now,
      }));
      for (let at = 0; at < rows.length; at += 1_000) {
        await t.backend.context.db
          .insertInto('cases')
          .values(rows.slice(at, at + 1_000))
          .execute();
      }
      expect(await t.api('cases.list', { limit: 1 })).toMatchObject({ total: CASE_COUNT_LIMIT, moreThanTotal: true });
      expect(await t.api('cases.list', { category: 'health' })).toMatchObject({ total: 1, moreThanTotal: false });
      const last = await t.api('cases.list', { sort: 'reference', direction: 'asc', offset: 9_900, limit: 500 });
      expect(last.rows.map((row) => row.reference).at(-1)).toBe(`BULK-${CASE_COUNT_LIMIT + 2}`);
      expect(last.rows).toHaveLength(103);

      for (const direction of ['asc', 'desc'] as const) {
        const all = await t.api('cases.list', { sort: 'dueOn', direction, offset: CASE_COUNT_LIMIT, limit: 500 });
        expect(all.rows.map((row) => row.dueOn)).toEqual(['', '', '']);
        const first = (await t.api('cases.list', { sort: 'dueOn', direction, limit: 1 })).rows[0]!;
        expect(first.dueOn).toBe(direction === 'asc' ? '2026-12-01' : '2026-12-28');
      }
    }, 30_000);

    it('search constituents by any word of name, email or postcode, a page at a time', async () => {
      await t.api('exampleData.load', {});
      await t.api('constituents.create', { ...alice, allowDuplicate: true });
      const byPostcode = await t.api('constituents.list', { query: 'rm96xx' });
      expect(byPostcode.rows.map((r) => r.fullName)).toContain('Alice Okafor');
      expect(byPostcode.rows.every((r) => r.postcode === 'RM9 6XX')).toBe(true);
      const byNameAndEmail = await t.api('constituents.list', { query: 'alice example.org' });
      expect(byNameAndEmail).toMatchObject({ total: 1, rows: [{ fullName: 'Alice Okafor', openCases: 0 }] });
      expect(await t.api('constituents.list', { query: '100%_' })).toEqual({ rows: [], total: 0 });

      const firstPage = await t.api('constituents.list', { limit: 10 });
      const secondPage = await t.api('constituents.list', { limit: 10, offset: 10 });
      expect(firstPage.total).toBe(37);
      expect(new Set([...firstPage.rows, ...secondPage.rows].map((r) => r.id)).size).toBe(20);
    });

    it('edit a case and keep its reference and opening date', async () => {
      const person = await t.api('constituents.create', alice);
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'x',
        category: 'other',
        openedOn: '2026-11-20',
      });
      await t.api('staff.create', { name: 'Priya Nair', role: 'caseworker', password: TEST_PASSWORD });
      const edited = await t.api('cases.update', {
        id: opened.id,
        version: opened.version,
        title: 'Visa delay',
        category: 'immigration',
        priority: 'urgent',
        assignee: 'priya  nair',
        dueOn: '2026-12-01',
      });
      expect(edited).toMatchObject({
        reference: opened.reference,
        openedOn: '2026-11-20',
        title: 'Visa delay',
        category: 'immigration',
        priority: 'urgent',
        assignee: 'Priya Nair',
        dueOn: '2026-12-01',
      });
      const sorted = await t.api('cases.list', { sort: 'priority', direction: 'desc' });
      expect(sorted.rows[0]!.id).toBe(opened.id);
    });

    it('assign only to a colleague, by their name in any case, and count my open cases on the dashboard', async () => {
      const person = await t.api('constituents.create', alice);
      const input = {
        constituentId: person.id,
        title: 'Repairs',
        category: 'housing' as const,
        openedOn: '2026-11-24',
      };
      await expect(t.api('cases.create', { ...input, assignee: 'Sam' })).rejects.toMatchObject({
        error: {
          code: 'VALIDATION',
          fields: { assignee: ['Choose someone from the office’s staff (Settings → Staff), not “Sam”'] },
        },
      });
      const mine = await t.api('cases.create', { ...input, assignee: 'test user' });
      expect(mine.assignee).toBe('Test User');
      await t.api('cases.create', { ...input, assignee: '' });
      expect((await t.api('dashboard.summary', {})).myOpenCases).toBe(1);
      const listed = await t.api('cases.list', { status: 'open', assignee: 'Test User' });
      expect(listed.rows.map((row) => row.id)).toEqual([mine.id]);
    });

    it('write an audit entry for every change, without personal content', async () => {
      const person = await t.api('constituents.create', alice);
      const opened = await t.api('cases.create', {
        constituentId: person.id,
        title: 'Secret health matter',
        category: 'health',
        openedOn: '2026-11-24',
      });
      await t.api('cases.addNote', { caseId: opened.id, body: 'Diagnosis details' });
      const entries = await t.backend.context.db.selectFrom('auditLog').selectAll().orderBy('id').execute();
      expect(entries.map((e) => [e.entity, e.action, e.actor])).toEqual([
        ['staff', 'set_up_office', 'Test User'],
        ['constituent', 'create', 'Test User'],
        ['case', 'create', 'Test User'],
        ['case', 'add_note', 'Test User'],
      ]);
      expect(JSON.stringify(entries)).not.toMatch(/Alice|Secret|Diagnosis|example\.org/);
    });
  });
});
