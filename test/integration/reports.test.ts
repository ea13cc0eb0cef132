import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

/** Windows-1252 bytes of text holding only Latin-1 letters and the curly apostrophe. */
function encodeWindows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0))));
}

describeEachEngine('reports', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ engine, start: '2026-10-01T10:00:00.000Z', staffName: 'Sam Okoro' });
    await t.backend.context.db
      .insertInto('postcodeWards')
      .values({ postcode: 'RM9 6XX', wardCode: 'E05014061', wardName: 'Heath', constituencyCode: 'E14001073' })
      .execute();
  });
  afterEach(async () => {
    await t.close();
  });
  /** Ann Able's visa case, opened on 1 September 2026: what the letters to departments are about. */
  const visaCase = async () => {
    const person = await t.api('constituents.create', {
      firstName: 'Ann',
      lastName: 'Able',
      email: 'ann@example.org',
      preferredContact: 'email',
    });
    return t.api('cases.create', {
      constituentId: person.id,
      title: 'Visa',
      category: 'immigration',
      openedOn: '2026-09-01',
    });
  };

  it('counts the cases of a range by month, category, status, assignee and ward, with working days to close and outcomes', async () => {
    const heath = await t.api('constituents.create', {
      firstName: 'Ann',
      lastName: 'Able',
      postcode: 'RM9 6XX',
      addressLine1: '1 Heathway',
      preferredContact: 'post',
    });
    const elsewhere = await t.api('constituents.create', {
      firstName: 'Ben',
      lastName: 'Baker',
      email: 'ben@example.org',
      preferredContact: 'email',
    });
    const open = (constituentId: number, category: 'housing' | 'immigration', openedOn: string) =>
      t.api('cases.create', { constituentId, title: 'A case', category, openedOn, assignee: 'Sam Okoro' });
    const first = await open(heath.id, 'housing', '2026-09-01');
    await open(heath.id, 'housing', '2026-10-01');
    const third = await open(elsewhere.id, 'immigration', '2026-10-02');
    await open(elsewhere.id, 'immigration', '2025-01-10'); // before the range
    // Closed on 1 October 2026: 22 working days after 1 September; 1 October itself for the third (0 days).
    for (const kase of [first, third]) {
      await t.api('cases.changeStatus', {
        caseId: kase.id,
        status: 'closed',
        outcome: 'Referred to another organisation',
      });
    }

    const report = await t.api('reports.office', { from: '2026-08-15', to: '2026-11-30' });
    expect(report.months).toEqual([
      { month: '2026-08', opened: 0, closed: 0 },
      { month: '2026-09', opened: 1, closed: 0 },
      { month: '2026-10', opened: 2, closed: 2 },
      { month: '2026-11', opened: 0, closed: 0 },
    ]);
    expect(report.byCategory).toEqual([
      { key: 'housing', opened: 2, stillOpen: 1 },
      { key: 'immigration', opened: 1, stillOpen: 0 },
    ]);
    expect(report.byStatus).toEqual([
      { key: 'closed', count: 2 },
      { key: 'open', count: 1 },
    ]);
    expect(report.byAssignee).toEqual([{ key: 'Sam Okoro', opened: 3, stillOpen: 1 }]);
    expect(report.byWard).toEqual([
      { key: 'Heath', opened: 2, stillOpen: 1 },
      { key: '', opened: 1, stillOpen: 0 },
    ]);
    expect(report.closing).toEqual({ closed: 2, medianWorkingDays: 11, p90WorkingDays: 22 });
    expect(report.outcomes).toEqual([{ outcome: 'Referred to another organisation', count: 2 }]);
  });

  it('shows each department’s replies against its target, counting letters still awaited past their date as late', async () => {
    const homeOffice = await t.api('organisations.create', {
      name: 'Home Office',
      kind: 'government_department',
      replyTargetDays: 20,
    });
    const kase = await visaCase();
    const send = (sentOn: string) =>
      t.api('correspondence.recordOutgoing', {
        organisationId: homeOffice.id,
        caseId: kase.id,
        channel: 'letter',
        subject: 'Visa',
        sentOn,
      });
    const answered = await send('2026-09-01');
    await send('2026-09-02');
    await send('2026-09-03');
    await t.api('correspondence.recordIncoming', {
      inReplyTo: answered.id,
      channel: 'letter',
      subject: 'Reply',
      receivedOn: '2026-09-15',
    });
    await send('2026-09-30'); // due on 28 October; the one sent on 2 September was due on 30 September

    const report = await t.api('reports.office', { from: '2026-09-01', to: '2026-09-30' });
    expect(report.departments).toMatchObject([
      { sent: 4, replied: 1, repliedWithinTarget: 1, late: 1, awaitingInTime: 2, withinTargetPercent: 50 },
    ]);
    t.setNow('2026-11-02T10:00:00.000Z');
    const later = await t.api('reports.office', { from: '2026-09-01', to: '2026-09-30' });
    expect(later.departments).toEqual([
      {
        organisationId: homeOffice.id,
        name: 'Home Office',
        targetWorkingDays: 20,
        sent: 4,
        replied: 1,
        repliedWithinTarget: 1,
        late: 3,
        awaitingInTime: 0,
        medianWorkingDays: 10,
        withinTargetPercent: 25,
        published: null,
      },
    ]);
  });

  it('sets the Cabinet Office’s published figure beside each department: the shipped year until the office loads a table', async () => {
    const organisation = (name: string) =>
      t.api('organisations.create', { name, kind: 'government_department', replyTargetDays: 20 });
    const cabinetOffice = await organisation('The Cabinet Office');
    const homeOffice = await organisation('HOME OFFICE');
    const dwp = await organisation('DWP');
    const kase = await visaCase();
    for (const to of [cabinetOffice, homeOffice, dwp]) {
      await t.api('correspondence.recordOutgoing', {
        organisationId: to.id,
        caseId: kase.id,
        channel: 'letter',
        subject: 'Visa',
        sentOn: '2026-09-01',
      });
    }
    const publishedFor = async () => {
      const report = await t.api('reports.office', { from: '2026-09-01', to: '2026-09-30' });
      return {
        figures: report.publishedFigures,
        byName: Object.fromEntries(report.departments.map((d) => [d.name, d.published])),
      };
    };
    const shipped = await publishedFor();
    expect(shipped.figures).toMatchObject({
      origin: 'bundled',
      year: 2023,
      total: { received: 206_515, withinTargetPercent: 77, withinTwentyDaysPercent: 79 },
    });
    expect(shipped.byName).toEqual({
      'The Cabinet Office': {
        department: 'Cabinet Office',
        targetWorkingDays: 20,
        received: 1536,
        withinTargetPercent: 84,
        withinTwentyDaysPercent: 84,
      },
      'HOME OFFICE': null,
      DWP: null,
    });

    // The table as saved from a spreadsheet on Windows: a title row, quarter rows, footnote marks, Windows-1252.
    const table = [
      'Data on responses to correspondence from MPs and Peers in 2024;;;;',
      'Department or Agency;Target Response time (Working Days);Total Number of MP correspondence received;% of response achieved within target response time;% of cases responded to within 20 working days',
      'Total;-;"190,000";80%;82%',
      'Q1;-;"50,000";78%;80%',
      'Attorney General’s Office;20 Days;180;86%;86%',
      'Home Office[footnote 2];20 Days;"40,000";0.6;0.65',
      'Q1;20 Days;"10,000";55%;60%',
      'Department for Work & Pensions;20 Days;"3,000";71%;71%',
      '',
    ].join('\r\n');
    const loaded = await t.api('replyFigures.import', {
      stagedFileId: await t.stage(encodeWindows1252(table)),
      year: 2024,
    });
    expect(loaded).toMatchObject({ origin: 'loaded', year: 2024, total: { received: 190_000 } });
    expect(loaded.departments.map((d) => d.department)).toEqual([
      'Attorney General’s Office',
      'Department for Work & Pensions',
      'Home Office',
    ]);
    const after = await publishedFor();
    expect(after.byName).toEqual({
      'The Cabinet Office': null,
      'HOME OFFICE': {
        department: 'Home Office',
        targetWorkingDays: 20,
        received: 40_000,
        withinTargetPercent: 60,
        withinTwentyDaysPercent: 65,
      },
      DWP: expect.objectContaining({ department: 'Department for Work & Pensions', withinTargetPercent: 71 }),
    });

    const bad = table.replace('0.6;', 'about half;');
    await expect(
      t.api('replyFigures.import', { stagedFileId: await t.stage(Buffer.from(bad)), year: 2024 }),
    ).rejects.toMatchObject({
      error: {
        code: 'IMPORT_REJECTED',
        message: expect.stringMatching(/^Row 6 \(Home Office\), within target, should be a percentage.*unchanged\.$/),
      },
    });
    await expect(
      t.api('replyFigures.import', {
        stagedFileId: await t.stage(Buffer.from('name,email\nAnn,ann@example.org\n')),
        year: 2024,
      }),
    ).rejects.toMatchObject({
      error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('does not look like') },
    });
    expect((await t.api('replyFigures.status', {})).year).toBe(2024);
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(t.api('reports.office', { from: '2026-10-01', to: '2026-09-01' })).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { to: ['The start must be on or before the end'] } },
    });
  });
});
