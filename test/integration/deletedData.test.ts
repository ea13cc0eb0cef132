import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvBytes, signatureCsv } from '../support/csvFiles';
import { startTempBackend, type TempBackend } from '../support/tempBackend';

let t: TempBackend;
beforeEach(async () => {
  t = await startTempBackend();
});
afterEach(async () => {
  await t.close();
});

/** Where the marker can still be read, with the app running: the data file, its -wal and -shm. */
function filesHolding(marker: string): string[] {
  const needle = Buffer.from(marker);
  return ['', '-wal', '-shm']
    .map((suffix) => `${t.dataFile}${suffix}`)
    .filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(needle))
    .map((file) => path.basename(file));
}

const unique = (label: string) => `${label}Zq${Math.random().toString(36).slice(2, 10)}`;

async function constituentNamed(lastName: string, email: string) {
  return t.api('constituents.create', {
    firstName: 'Ada',
    lastName,
    email,
    preferredContact: 'email',
  });
}

describe('removed personal data is not left readable in the data file or its -wal', () => {
  it('after a name and an e-mail address are edited', async () => {
    const oldName = unique('Oldname');
    const oldEmail = `${unique('old')}@example.org`;
    const person = await constituentNamed(oldName, oldEmail);
    expect(filesHolding(oldName).length).toBeGreaterThan(0);

    await t.api('constituents.update', {
      id: person.id,
      version: person.version,
      firstName: 'Ada',
      lastName: 'Newname',
      email: 'new@example.org',
      preferredContact: 'email',
    });
    expect(filesHolding(oldName)).toEqual([]);
    expect(filesHolding(oldEmail)).toEqual([]);
  });

  it('after an import batch is undone', async () => {
    const campaign = await t.api('campaigns.create', { title: 'Police', kind: 'petition', startedOn: '2019-09-01' });
    const signer = unique('Signer');
    const email = `${unique('sig')}@example.org`;
    const batch = await t.job('signatures.import', {
      campaignId: campaign.id,
      fileName: 'p.csv',
      stagedFileId: await t.stage(csvBytes(signatureCsv([[`Pat ${signer}`, email, 'RM9 6XX', '24/10/2019']]))),
      mapping: { fullName: 0, email: 1, postcode: 2, signedOn: 3 },
    });
    expect(filesHolding(signer).length).toBeGreaterThan(0);

    await t.api('signatures.undoBatch', { batchId: batch.batchId });
    expect(filesHolding(signer)).toEqual([]);
    expect(filesHolding(email)).toEqual([]);
  });

  it('after an attachment is removed (its record, and its copy overwritten before it goes)', async () => {
    const person = await constituentNamed('Holder', 'holder@example.org');
    const letter = await t.api('correspondence.recordIncoming', {
      constituentId: person.id,
      channel: 'letter',
      subject: 'Scan',
      receivedOn: '2026-11-24',
    });
    const fileName = `${unique('medical')}.pdf`;
    const added = await t.api('attachments.add', {
      correspondenceId: letter.id,
      fileName,
      stagedFileId: await t.stage(Buffer.from('%PDF diagnosis')),
    });
    await t.api('attachments.remove', { id: added.id });
    expect(filesHolding(fileName)).toEqual([]);
    expect(fs.readdirSync(path.join(t.dir, 'attachments'))).toEqual([]);
  });

  it('after the example office is removed', async () => {
    await t.api('exampleData.load', {});
    const { rows } = await t.api('constituents.list', { limit: 200 });
    const exampleEmail = rows.find((row) => row.email !== '')!.email;
    expect(filesHolding(exampleEmail).length).toBeGreaterThan(0);

    await t.api('exampleData.remove', {});
    expect(filesHolding(exampleEmail)).toEqual([]);
  });
});
