import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseRefusedError, openDatabase, POSTBAG_APPLICATION_ID } from '../../electron/backend/db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/backend/db/migrations';
import { readSchemaVersion } from '../../electron/backend/db/migrate';
import { makeTempDir } from '../support/tempBackend';
import { openStore, type DatabaseLocation, type Engine } from '../../electron/backend/db/store';
import { describeEachEngine } from '../support/engines';
import { freshPostgresDatabase } from '../support/postgres';

const opened: { close(): Promise<void> }[] = [];
const databases: { drop(): Promise<void> }[] = [];
async function open(file: string, targetVersion?: number) {
  const db = await openDatabase(file, { targetVersion });
  opened.push(db);
  return db;
}
/** The database at a schema version, on either engine (migration tests run on both). */
async function openAt(location: DatabaseLocation, targetVersion?: number) {
  const store = await openStore(location, { targetVersion });
  opened.push(store);
  return store;
}
/** A new, empty database: a file in a temp folder, or a fresh database on the test server. */
async function newDatabase(engine: Engine): Promise<DatabaseLocation> {
  if (engine === 'sqlite') return { engine, file: fileIn(makeTempDir()) };
  const database = await freshPostgresDatabase();
  databases.push(database);
  return { engine, url: database.url };
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

/**
 * A constituents row as migration 001 shaped the table, with the fields a test cares about. Untyped
 * on purpose (as Signal Desktop's migration tests are): the fixture is the old shape, so it stays
 * valid however the current schema's types move on.
 */
function constituentRow(overrides: Record<string, unknown> = {}): never {
  return {
    firstName: 'Kept',
    lastName: 'Person',
    preferredContact: 'post',
    doNotContact: 0,
    isExample: 0,
    title: '',
    email: '',
    phone: '',
    addressLine1: '1 Road',
    addressLine2: '',
    town: '',
    postcode: 'RM9 6XX',
    createdAt: 'c',
    updatedAt: 'u',
    ...overrides,
  } as never;
}

/** A cases row as migration 002 shaped the table: an open housing case called "Kept case" (untyped, as above). */
function caseRow(constituentId: number, overrides: Record<string, unknown> = {}): never {
  return {
    reference: 'PB-2026-0001',
    constituentId,
    title: 'Kept case',
    description: '',
    category: 'housing',
    priority: 'normal',
    assignee: '',
    status: 'open',
    openedOn: '2026-11-24',
    outcome: '',
    isExample: 0,
    createdAt: 'c',
    updatedAt: 'u',
    ...overrides,
  } as never;
}

/** A correspondence row as migration 005 shaped the table: a letter out, no links, no reply awaited (untyped, as above). */
function correspondenceRow(overrides: Record<string, unknown> = {}): never {
  return {
    direction: 'out',
    channel: 'letter',
    organisationId: null,
    caseId: null,
    campaignId: null,
    constituentId: null,
    ourReference: '',
    theirReference: '',
    subject: 's',
    body: '',
    datedOn: '2026-11-24',
    replyState: 'not_needed',
    replyDueOn: null,
    repliedOn: null,
    responseWorkingDays: null,
    inReplyTo: null,
    isHolding: 0,
    isExample: 0,
    actor: 'Sam',
    createdAt: 'c',
    ...overrides,
  } as never;
}

const fileIn = (dir: string) => path.join(dir, 'postbag.sqlite');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describeEachEngine('migrations', (engine) => {
  it('are numbered 1..N in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('001 creates settings, audit log and constituents on an empty database', async () => {
    const { db, schemaVersion } = await openAt(await newDatabase(engine), 1);
    expect(schemaVersion).toBe(1);
    await db
      .insertInto('constituents')
      .values(constituentRow({ firstName: 'A', lastName: 'B', addressLine1: '' }))
      .execute();
    await db.insertInto('settings').values({ key: 'staffName', value: 'Sam' }).execute();
    expect(await db.selectFrom('constituents').select('firstName').execute()).toEqual([{ firstName: 'A' }]);
  });

  it('002 adds cases to a version-1 file and keeps its constituents', async () => {
    const database = await newDatabase(engine);
    const v1 = await openAt(database, 1);
    await v1.db
      .insertInto('constituents')
      .values(constituentRow({ doNotContact: 1, email: 'k@example.org', town: 'DAGENHAM' }))
      .execute();
    await v1.db.insertInto('settings').values({ key: 'staffName', value: 'Sam' }).execute();
    await v1.close();
    opened.pop();

    const v2 = await openAt(database, 2);
    expect(v2.schemaVersion).toBe(2);
    const [person] = await v2.db.selectFrom('constituents').selectAll().execute();
    expect(person).toMatchObject({ firstName: 'Kept', doNotContact: 1, email: 'k@example.org', postcode: 'RM9 6XX' });
    expect(await v2.db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'staffName', value: 'Sam' }]);
    await v2.db
      .insertInto('cases')
      .values(caseRow(person!.id, { title: 't' }))
      .execute();
    await expect(
      v2.db
        .insertInto('cases')
        .values(caseRow(999, { reference: 'PB-2026-0002', title: 't' }))
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY|foreign key/);
  });

  it('003 adds campaigns to a version-2 file; existing cases keep their data and belong to no campaign', async () => {
    const database = await newDatabase(engine);
    const v2 = await openAt(database, 2);
    const [person] = await v2.db.insertInto('constituents').values(constituentRow()).returning('id').execute();
    await v2.db
      .insertInto('cases')
      .values(caseRow(person!.id, { description: 'd', priority: 'high', assignee: 'Sam' }))
      .execute();
    await v2.close();
    opened.pop();

    const v3 = await openAt(database, 3);
    expect(v3.schemaVersion).toBe(3);
    expect(await v3.db.selectFrom('cases').select(['reference', 'title', 'priority', 'campaignId']).execute()).toEqual([
      { reference: 'PB-2026-0001', title: 'Kept case', priority: 'high', campaignId: null },
    ]);
    const campaignId = (
      await v3.db
        .insertInto('campaigns')
        .values({
          title: 'Police',
          kind: 'petition',
          stage: 'planning',
          stageSince: '2019-09-01',
          isExample: 0,
          createdAt: 'c',
          updatedAt: 'u',
          summary: '',
          ask: '',
          targetOrganisation: '',
          owner: '',
          signatureGoal: 5000,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await v3.db.updateTable('cases').set({ campaignId }).execute();
    await v3.db.deleteFrom('campaigns').execute();
    expect(await v3.db.selectFrom('cases').select('campaignId').execute()).toEqual([{ campaignId: null }]);
  });

  it('004 adds Parliament petitions to a version-3 file; campaigns and signatures are kept', async () => {
    const database = await newDatabase(engine);
    const v3 = await openAt(database, 3);
    const { id: campaignId } = await v3.db
      .insertInto('campaigns')
      .values({
        title: 'Police',
        kind: 'petition',
        stage: 'collecting',
        stageSince: '2019-09-02',
        isExample: 0,
        createdAt: 'c',
        updatedAt: 'u',
        summary: '',
        ask: '',
        targetOrganisation: 'Home Office',
        owner: '',
        signatureGoal: 5000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: batchId } = await v3.db
      .insertInto('signatureBatches')
      .values({
        campaignId,
        source: 'csv',
        fileName: 'p.csv',
        encoding: 'UTF-8',
        rowsTotal: 1,
        imported: 1,
        duplicates: 0,
        invalid: 0,
        actor: 'Sam',
        at: 'x',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await v3.db
      .insertInto('signatures')
      .values({
        campaignId,
        batchId,
        fullName: 'Ann',
        nameKey: 'ann',
        email: '',
        postcode: 'RM9 6XX',
        address: '',
        signedOn: '2019-09-03',
        constituentId: null,
      })
      .execute();
    await v3.close();
    opened.pop();

    const v4 = await openAt(database, 4);
    expect(v4.schemaVersion).toBe(4);
    expect(await v4.db.selectFrom('campaigns').select(['title', 'stage', 'signatureGoal']).execute()).toEqual([
      { title: 'Police', stage: 'collecting', signatureGoal: 5000 },
    ]);
    expect(await v4.db.selectFrom('signatures').select(['fullName', 'postcode']).execute()).toEqual([
      { fullName: 'Ann', postcode: 'RM9 6XX' },
    ]);
    await v4.db
      .insertInto('parliamentPetitions')
      .values({
        campaignId,
        petitionId: 1,
        action: 'a',
        state: 'open',
        signatureCount: 10,
        constituencyName: 'x',
        constituencyCode: 'E14000657',
        constituencyCount: 1,
        constituencyRank: 1,
        constituenciesTotal: 1,
        responseSummary: '',
        responseDetails: '',
        respondedOn: '',
        fileName: '',
        importedAt: 'x',
      })
      .execute();
    await v4.db.deleteFrom('campaigns').execute();
    expect(await v4.db.selectFrom('parliamentPetitions').selectAll().execute()).toEqual([]);
  });

  it('005 adds organisations and correspondence to a version-4 file; cases are kept', async () => {
    const database = await newDatabase(engine);
    const v4 = await openAt(database, 4);
    const { id: constituentId } = await v4.db
      .insertInto('constituents')
      .values(constituentRow())
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: caseId } = await v4.db
      .insertInto('cases')
      .values(caseRow(constituentId))
      .returning('id')
      .executeTakeFirstOrThrow();
    await v4.close();
    opened.pop();

    const v5 = await openAt(database, 5);
    expect(v5.schemaVersion).toBe(5);
    expect(await v5.db.selectFrom('cases').select('reference').execute()).toEqual([{ reference: 'PB-2026-0001' }]);
    const { id: organisationId } = await v5.db
      .insertInto('organisations')
      .values({
        name: 'Home Office',
        kind: 'government_department',
        address: '',
        email: '',
        replyTargetDays: 20,
        isExample: 0,
        createdAt: 'c',
        updatedAt: 'u',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await v5.db
      .insertInto('correspondence')
      .values(
        correspondenceRow({
          organisationId,
          caseId,
          constituentId,
          ourReference: 'PB-2026-0001',
          replyState: 'awaiting',
          replyDueOn: '2026-12-22',
        }),
      )
      .execute();
    await v5.db.deleteFrom('cases').execute();
    expect(await v5.db.selectFrom('correspondence').selectAll().execute()).toEqual([]);
  });

  it('006 adds the default letter templates to a version-5 file; organisations are kept', async () => {
    const database = await newDatabase(engine);
    const v5 = await openAt(database, 5);
    await v5.db
      .insertInto('organisations')
      .values({
        name: 'Met',
        kind: 'police_force',
        address: '',
        email: '',
        replyTargetDays: 15,
        isExample: 0,
        createdAt: 'c',
        updatedAt: 'u',
      })
      .execute();
    await v5.close();
    opened.pop();

    const v6 = await openAt(database, 6);
    expect(await v6.db.selectFrom('organisations').select(['name', 'replyTargetDays']).execute()).toEqual([
      { name: 'Met', replyTargetDays: 15 },
    ]);
    const templates = await v6.db.selectFrom('letterTemplates').select(['name', 'purpose', 'body']).execute();
    expect(templates.map((t) => [t.name, t.purpose])).toEqual([
      ['Letter about a case', 'letter'],
      ['Chaser', 'chaser'],
    ]);
    expect(templates[1]!.body).toContain('{{previous.date}}');
  });

  it('007 adds correspondence attachments to a version-6 file; correspondence is kept', async () => {
    const database = await newDatabase(engine);
    const v6 = await openAt(database, 6);
    const { id: correspondenceId } = await v6.db
      .insertInto('correspondence')
      .values(correspondenceRow({ direction: 'in', channel: 'email', theirReference: 'HO-1', subject: 'Kept reply' }))
      .returning('id')
      .executeTakeFirstOrThrow();
    await v6.close();
    opened.pop();

    const v7 = await openAt(database, 7);
    expect(await v7.db.selectFrom('correspondence').select('subject').execute()).toEqual([{ subject: 'Kept reply' }]);
    await v7.db
      .insertInto('correspondenceAttachments')
      .values({
        correspondenceId,
        fileName: 'reply.pdf',
        sha256: 'a'.repeat(64),
        sizeBytes: 3,
        addedAt: 'a',
        addedBy: 'Sam',
      })
      .execute();
    await v7.db.deleteFrom('correspondence').execute();
    expect(await v7.db.selectFrom('correspondenceAttachments').selectAll().execute()).toEqual([]);
  });

  it('008 adds the campaign standard reply template to a version-7 file; the office’s own templates are kept', async () => {
    const database = await newDatabase(engine);
    const v7 = await openAt(database, 7);
    await v7.db
      .insertInto('letterTemplates')
      .values({ name: 'Our own', purpose: 'letter', subject: 's', body: 'b', updatedAt: 'u' })
      .execute();
    await v7.close();
    opened.pop();

    const v8 = await openAt(database, 8);
    const templates = await v8.db
      .selectFrom('letterTemplates')
      .select(['name', 'purpose', 'body'])
      .orderBy('id')
      .execute();
    expect(templates.map((t) => [t.name, t.purpose])).toEqual([
      ['Letter about a case', 'letter'],
      ['Chaser', 'chaser'],
      ['Our own', 'letter'],
      ['Campaign standard reply', 'standard_reply'],
    ]);
    expect(templates[3]!.body).toContain('{{campaign.signatures}}');
  });

  it('009 indexes existing constituents for intake search, and moves free-text outcomes into notes', async () => {
    const database = await newDatabase(engine);
    const v8 = await openAt(database, 8);
    await v8.db
      .insertInto('constituents')
      .values(constituentRow({ firstName: 'Zoë', lastName: "O'Brien", phone: '+44 (0)7700 900123', town: 'Dagenham' }))
      .execute();
    const [person] = await v8.db.selectFrom('constituents').select('id').execute();
    const caseRow = {
      constituentId: person!.id,
      title: 't',
      description: '',
      category: 'housing' as const,
      priority: 'normal' as const,
      assignee: '',
      openedOn: '2026-11-24',
      isExample: 0,
      createdAt: 'c',
      updatedAt: 'u',
    };
    await v8.db
      .insertInto('cases')
      .values([
        { ...caseRow, reference: 'PB-2026-0001', status: 'closed', outcome: 'Council fixed the roof.' },
        { ...caseRow, reference: 'PB-2026-0002', status: 'open', outcome: '' },
      ] as never)
      .execute();
    await v8.close();
    opened.pop();

    const v9 = await openAt(database, 9);
    expect(
      await v9.db.selectFrom('constituents').select(['searchText', 'phoneDigits', 'salutation']).execute(),
    ).toEqual([{ searchText: 'zoe obrien 1 road dagenham', phoneDigits: '07700900123', salutation: 'title_surname' }]);
    expect(
      await v9.db.selectFrom('cases').select(['reference', 'outcome', 'outcomeNote']).orderBy('reference').execute(),
    ).toEqual([
      { reference: 'PB-2026-0001', outcome: 'Other (see note)', outcomeNote: 'Council fixed the roof.' },
      { reference: 'PB-2026-0002', outcome: '', outcomeNote: '' },
    ]);
    expect(await v9.db.selectFrom('caseOutcomes').select('label').orderBy('position').execute()).toHaveLength(7);
  });

  it('010 gives existing organisations an empty recipient name and role', async () => {
    const database = await newDatabase(engine);
    const v9 = await openAt(database, 9);
    await v9.db
      .insertInto('organisations')
      .values({
        name: 'Home Office',
        kind: 'government_department',
        address: 'a',
        email: '',
        replyTargetDays: 20,
        isExample: 0,
        createdAt: 'c',
        updatedAt: 'u',
      })
      .execute();
    await v9.close();
    opened.pop();
    const v10 = await openAt(database, 10);
    expect(
      await v10.db.selectFrom('organisations').select(['name', 'recipientName', 'recipientRole']).execute(),
    ).toEqual([{ name: 'Home Office', recipientName: '', recipientRole: '' }]);
  });

  it('011 adds ward names beside a version-10 postcode directory, which is kept', async () => {
    const database = await newDatabase(engine);
    const v10 = await openAt(database, 10);
    await v10.db
      .insertInto('postcodeWards')
      .values({ postcode: 'RM9 6XX', wardCode: 'E05014069', wardName: '', constituencyCode: '' })
      .execute();
    await v10.close();
    opened.pop();
    const v11 = await openAt(database, 11);
    expect(await v11.db.selectFrom('postcodeWards').select('wardCode').execute()).toEqual([{ wardCode: 'E05014069' }]);
    await v11.db.insertInto('wardNames').values({ wardCode: 'E05014069', wardName: 'Mayesbrook' }).execute();
    expect(await v11.db.selectFrom('wardNames').selectAll().execute()).toEqual([
      { wardCode: 'E05014069', wardName: 'Mayesbrook' },
    ]);
  });

  it('012 gives existing signatures an empty comment', async () => {
    const database = await newDatabase(engine);
    const v11 = await openAt(database, 11);
    await sql`INSERT INTO campaigns (title, summary, ask, kind, target_organisation, owner, stage, stage_since, is_example, created_at, updated_at)
      VALUES ('c', '', '', 'petition', '', '', 'planning', '2019-09-01', 0, 'c', 'u')`.execute(v11.db);
    await sql`INSERT INTO signature_batches (campaign_id, source, file_name, encoding, rows_total, imported, duplicates, invalid, actor, at)
      VALUES (1, 'csv', 'f', 'UTF-8', 1, 1, 0, 0, 'Sam', 'a')`.execute(v11.db);
    await sql`INSERT INTO signatures (campaign_id, batch_id, full_name, name_key, email, postcode, address, signed_on)
      VALUES (1, 1, 'Kept Signer', 'kept signer', '', 'RM9 6XX', '', '')`.execute(v11.db);
    await v11.close();
    opened.pop();
    const v12 = await openAt(database, 12);
    expect(await v12.db.selectFrom('signatures').select(['fullName', 'comment']).execute()).toEqual([
      { fullName: 'Kept Signer', comment: '' },
    ]);
  });

  it('013 adds letter drafts to a version-12 file, whose letters are kept', async () => {
    const database = await newDatabase(engine);
    const v12 = await openAt(database, 12);
    await v12.db
      .insertInto('correspondence')
      .values(correspondenceRow({ subject: 'Kept letter' }))
      .execute();
    await v12.close();
    opened.pop();
    const v13 = await openAt(database, 13);
    expect(await v13.db.selectFrom('correspondence').select('subject').execute()).toEqual([{ subject: 'Kept letter' }]);
    await v13.db
      .insertInto('letterDrafts')
      .values({ purpose: 'letter', subject: 's', body: 'b', updatedAt: 'u', updatedBy: 'Sam' })
      .execute();
    expect(await v13.db.selectFrom('letterDrafts').select(['subject', 'caseId']).execute()).toEqual([
      { subject: 's', caseId: null },
    ]);
  });

  it('014 keys existing constituents by the one same-person rule, so the duplicate warning finds them', async () => {
    const database = await newDatabase(engine);
    const v13 = await openAt(database, 13);
    await v13.db
      .insertInto('constituents')
      .values(constituentRow({ firstName: 'Zoë', lastName: "O'Brien", email: ' ZOE@Example.org' }))
      .execute();
    await v13.close();
    opened.pop();
    const v14 = await openAt(database, 14);
    expect(await v14.db.selectFrom('constituents').select(['firstName', 'nameKey', 'emailKey']).execute()).toEqual([
      { firstName: 'Zoë', nameKey: 'zoeobrien', emailKey: 'zoe@example.org' },
    ]);
  });

  it('015 starts existing cases and constituents at version 1', async () => {
    const database = await newDatabase(engine);
    const v14 = await openAt(database, 14);
    await v14.db.insertInto('constituents').values(constituentRow()).execute();
    await v14.close();
    opened.pop();
    const v15 = await openAt(database, 15);
    expect(await v15.db.selectFrom('constituents').select(['firstName', 'version']).execute()).toEqual([
      { firstName: 'Kept', version: 1 },
    ]);
  });

  it('016 adds attachment contents (office mode) to a version-15 database, whose attachments are kept', async () => {
    const database = await newDatabase(engine);
    const v15 = await openAt(database, 15);
    await v15.db.insertInto('correspondence').values(correspondenceRow()).execute();
    await v15.db
      .insertInto('correspondenceAttachments')
      .values({
        correspondenceId: 1,
        fileName: 'reply.pdf',
        sha256: 'a'.repeat(64),
        sizeBytes: 3,
        addedAt: 'a',
        addedBy: 'Sam',
      })
      .execute();
    await v15.close();
    opened.pop();
    const v16 = await openAt(database, 16);
    expect(await v16.db.selectFrom('correspondenceAttachments').select('fileName').execute()).toEqual([
      { fileName: 'reply.pdf' },
    ]);
    await v16.db
      .insertInto('attachmentContents')
      .values({ sha256: 'a'.repeat(64), content: Buffer.from('pdf') })
      .execute();
    const stored = await v16.db.selectFrom('attachmentContents').select('content').executeTakeFirstOrThrow();
    expect(Buffer.from(stored.content).toString()).toBe('pdf');
  });

  it('017 makes an office already at work its named person’s, as administrator with sign-in off; a new one starts empty', async () => {
    const working = await newDatabase(engine);
    const v16 = await openAt(working, 16);
    await v16.db.insertInto('settings').values({ key: 'staffName', value: 'Sam Okoro' }).execute();
    await v16.close();
    opened.pop();
    const v17 = await openAt(working, 17);
    expect(await v17.db.selectFrom('staff').select(['name', 'nameKey', 'role', 'passwordHash']).execute()).toEqual([
      { name: 'Sam Okoro', nameKey: 'samokoro', role: 'administrator', passwordHash: '' },
    ]);
    expect(await v17.db.selectFrom('settings').selectAll().orderBy('key').execute()).toEqual([
      { key: 'signInOff', value: '1' },
    ]);

    const fresh = await openAt(await newDatabase(engine), 17);
    expect(await fresh.db.selectFrom('staff').selectAll().execute()).toEqual([]);
  });

  it('018 starts existing organisations, campaigns and letter templates at version 1', async () => {
    const database = await newDatabase(engine);
    const v17 = await openAt(database, 17);
    await v17.db
      .insertInto('organisations')
      .values({
        name: 'Home Office',
        kind: 'government_department',
        replyTargetDays: 20,
        isExample: 0,
        createdAt: 'c',
        updatedAt: 'u',
      } as never)
      .execute();
    await v17.close();
    opened.pop();
    const v18 = await openAt(database, 18);
    expect(await v18.db.selectFrom('organisations').select(['name', 'version']).execute()).toEqual([
      { name: 'Home Office', version: 1 },
    ]);
    const templates = await v18.db.selectFrom('letterTemplates').select('version').execute();
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.every((template) => template.version === 1)).toBe(true);
  });

  it('019 adds an empty search index (the backend fills it at start) and keeps the records', async () => {
    const database = await newDatabase(engine);
    const v18 = await openAt(database, 18);
    await v18.db.insertInto('constituents').values(constituentRow()).execute();
    await v18.close();
    opened.pop();
    const v19 = await openAt(database, 19);
    expect(await v19.db.selectFrom('constituents').select('firstName').execute()).toEqual([{ firstName: 'Kept' }]);
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM search_index`.execute(v19.db);
    expect(Number(rows[0]!.n)).toBe(0);
    await sql`INSERT INTO search_index (${sql.ref(engine === 'postgres' ? 'key' : 'rowid')}, folded) VALUES (9, 'zoe bronte')`.execute(
      v19.db,
    );
    const { rows: kept } = await sql<{ folded: string }>`SELECT folded FROM search_index`.execute(v19.db);
    expect(kept).toEqual([{ folded: 'zoe bronte' }]);
  });

  it('020 adds the Reports page’s indexes and keeps the cases', async () => {
    const database = await newDatabase(engine);
    const v19 = await openAt(database, 19);
    await v19.db.insertInto('constituents').values(constituentRow()).execute();
    await v19.close();
    opened.pop();
    const v20 = await openAt(database, 20);
    const { rows } =
      engine === 'postgres'
        ? await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'cases'`.execute(
            v20.db,
          )
        : await sql<{
            name: string;
          }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases'`.execute(v20.db);
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['cases_report_opened', 'cases_report_closed']));
    expect(await v20.db.selectFrom('constituents').select('firstName').execute()).toEqual([{ firstName: 'Kept' }]);
  });

  it('021 adds an empty table of published reply figures (the shipped copy is in use) and keeps the bank holidays', async () => {
    const database = await newDatabase(engine);
    const v20 = await openAt(database, 20);
    await v20.db.insertInto('bankHolidays').values({ date: '2026-12-25', title: 'Christmas Day' }).execute();
    await v20.close();
    opened.pop();
    const v21 = await openAt(database, 21);
    expect(await v21.db.selectFrom('bankHolidays').select('date').execute()).toEqual([{ date: '2026-12-25' }]);
    expect(await v21.db.selectFrom('publishedReplyFigures').selectAll().execute()).toEqual([]);
    const row = {
      department: 'Home Office',
      year: 2024,
      targetWorkingDays: 20,
      received: 40000,
      withinTargetPercent: 61.5,
      withinTwentyDaysPercent: null,
    };
    await v21.db.insertInto('publishedReplyFigures').values(row).execute();
    expect(await v21.db.selectFrom('publishedReplyFigures').selectAll().execute()).toEqual([row]);
  });

  it('022 makes the audit log append-only: its entries are kept, new ones added, none changed or removed', async () => {
    const database = await newDatabase(engine);
    const v21 = await openAt(database, 21);
    const entry = { at: '2026-11-24T10:00:00.000Z', actor: 'Sam Okoro', entity: 'case', entityId: 7, action: 'create' };
    await v21.db.insertInto('auditLog').values(entry).execute();
    await v21.close();
    opened.pop();
    const v22 = await openAt(database, 22);
    await v22.db
      .insertInto('auditLog')
      .values({ ...entry, action: 'update' })
      .execute();
    expect(await v22.db.selectFrom('auditLog').select(['actor', 'action']).orderBy('id').execute()).toEqual([
      { actor: 'Sam Okoro', action: 'create' },
      { actor: 'Sam Okoro', action: 'update' },
    ]);
    const refused = /append-only/;
    await expect(v22.db.updateTable('auditLog').set({ actor: 'Someone else' }).execute()).rejects.toThrow(refused);
    await expect(v22.db.deleteFrom('auditLog').where('action', '=', 'create').execute()).rejects.toThrow(refused);
    if (engine === 'postgres') await expect(sql`TRUNCATE audit_log`.execute(v22.db)).rejects.toThrow(refused);
    expect(await v22.db.selectFrom('auditLog').select('actor').execute()).toEqual([
      { actor: 'Sam Okoro' },
      { actor: 'Sam Okoro' },
    ]);
  });

  it('023 adds an append-only record of erasures and keeps the audit log', async () => {
    const database = await newDatabase(engine);
    const v22 = await openAt(database, 22);
    const entry = { at: '2026-11-24T10:00:00.000Z', actor: 'Sam Okoro', entity: 'case', entityId: 7, action: 'create' };
    await v22.db.insertInto('auditLog').values(entry).execute();
    await v22.close();
    opened.pop();
    const v23 = await openAt(database, 23);
    expect(await v23.db.selectFrom('auditLog').select('action').execute()).toEqual([{ action: 'create' }]);
    const erasure = {
      erasedAt: '2026-11-25T10:00:00.000Z',
      actor: 'Sam Okoro',
      reason: 'Asked by letter',
      constituentId: 3,
      records: '{"constituent":3}',
    };
    await v23.db.insertInto('erasures').values(erasure).execute();
    await expect(v23.db.updateTable('erasures').set({ reason: 'Changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(v23.db.deleteFrom('erasures').execute()).rejects.toThrow(/append-only/);
    expect(await v23.db.selectFrom('erasures').select(['reason', 'constituentId']).execute()).toEqual([
      { reason: 'Asked by letter', constituentId: 3 },
    ]);
  });

  it('024 adds the subject access request log, whose rows outlive the person they came from', async () => {
    const database = await newDatabase(engine);
    const v23 = await openAt(database, 23);
    await v23.db.insertInto('constituents').values(constituentRow()).execute();
    await v23.close();
    opened.pop();
    const v24 = await openAt(database, 24);
    const [person] = await v24.db.selectFrom('constituents').select(['id', 'firstName']).execute();
    expect(person!.firstName).toBe('Kept');
    await v24.db
      .insertInto('subjectAccessRequests')
      .values({
        constituentId: person!.id,
        receivedOn: '2026-11-20',
        receivedBy: 'letter',
        dueOn: '2026-12-20',
        recordedBy: 'Sam Okoro',
        createdAt: '2026-11-20T10:00:00.000Z',
      })
      .execute();
    await v24.db.deleteFrom('constituents').execute();
    expect(await v24.db.selectFrom('subjectAccessRequests').select(['constituentId', 'dueOn']).execute()).toEqual([
      { constituentId: null, dueOn: '2026-12-20' },
    ]);
  });
  it('025 adds append-only retention reviews and keeps the constituents', async () => {
    const database = await newDatabase(engine);
    const v24 = await openAt(database, 24);
    await v24.db.insertInto('constituents').values(constituentRow()).execute();
    await v24.close();
    opened.pop();
    const v25 = await openAt(database, 25);
    expect(await v25.db.selectFrom('constituents').select('firstName').execute()).toEqual([{ firstName: 'Kept' }]);
    const review = {
      kind: 'closed_case' as const,
      recordId: 7,
      decision: 'keep' as const,
      reason: 'Ombudsman complaint open',
      decidedBy: 'Sam Okoro',
      decidedAt: '2026-11-25T10:00:00.000Z',
      reviewAgainOn: '2027-11-25',
    };
    await v25.db.insertInto('retentionReviews').values(review).execute();
    await expect(v25.db.updateTable('retentionReviews').set({ reason: 'x' }).execute()).rejects.toThrow(/append-only/);
    await expect(v25.db.deleteFrom('retentionReviews').execute()).rejects.toThrow(/append-only/);
    expect(await v25.db.selectFrom('retentionReviews').select(['reason', 'reviewAgainOn']).execute()).toEqual([
      { reason: 'Ombudsman complaint open', reviewAgainOn: '2027-11-25' },
    ]);
  });

  it('026 starts existing cases with consent not recorded, and keeps them', async () => {
    const database = await newDatabase(engine);
    const v25 = await openAt(database, 25);
    const [person] = await v25.db.insertInto('constituents').values(constituentRow()).returning('id').execute();
    await v25.db.insertInto('cases').values(caseRow(person!.id)).execute();
    await v25.close();
    opened.pop();
    const v26 = await openAt(database, 26);
    expect(await v26.db.selectFrom('cases').select(['title', 'consentGivenBy', 'consentGivenOn']).execute()).toEqual([
      { title: 'Kept case', consentGivenBy: '', consentGivenOn: null },
    ]);
  });
});

describe('[sqlite] data files', () => {
  it('refuses a file from a newer Postbag and leaves it byte for byte untouched', async () => {
    const file = fileIn(makeTempDir());
    const raw = new SqliteDatabase(file);
    raw.pragma(`application_id = ${POSTBAG_APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.exec('CREATE TABLE future_things (x)');
    raw.close();
    const before = sha(file);

    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseRefusedError);
    expect((error as DatabaseRefusedError).reason).toBe('newer_version');
    expect((error as Error).message).toMatch(/newer version of Postbag.*left as it is/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database, untouched', async () => {
    const file = fileIn(makeTempDir());
    fs.writeFileSync(file, 'this is not a database at all, just some notes'.repeat(100));
    const before = sha(file);
    await expect(openDatabase(file)).rejects.toMatchObject({ reason: 'unreadable' });
    expect(sha(file)).toBe(before);
  });

  it('refuses another program’s SQLite file', async () => {
    const file = fileIn(makeTempDir());
    const raw = new SqliteDatabase(file);
    raw.pragma('application_id = 12345');
    raw.exec('CREATE TABLE theirs (x)');
    raw.close();
    await expect(openDatabase(file)).rejects.toMatchObject({ reason: 'not_postbag' });
  });
});

describe('[sqlite] database settings', () => {
  it('are applied again after reopening the file', async () => {
    const file = fileIn(makeTempDir());
    const first = await open(file);
    await first.close();
    opened.pop();

    const { sqlite, db } = await open(file);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(POSTBAG_APPLICATION_ID);
    expect(await readSchemaVersion(db as never)).toBe(LATEST_SCHEMA_VERSION);
  });
});
