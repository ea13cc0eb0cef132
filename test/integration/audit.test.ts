import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

describeEachEngine('audit log', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ engine, start: '2026-11-24T10:00:00.000Z', staffName: 'Sam Okoro' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('lists who did what to which record, filtered by staff member, record, action and day, newest first', async () => {
    const priya = await t.signedInAs('Priya Nair', 'caseworker');
    const person = await t.api('constituents.create', {
      firstName: 'Zanzibar',
      lastName: 'Quixotic-Marker',
      email: 'marker@example.org',
      preferredContact: 'email',
    });
    t.setNow('2026-11-25T09:00:00.000Z');
    const kase = await priya('cases.create', {
      constituentId: person.id,
      title: 'Visa refused for Zanzibar',
      category: 'immigration',
      openedOn: '2026-11-25',
    });
    await priya('cases.addNote', { caseId: kase.id, body: 'Spoke to Zanzibar about the appeal' });

    const all = await t.api('audit.list', {});
    expect(all.actors).toEqual(['Priya Nair', 'Sam Okoro']);
    expect(
      all.entries.slice(0, 3).map(({ actor, entity, entityId, action }) => [actor, entity, entityId, action]),
    ).toEqual([
      ['Priya Nair', 'case', kase.id, 'add_note'],
      ['Priya Nair', 'case', kase.id, 'create'],
      ['Sam Okoro', 'constituent', person.id, 'create'],
    ]);
    // Who and what, never the personal content itself.
    expect(JSON.stringify(all)).not.toMatch(/Zanzibar|Quixotic|marker@/);

    const byPriya = await t.api('audit.list', { actor: 'Priya Nair' });
    expect(new Set(byPriya.entries.map((entry) => entry.actor))).toEqual(new Set(['Priya Nair']));
    const theCase = await t.api('audit.list', { entity: 'case', entityId: kase.id });
    expect(theCase.entries.map((entry) => entry.action)).toEqual(['add_note', 'create']);
    expect((await t.api('audit.list', { action: 'add_note' })).entries).toHaveLength(1);
    const onTheTwentyFourth = await t.api('audit.list', { from: '2026-11-24', to: '2026-11-24' });
    expect(onTheTwentyFourth.entries.map((entry) => entry.action)).toContain('create');
    expect(onTheTwentyFourth.entries.every((entry) => entry.at.startsWith('2026-11-24'))).toBe(true);
  });

  it('pages back through a long log without missing or repeating an entry', async () => {
    for (let i = 0; i < 120; i++) await t.api('caseOutcomes.add', { label: `Outcome ${i}` });
    const first = await t.api('audit.list', { action: 'create', entity: 'case_outcome' });
    expect(first.entries).toHaveLength(100);
    expect(first.more).toBe(true);
    const second = await t.api('audit.list', {
      action: 'create',
      entity: 'case_outcome',
      before: first.entries.at(-1)!.id,
    });
    expect(second.more).toBe(false);
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('says who took a copy of which record: a Word letter, an attachment, a signers CSV, a subject access export', async () => {
    const person = await t.api('constituents.create', {
      firstName: 'Ann',
      lastName: 'Able',
      email: 'ann@example.org',
      preferredContact: 'email',
      addressLine1: '1 High Street',
      town: 'Dagenham',
      postcode: 'RM9 6XX',
    });
    const kase = await t.api('cases.create', {
      constituentId: person.id,
      title: 'Visa',
      category: 'immigration',
      openedOn: '2026-11-24',
    });
    const home = await t.api('organisations.create', {
      name: 'Home Office',
      kind: 'government_department',
      replyTargetDays: 20,
    });
    const letter = await t.api('correspondence.recordOutgoing', {
      organisationId: home.id,
      caseId: kase.id,
      channel: 'letter',
      subject: 'Visa',
      body: 'Dear Minister',
      sentOn: '2026-11-24',
    });
    const attachment = await t.api('attachments.add', {
      correspondenceId: letter.id,
      fileName: 'letter.pdf',
      stagedFileId: await t.stage(Buffer.from('%PDF-1.4 letter'), 'letter.pdf'),
    });
    const campaign = await t.api('campaigns.create', {
      title: 'More police',
      kind: 'petition',
      startedOn: '2026-10-01',
    });
    const priya = await t.signedInAs('Priya Nair', 'caseworker');
    await t.download(await priya('attachments.download', { id: attachment.id }));
    await t.download(
      await priya('letters.exportDocx', {
        caseId: kase.id,
        campaignId: null,
        organisationId: home.id,
        previousId: null,
        subject: 'Visa',
        body: '<p>Dear Minister</p>',
      }),
    );
    await priya('signatures.export', { campaignId: campaign.id });
    await t.download(await t.api('dataProtection.exportSubjectAccess', { constituentId: person.id }));
    const taken = await t.api('audit.list', {});
    expect(
      taken.entries.slice(0, 4).map(({ actor, entity, entityId, action }) => [actor, entity, entityId, action]),
    ).toEqual([
      ['Sam Okoro', 'constituent', person.id, 'subject_access_export'],
      ['Priya Nair', 'campaign', campaign.id, 'export_signers_csv'],
      ['Priya Nair', 'case', kase.id, 'export_word'],
      ['Priya Nair', 'attachment', attachment.id, 'download'],
    ]);
  });

  it('is for administrators, and refuses a record number without its kind', async () => {
    const priya = await t.signedInAs('Priya Nair', 'caseworker');
    await expect(priya('audit.list', {})).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    await expect(t.api('audit.list', { entityId: 3 })).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { entity: ['Choose the kind of record the number belongs to'] } },
    });
  });
});
