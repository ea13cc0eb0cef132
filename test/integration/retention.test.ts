import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleErasureWithoutReview } from '../../electron/backend/domains/dataProtection/scheduledErasure';
import { filesUnder, markersFoundIn } from '../support/byteScan';
import { describeEachEngine } from '../support/engines';
import { createMarkedPerson, type MarkedPerson } from '../support/markedPerson';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

/** The markers the marked person's case, letters, drafts and files hold (their own details stay). */
const CASE_MARKERS = [
  'QzxCaseTitleVwk',
  'QzxCaseDescriptionVwk',
  'QzxCaseNoteVwk',
  'QzxOutcomeNoteVwk',
  'QzxLetterSubjectVwk',
  'QzxLetterBodyVwk',
  'QzxTheirRefVwk',
  'QzxReplySubjectVwk',
  'QzxReplyBodyVwk',
  'QzxAttachmentContentVwk',
  'QzxAttachmentNameVwk',
  'QzxDraftSubjectVwk',
  'QzxDraftBodyVwk',
];

describeEachEngine('retention', (engine) => {
  let t: TempBackend;
  let person: MarkedPerson;
  let campaignId: number;
  beforeEach(async () => {
    t = await startTempBackend({ engine, start: '2026-11-24T10:00:00.000Z', staffName: 'Sam Okoro' });
    person = await createMarkedPerson(t.api, t.stage);
    campaignId = (await t.api('campaigns.list', {}))[0]!.id;
    await t.api('signatures.add', {
      campaignId,
      fullName: 'Rita Signer',
      email: 'rita@example.org',
      postcode: 'RM9 5AB',
      address: '1 High Street',
      signedOn: '2026-10-06',
    });
    await t.api('campaigns.changeStage', { campaignId, stage: 'closed', occurredOn: '2026-11-24' });
  });
  afterEach(async () => {
    await t.close();
  });
  const schedule = (eraseWithoutReview = false) =>
    t.api('retention.setSchedule', { closedCaseMonths: 24, signatureMonths: 6, eraseWithoutReview });
  const due = async () => (await t.api('retention.review', {})).due.map((item) => `${item.kind}:${item.id}`);

  it('lists nothing until the office sets a schedule, then what each period makes due, oldest first', async () => {
    t.setNow('2030-01-01T10:00:00.000Z');
    expect(await t.api('retention.review', {})).toMatchObject({ due: [], totalDue: 0 });
    expect((await t.api('dashboard.summary', {})).retentionDue).toBeNull();
    await schedule();
    t.setNow('2027-05-23T10:00:00.000Z');
    expect(await due()).toEqual([]);
    t.setNow('2027-05-24T10:00:00.000Z');
    const review = await t.api('retention.review', {});
    expect(review.due).toEqual([
      {
        kind: 'campaign_signatures',
        id: campaignId,
        title: 'More police',
        detail: '2 signers’ details',
        closedOn: '2026-11-24',
        dueOn: '2027-05-24',
        lastKept: null,
      },
    ]);
    t.setNow('2028-11-24T10:00:00.000Z');
    expect(await due()).toEqual([`campaign_signatures:${campaignId}`, `closed_case:${person.caseId}`]);
    expect((await t.api('retention.review', {})).due[1]).toMatchObject({
      title: expect.stringContaining('QzxCaseTitleVwk'),
      detail: 'QzxFirstVwk QzxLastVwk',
      dueOn: '2028-11-24',
    });
    expect((await t.api('dashboard.summary', {})).retentionDue).toBe(2);
  });

  it('keeps a record with a reason until it comes up again, and says why it was kept', async () => {
    await schedule();
    t.setNow('2028-11-24T10:00:00.000Z');
    const kept = await t.api('retention.decide', {
      items: [{ kind: 'closed_case', id: person.caseId }],
      decision: 'keep',
      reason: 'Ombudsman complaint still open',
      keepForMonths: 12,
    });
    expect(kept).toEqual({ erased: 0, kept: 1 });
    expect(await due()).toEqual([`campaign_signatures:${campaignId}`]);
    t.setNow('2029-11-24T10:00:00.000Z');
    expect((await t.api('retention.review', {})).due.find((item) => item.kind === 'closed_case')).toMatchObject({
      id: person.caseId,
      lastKept: { on: '2028-11-24', reason: 'Ombudsman complaint still open' },
    });
    const audit = await t.api('audit.list', { entity: 'case', entityId: person.caseId });
    expect(audit.entries[0]).toMatchObject({ actor: 'Sam Okoro', action: 'retention_keep' });
    await expect(
      t.backend.context.db.updateTable('retentionReviews').set({ reason: 'Rewritten' }).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('erases a closed case with its letters, files and drafts; the person and their other records stay', async () => {
    const other = await t.api('cases.create', {
      constituentId: person.constituentId,
      title: 'Still open',
      category: 'housing',
      openedOn: '2026-11-24',
    });
    await schedule();
    t.setNow('2028-11-24T10:00:00.000Z');
    const outcome = await t.api('retention.decide', {
      items: [{ kind: 'closed_case', id: person.caseId }],
      decision: 'erase',
      reason: 'Retention schedule',
    });
    expect(outcome).toEqual({ erased: 1, kept: 0 });
    await expect(t.api('cases.get', { id: person.caseId })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    await expect(t.api('attachments.download', { id: person.attachmentId })).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const held = await t.api('constituents.get', { id: person.constituentId });
    expect(held.cases.map((c) => c.id)).toEqual([other.id]);
    for (const query of ['QzxCaseNoteVwk', 'QzxLetterBodyVwk']) {
      expect((await t.api('search.global', { query })).groups, query).toEqual([]);
    }
    expect((await t.api('search.global', { query: 'QzxFirstVwk' })).groups).not.toEqual([]);
    const [erasure] = await t.backend.context.db.selectFrom('erasures').selectAll().execute();
    expect(erasure).toMatchObject({ actor: 'Sam Okoro', reason: 'Retention schedule', constituentId: null });
    expect(JSON.parse(erasure!.records)).toMatchObject({ about: { entity: 'case', id: person.caseId } });
    expect((await t.api('audit.list', { entity: 'case', entityId: person.caseId })).entries[0]).toMatchObject({
      action: 'erase',
    });
    expect(await due()).toEqual([`campaign_signatures:${campaignId}`]);
  });

  it('erases a closed campaign’s signers’ details and keeps every signature counted by postcode', async () => {
    await schedule();
    t.setNow('2027-06-01T10:00:00.000Z');
    const before = await t.api('campaigns.get', { id: campaignId });
    await t.api('retention.decide', {
      items: [{ kind: 'campaign_signatures', id: campaignId }],
      decision: 'erase',
      reason: 'Six months after the campaign closed',
    });
    const signers = await t.api('signatures.list', { campaignId, query: '' });
    const kept = signers.rows
      .map(({ fullName, email, address, comment, postcode, constituentId }) => ({
        fullName,
        email,
        address,
        comment,
        postcode,
        constituentId,
      }))
      .sort((a, b) => a.postcode.localeCompare(b.postcode));
    const nobody = { fullName: '', email: '', address: '', comment: '', constituentId: null };
    expect(kept).toEqual([
      { ...nobody, postcode: 'RM9 5AB' },
      { ...nobody, postcode: 'RM9 6XX' },
    ]);
    const after = await t.api('campaigns.get', { id: campaignId });
    expect(after.stats.total).toBe(before.stats.total);
    expect(after.stats.byDistrict).toEqual(before.stats.byDistrict);
    expect(await due()).toEqual([]);
    expect((await t.api('search.global', { query: 'Rita Signer' })).groups).toEqual([]);
  });

  it('reviews people with no open case once nothing has happened for the period, and erases everything held about them', async () => {
    const busy = await t.api('constituents.create', {
      firstName: 'Bea',
      lastName: 'Busy',
      email: 'bea@example.org',
      preferredContact: 'email',
    });
    await t.api('cases.create', {
      constituentId: busy.id,
      title: 'Still open',
      category: 'housing',
      openedOn: '2026-11-24',
    });
    const signaturesBefore = (await t.api('campaigns.get', { id: campaignId })).stats.total;
    await t.api('retention.setSchedule', {
      closedCaseMonths: null,
      signatureMonths: null,
      inactivePersonMonths: 36,
      eraseWithoutReview: false,
    });
    t.setNow('2029-11-23T10:00:00.000Z');
    expect(await due()).toEqual([]);
    t.setNow('2029-11-24T10:00:00.000Z');
    const review = await t.api('retention.review', {});
    expect(review.due.map((item) => [item.kind, item.id, item.title, item.detail, item.closedOn])).toEqual([
      ['inactive_person', person.constituentId, 'QzxFirstVwk QzxLastVwk', 'No open case', '2026-11-24'],
    ]);
    await expect(
      t.api('retention.decide', {
        items: [{ kind: 'inactive_person', id: busy.id }],
        decision: 'erase',
        reason: 'Retention schedule',
      }),
    ).rejects.toMatchObject({ error: { code: 'CONFLICT', message: /not due/ } });
    await t.api('retention.decide', {
      items: [{ kind: 'inactive_person', id: person.constituentId }],
      decision: 'erase',
      reason: 'Retention schedule: three years without contact',
    });
    await expect(t.api('constituents.get', { id: person.constituentId })).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    await expect(t.api('cases.get', { id: person.caseId })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await t.api('constituents.get', { id: busy.id })).cases).toHaveLength(1);
    expect((await t.api('campaigns.get', { id: campaignId })).stats.total).toBe(signaturesBefore);
    const audit = await t.api('audit.list', { entity: 'constituent', entityId: person.constituentId });
    expect(audit.entries[0]).toMatchObject({ action: 'erase', actor: 'Sam Okoro' });
    expect(await due()).toEqual([]);
  });

  it('refuses a case reopened since it came up, a record not yet due, and anyone but an administrator', async () => {
    await schedule();
    t.setNow('2028-11-24T10:00:00.000Z');
    await t.api('cases.changeStatus', { caseId: person.caseId, status: 'open' });
    const decide = (api = t.api) =>
      api('retention.decide', {
        items: [{ kind: 'closed_case', id: person.caseId }],
        decision: 'erase',
        reason: 'Retention schedule',
      });
    await expect(decide()).rejects.toMatchObject({ error: { code: 'CONFLICT', message: /reopened/ } });
    await t.api('cases.changeStatus', { caseId: person.caseId, status: 'closed', outcome: 'Partly resolved' });
    await expect(decide()).rejects.toMatchObject({ error: { code: 'CONFLICT', message: /not due/ } });
    const caseworker = await t.signedInAs('Priya Nair', 'caseworker');
    await expect(caseworker('retention.review', {})).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    await expect(decide(caseworker)).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await t.api('cases.get', { id: person.caseId })).record.status).toBe('closed');
  });

  it('erases what is due without review only when the office has turned that on', async () => {
    await schedule();
    t.setNow('2028-11-24T10:00:00.000Z');
    await expect(t.api('retention.eraseDue', {})).rejects.toMatchObject({ error: { code: 'CONFLICT' } });
    await expect(
      t.api('retention.setSchedule', { closedCaseMonths: null, signatureMonths: null, eraseWithoutReview: true }),
    ).rejects.toMatchObject({ error: { code: 'VALIDATION', fields: { eraseWithoutReview: expect.any(Array) } } });
    await schedule(true);
    expect(await t.api('retention.eraseDue', {})).toEqual({ erased: 2, kept: 0 });
    expect(await t.api('retention.eraseDue', {})).toEqual({ erased: 0, kept: 0 });
    expect(await due()).toEqual([]);
    const audit = await t.api('audit.list', { action: 'erase' });
    expect(audit.entries.map((e) => e.entity).sort()).toEqual(['campaign', 'case']);
  });

  it('erases what is due as the app starts (another laptop, in office mode) once the office has turned that on', async () => {
    await schedule(true);
    const options = { start: '2028-11-24T10:00:00.000Z', staffName: 'Sam Okoro', erasureWithoutReview: true };
    let later: TempBackend;
    if (engine === 'sqlite') {
      await t.close();
      later = t = await startTempBackend({ ...options, dir: t.dir });
    } else later = await startTempBackend({ ...options, officeDatabaseUrl: t.officeDatabaseUrl });
    try {
      await vi.waitFor(async () => expect((await later.api('retention.review', {})).due).toEqual([]));
      await expect(later.api('cases.get', { id: person.caseId })).rejects.toMatchObject({
        error: { code: 'NOT_FOUND' },
      });
      const audit = await later.api('audit.list', { action: 'erase' });
      expect(audit.entries.map((e) => [e.actor, e.entity]).sort()).toEqual([
        ['Postbag (retention schedule)', 'campaign'],
        ['Postbag (retention schedule)', 'case'],
      ]);
    } finally {
      if (later !== t) await later.close();
    }
  });

  if (engine === 'postgres') {
    it('[postgres] erases each due record once when two laptops erase without review at the same moment', async () => {
      await schedule(true);
      const other = await startTempBackend({ officeDatabaseUrl: t.officeDatabaseUrl, staffName: 'Sam Okoro' });
      try {
        t.setNow('2028-11-24T10:00:00.000Z');
        other.setNow('2028-11-24T10:00:00.000Z');
        const outcomes = await Promise.all([t.api('retention.eraseDue', {}), other.api('retention.eraseDue', {})]);
        expect(outcomes.reduce((sum, outcome) => sum + outcome.erased, 0)).toBe(2);
        const erasures = await t.backend.context.db.selectFrom('erasures').select('records').execute();
        expect(
          erasures.map((e) => (JSON.parse(e.records) as { about: { entity: string } }).about.entity).sort(),
        ).toEqual(['campaign', 'case']);
      } finally {
        await other.close();
      }
    });
  }

  if (engine === 'sqlite') {
    it('leaves no readable byte of an erased case in the data file, its -wal or the attachment copies', async () => {
      await schedule();
      t.setNow('2028-11-24T10:00:00.000Z');
      const scan = () =>
        markersFoundIn(
          filesUnder(path.dirname(t.dataFile)).filter((f) => !f.endsWith('.log')),
          CASE_MARKERS,
        );
      expect(scan().length).toBeGreaterThan(0);
      await t.api('retention.decide', {
        items: [{ kind: 'closed_case', id: person.caseId }],
        decision: 'erase',
        reason: 'Retention schedule',
      });
      expect(scan()).toEqual([]);
    });
  }
});

describe('erasure without review, on its schedule', () => {
  it('erases batch after batch until nothing is due, and logs a failure without stopping the app', async () => {
    const batches = [200, 200, 13, 0];
    const eraseBatch = vi.fn(async () => batches.shift()!);
    const scheduled = scheduleErasureWithoutReview(eraseBatch, () => undefined);
    await scheduled.stop();
    expect(eraseBatch).toHaveBeenCalledTimes(4);

    const logged: unknown[] = [];
    const failing = scheduleErasureWithoutReview(
      async () => {
        throw new Error('disk full');
      },
      (error) => logged.push(error),
    );
    await failing.stop();
    expect(logged).toEqual([new Error('disk full')]);
  });
});
