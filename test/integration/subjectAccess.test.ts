import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  DERIVED_TABLES,
  NOT_ABOUT_CONSTITUENTS,
  PERSONAL_TABLES,
} from '../../electron/backend/domains/dataProtection/personalData';
import { POSTGRES_VERSION_TABLE } from '../../electron/backend/db/migrate';
import { describeEachEngine } from '../support/engines';
import { createMarkedPerson } from '../support/markedPerson';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

describeEachEngine('subject access export', (engine) => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await startTempBackend({ engine, start: '2026-11-24T10:00:00.000Z', staffName: 'Sam Okoro' });
  });
  afterEach(async () => {
    await t.close();
  });

  it('knows, for every table the database has, whether it holds data about a person', async () => {
    const db = t.backend.context.db;
    const { rows } =
      engine === 'postgres'
        ? await sql<{
            name: string;
          }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`.execute(db)
        : await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
    const derived = (name: string) => DERIVED_TABLES.some((table) => name === table || name.startsWith(`${table}_`));
    const bookkeeping = (name: string) => name.startsWith('sqlite_') || name === POSTGRES_VERSION_TABLE;
    const inDatabase = rows.map((row) => row.name).filter((name) => !bookkeeping(name) && !derived(name));
    const classified = [...PERSONAL_TABLES, ...Object.keys(NOT_ABOUT_CONSTITUENTS)].map(snakeCase);
    expect(inDatabase.sort()).toEqual(classified.sort());
  });

  it('gives everything held about one person in a zip: a printable summary, every field in JSON, their attachments', async () => {
    const person = await createMarkedPerson(t.api, t.stage);
    const someoneElse = await t.api('constituents.create', {
      firstName: 'Unrelated',
      lastName: 'Neighbour',
      email: 'neighbour@example.org',
      preferredContact: 'email',
    });
    await t.api('cases.create', {
      constituentId: someoneElse.id,
      title: 'Someone else’s housing case',
      category: 'housing',
      openedOn: '2026-11-05',
    });

    const file = await t.api('dataProtection.exportSubjectAccess', { constituentId: person.constituentId });
    expect(file.fileName).toMatch(/^Subject access QzxFirstVwk QzxLastVwk 2026-11-24\.zip$/);
    const zip = await JSZip.loadAsync(await t.download(file));
    const json = await zip.file('data.json')!.async('string');
    const summary = await zip.file('summary.html')!.async('string');
    const data = JSON.parse(json) as { sections: Record<string, unknown[]> };
    for (const table of PERSONAL_TABLES) expect(data.sections[table], table).not.toHaveLength(0);
    for (const marker of person.markers.filter((m) => !m.startsWith('QzxAttachmentContent'))) {
      expect(json, marker).toContain(marker);
      expect(summary, marker).toContain(marker);
    }
    expect(summary).toContain('Signed consent form, 2 Nov 2026');
    const attachments = Object.keys(zip.files).filter(
      (name) => name.startsWith('attachments/') && !zip.files[name]!.dir,
    );
    expect(attachments).toEqual([
      `attachments/${person.correspondenceId}-${person.attachmentId} QzxAttachmentNameVwk.pdf`,
    ]);
    expect(await zip.file(attachments[0]!)!.async('nodebuffer')).toEqual(person.attachmentBytes);
    // The signature matched by e-mail (typed in capitals), not linked by hand.
    expect(data.sections.signatures).toMatchObject([{ fullName: 'QzxSignerNameVwk', campaign: 'More police' }]);
    expect(json + summary).not.toMatch(/Unrelated|Neighbour|Someone else/);

    const audit = await t.api('audit.list', { entity: 'constituent', entityId: person.constituentId });
    expect(audit.entries[0]).toMatchObject({ actor: 'Sam Okoro', action: 'subject_access_export' });
  });

  it('is for administrators, and says when the person is not held', async () => {
    const person = await createMarkedPerson(t.api, t.stage);
    const caseworker = await t.signedInAs('Priya Nair', 'caseworker');
    await expect(
      caseworker('dataProtection.exportSubjectAccess', { constituentId: person.constituentId }),
    ).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    await expect(t.api('dataProtection.exportSubjectAccess', { constituentId: 999_999 })).rejects.toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});
