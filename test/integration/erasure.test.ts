import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines';
import { filesUnder, markersFoundIn } from '../support/byteScan';
import { createMarkedPerson, type MarkedPerson } from '../support/markedPerson';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

describeEachEngine('erasure', (engine) => {
  let t: TempBackend;
  let person: MarkedPerson;
  const erase = (confirmName = 'QzxFirstVwk QzxLastVwk') =>
    t.api('dataProtection.erasePerson', {
      constituentId: person.constituentId,
      reason: 'Asked by letter received 20 Nov 2026',
      confirmName,
    });
  beforeEach(async () => {
    t = await startTempBackend({ engine, start: '2026-11-24T10:00:00.000Z', staffName: 'Sam Okoro' });
    person = await createMarkedPerson(t.api, t.stage);
  });
  afterEach(async () => {
    await t.close();
  });

  it('takes the person, their cases, letters, drafts and files; keeps their signature counted with nothing saying who', async () => {
    const neighbour = await t.api('constituents.create', {
      firstName: 'Una',
      lastName: 'Neighbour',
      email: 'una@example.org',
      preferredContact: 'email',
    });
    const signaturesBefore = (await t.api('campaigns.list', {}))[0]!.signatures;

    expect(await erase()).toEqual({ cases: 1, letters: 2, attachments: 1, letterDrafts: 1, signaturesKept: 1 });

    await expect(t.api('constituents.get', { id: person.constituentId })).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    await expect(t.api('cases.get', { id: person.caseId })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
    await expect(t.api('attachments.download', { id: person.attachmentId })).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    for (const query of ['QzxCaseNoteVwk', 'QzxLetterBodyVwk', 'QzxFirstVwk', 'QzxSignerNameVwk', '07700 931 846']) {
      expect((await t.api('search.global', { query })).groups, query).toEqual([]);
    }
    expect((await t.api('campaigns.list', {}))[0]!.signatures).toBe(signaturesBefore);
    expect((await t.api('constituents.get', { id: neighbour.id })).constituent.lastName).toBe('Neighbour');

    const audit = await t.api('audit.list', { entity: 'constituent', entityId: person.constituentId });
    expect(audit.entries[0]).toMatchObject({ actor: 'Sam Okoro', action: 'erase' });
    const [erasure] = await t.backend.context.db.selectFrom('erasures').selectAll().execute();
    expect(erasure).toMatchObject({ actor: 'Sam Okoro', reason: 'Asked by letter received 20 Nov 2026' });
    expect(JSON.parse(erasure!.records)).toMatchObject({ constituent: person.constituentId, cases: [person.caseId] });
  });

  it('erases nothing unless the person’s name is typed again, and only for administrators', async () => {
    await expect(erase('Someone Else')).rejects.toMatchObject({
      error: { code: 'VALIDATION', fields: { confirmName: ['Type “QzxFirstVwk QzxLastVwk” to confirm'] } },
    });
    const caseworker = await t.signedInAs('Priya Nair', 'caseworker');
    await expect(
      caseworker('dataProtection.erasePerson', {
        constituentId: person.constituentId,
        reason: 'No',
        confirmName: 'QzxFirstVwk QzxLastVwk',
      }),
    ).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await t.api('constituents.get', { id: person.constituentId })).cases).toHaveLength(1);
    expect((await t.api('search.global', { query: 'QzxCaseNoteVwk' })).groups).not.toEqual([]);
  });

  if (engine === 'sqlite') {
    it('leaves no readable byte of the person in the data file, its -wal or the attachment copies', async () => {
      // A subject access export first: its zip passes through the staging folder too.
      const file = await t.api('dataProtection.exportSubjectAccess', { constituentId: person.constituentId });
      expect((await t.download(file)).length).toBeGreaterThan(0);
      const folders = [path.dirname(t.dataFile)];
      const scan = () => {
        const files = folders.flatMap(filesUnder).filter((name) => !name.endsWith('.log'));
        return markersFoundIn(files, person.markers);
      };
      expect(scan().length).toBeGreaterThan(0); // the scan finds them while they are held
      await erase();
      expect(scan()).toEqual([]);
    });
  }
});
