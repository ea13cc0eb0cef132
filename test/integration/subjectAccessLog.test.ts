import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

describeEachEngine('subject access request log', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ engine, start: '2026-11-24T10:00:00.000Z', staffName: 'Sam Okoro' });
  });
  afterEach(async () => {
    await t.close();
  });
  const person = (firstName: string) =>
    t.api('constituents.create', {
      firstName,
      lastName: 'Able',
      email: `${firstName.toLowerCase()}@example.org`,
      preferredContact: 'email',
    });

  it('logs each request with its due date a calendar month on, lists open ones first, and shows them on the dashboard', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    await t.api('subjectAccess.record', { constituentId: ann.id, receivedOn: '2026-10-31', receivedBy: 'letter' });
    const log = await t.api('subjectAccess.record', {
      constituentId: bob.id,
      receivedOn: '2026-11-20',
      receivedBy: 'email',
    });
    expect(log.map(({ name, receivedOn, dueOn, answeredOn }) => ({ name, receivedOn, dueOn, answeredOn }))).toEqual([
      { name: 'Ann Able', receivedOn: '2026-10-31', dueOn: '2026-11-30', answeredOn: null },
      { name: 'Bob Able', receivedOn: '2026-11-20', dueOn: '2026-12-20', answeredOn: null },
    ]);
    t.setNow('2026-12-01T09:00:00.000Z');
    expect((await t.api('dashboard.summary', {})).subjectAccess).toEqual({ open: 2, overdue: 1 });

    const answered = await t.api('subjectAccess.answer', { id: log[0]!.id });
    expect(answered.map((r) => [r.name, r.answeredOn])).toEqual([
      ['Bob Able', null],
      ['Ann Able', '2026-12-01'],
    ]);
    await expect(t.api('subjectAccess.answer', { id: log[0]!.id })).rejects.toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect((await t.api('dashboard.summary', {})).subjectAccess).toEqual({ open: 1, overdue: 0 });
    const audit = await t.api('audit.list', { entity: 'subject_access_request' });
    expect(audit.entries.map((e) => e.action)).toEqual(['answer', 'record', 'record']);
  });

  it('keeps the dates of a request when its person is erased, and refuses one from the future', async () => {
    const ann = await person('Ann');
    await t.api('subjectAccess.record', { constituentId: ann.id, receivedOn: '2026-11-20', receivedBy: 'phone' });
    await expect(
      t.api('subjectAccess.record', { constituentId: ann.id, receivedOn: '2026-11-25', receivedBy: 'phone' }),
    ).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { receivedOn: ['A request cannot arrive in the future'] } },
    });
    await t.api('dataProtection.erasePerson', { constituentId: ann.id, reason: 'Asked', confirmName: 'ann able' });
    expect(await t.api('subjectAccess.log', {})).toMatchObject([
      { constituentId: null, name: null, receivedOn: '2026-11-20', dueOn: '2026-12-20' },
    ]);
    const caseworker = await t.signedInAs('Priya Nair', 'caseworker');
    await expect(caseworker('subjectAccess.log', {})).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await caseworker('dashboard.summary', {})).subjectAccess).toBeNull();
  });
});
