import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Constituent } from '../../shared/contract/constituents';
import { filesUnder, markersFoundIn } from '../support/byteScan';
import { loadExampleOffice } from './pages/settingsPage';
import { axeFindings } from './support/axe';
import { chooseFile } from './support/fileChooser';
import { AppSession, callApiIn } from './support/session';

const marker = (field: string) => `Qzx${field}Vwk`;

describe('data protection', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
    await loadExampleOffice(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports everything about an example person with a marker in every field, then erases them leaving no readable byte', async () => {
    const { page } = app;
    const call = <T>(method: string, input: unknown) => callApiIn<T>(page, method, input);
    // One of the example office's people, with a case, given a unique marker in every field.
    const { rows } = await call<{ rows: { id: number; constituentId: number }[] }>('cases.list', {});
    const { constituent: c } = await call<{ constituent: Constituent }>('constituents.get', {
      id: rows[0]!.constituentId,
    });
    const markers = [
      'First',
      'Last',
      'AddressOne',
      'AddressTwo',
      'Town',
      'CaseNote',
      'LetterSubject',
      'LetterBody',
    ].map(marker);
    const email = `${marker('Email').toLowerCase()}@example.org`;
    await call('constituents.update', {
      id: c.id,
      version: c.version,
      title: c.title,
      firstName: marker('First'),
      lastName: marker('Last'),
      email,
      phone: '07700 931 846',
      addressLine1: marker('AddressOne'),
      addressLine2: marker('AddressTwo'),
      town: marker('Town'),
      postcode: c.postcode,
      preferredContact: 'email',
    });
    await call('cases.addNote', { caseId: rows[0]!.id, body: marker('CaseNote') });
    const { id: letterId } = await call<{ id: number }>('correspondence.recordOutgoing', {
      caseId: rows[0]!.id,
      channel: 'email',
      subject: marker('LetterSubject'),
      body: marker('LetterBody'),
      sentOn: '2026-11-20',
      expectsReply: false,
    });
    expect(letterId).toBeGreaterThan(0);
    markers.push(email, '07700 931 846', marker('Attachment'));

    await app.goto(`/cases/${rows[0]!.id}`);
    await chooseFile(page, `Attach file to ${marker('LetterSubject')}`, {
      name: `${marker('Attachment')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Scan of a passport: ${marker('Attachment')}`),
    });
    await page.getByRole('button', { name: `Download ${marker('Attachment')}.txt` }).waitFor();

    await app.goto(`/constituents/${c.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(marker('Last')) }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Subject access export' }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const everything = (
      await Promise.all(Object.values(zip.files).map((entry) => (entry.dir ? '' : entry.async('string'))))
    ).join('\n');
    for (const m of markers) expect(everything, m).toContain(m);
    expect(Object.keys(zip.files)).toContain('summary.html');

    await page.getByRole('button', { name: 'Erase…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${marker('First')} ${marker('Last')}` });
    await expect.poll(() => dialog.getByLabel('Reason').evaluate((el) => el === document.activeElement)).toBe(true);
    // Checked once the dialog has finished fading in (half-drawn text has half the contrast).
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await axeFindings(page)).toEqual([]);
    await dialog.getByLabel('Reason').fill('Asked by letter received 20 Nov 2026');
    await dialog.getByLabel(/^Type “.*” to confirm/).fill('Someone Else');
    await dialog.getByRole('button', { name: 'Erase permanently' }).click();
    await dialog
      .getByText(`Type “${marker('First')} ${marker('Last')}” to confirm`, { exact: true })
      .last()
      .waitFor();
    await dialog.getByLabel(/^Type “.*” to confirm/).fill(`${marker('First')} ${marker('Last')}`);
    await dialog.getByRole('button', { name: 'Erase permanently' }).click();
    await page.getByText(/was erased: \d+ cases?, \d+ letters? and 1 file removed/).waitFor();
    await page.waitForURL(/#\/constituents$/);

    // Backups are left out: they keep what was erased until they age out (as the app says). The one
    // made at start holds none of the markers, placed afterwards.
    const backups = path.join(app.dataDir, 'backups');
    const files = filesUnder(app.dataDir).filter((name) => !name.startsWith(backups));
    expect(files.some((name) => name.endsWith('-wal'))).toBe(true);
    const found = markersFoundIn(files, markers);
    expect(found).toEqual([]);
    expect(app.errors()).toEqual([]);
  });
  it('reviews what the retention schedule makes due: one closed case kept with a reason, another erased', async () => {
    const { page } = app;
    await app.goto('/retention');
    await page.getByText('Nothing is due for review.').waitFor();
    await page.getByLabel('Review closed cases after (months)').fill('1');
    await page.getByRole('button', { name: 'Save the schedule' }).click();
    await page.getByText('Retention schedule saved.').waitFor();
    const table = page.getByRole('table', { name: 'Due for review' });
    const rows = table.getByRole('row');
    await rows.nth(2).waitFor();
    const dueBefore = (await rows.count()) - 1;
    const titleOf = async (n: number) => (await rows.nth(n).getByRole('link').textContent())!;
    const kept = await titleOf(1);
    await table.getByLabel(`Choose ${kept}`).check();
    await page.getByRole('button', { name: 'Keep chosen…' }).click();
    const keep = page.getByRole('dialog', { name: 'Keep 1 record' });
    await expect.poll(() => keep.getByLabel('Reason').evaluate((el) => el === document.activeElement)).toBe(true);
    await keep.getByLabel('Reason').fill('Ombudsman complaint still open');
    await keep.getByRole('button', { name: 'Keep' }).click();
    await page.getByText('1 record kept; they come up again in 12 months.').waitFor();
    await expect.poll(() => table.getByRole('link', { name: kept }).count()).toBe(0);

    const erased = await titleOf(1);
    const caseId = Number((await rows.nth(1).getByRole('link').getAttribute('href'))!.split('/').at(-1));
    await table.getByLabel(`Choose ${erased}`).check();
    await page.getByRole('button', { name: 'Erase chosen…' }).click();
    const erase = page.getByRole('dialog', { name: 'Erase 1 record' });
    await expect.poll(() => erase.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await axeFindings(page)).toEqual([]);
    await erase.getByLabel('Reason').fill('Retention schedule: closed, no further action');
    await erase.getByRole('button', { name: 'Erase permanently' }).click();
    await page.getByText('1 record erased.').waitFor();
    await expect.poll(async () => (await rows.count()) - 1).toBe(dueBefore - 2);
    expect(await callApiIn(page, 'cases.get', { id: caseId })).toBeUndefined(); // gone: the call answers NOT_FOUND

    await app.goto('/');
    await page.getByText('Records due for retention review').waitFor();
    expect(app.errors()).toEqual([]);
  });

  it('records on a case how the constituent gave consent to act', async () => {
    const { page } = app;
    const { rows } = await callApiIn<{ rows: { id: number }[] }>(page, 'cases.list', { status: 'open' });
    await app.goto(`/cases/${rows[0]!.id}`);
    await page.getByText('Not recorded').waitFor();
    await page.getByRole('button', { name: 'Record consent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Consent to act on this case' });
    await dialog.getByLabel('How it was given').selectOption('email');
    await dialog.getByLabel('Given on').fill('20/11/2026');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText('Email, 20 Nov 2026').waitFor();
    await page.getByText('Email, given 20 Nov 2026').waitFor();
    expect(app.errors()).toEqual([]);
  });
});

describe('backups', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
    await loadExampleOffice(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('backs up now from Settings, the day’s newest backup replacing the one made at start', async () => {
    const { page } = app;
    await app.goto('/settings');
    const card = page.getByRole('heading', { name: 'Backups' }).locator('..');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backed up: /).waitFor();
    const rows = page.getByRole('table', { name: 'Backups' }).getByRole('row');
    await rows.filter({ hasText: 'Backed up by hand' }).waitFor();
    expect(await rows.count()).toBe(2); // the header, and the day's one backup
    expect(fs.readdirSync(path.join(app.dataDir, 'backups'))).toHaveLength(1);
    expect(await card.getByText('Backups are not encrypted.').count()).toBe(1);
    await page.getByRole('heading', { level: 1 }).hover();
    expect(await axeFindings(page)).toEqual([]);
    expect(app.errors()).toEqual([]);
  });
});
