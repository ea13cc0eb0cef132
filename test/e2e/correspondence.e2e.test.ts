import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempBackend';
import { loadExampleOffice } from './pages/settingsPage';
import { AppSession } from './support/session';

let app: AppSession;
beforeEach(async () => {
  app = await AppSession.start();
});
afterEach(async () => {
  await app?.close();
});

describe('correspondence in the browser host', () => {
  it('tracks a letter to the Home Office from a case to its reply, with an attached scan, into the organisation’s statistics', async () => {
    const { page } = app;
    await loadExampleOffice(app);

    const repliesReceived = async () => {
      const text = (await page.getByLabel('Response times').textContent()) ?? '';
      return Number(/Replies received(\d+)/.exec(text)?.[1]);
    };
    await app.goto('/organisations');
    await page.getByRole('link', { name: 'Home Office' }).click();
    await page.getByLabel('Response times').waitFor();
    const before = await repliesReceived();

    await app.goto('/constituents/new');
    await page.getByLabel('First name').fill('Femi');
    await page.getByLabel('Last name').fill('Adeyemi');
    await page.getByLabel('Email', { exact: true }).fill('femi.adeyemi@example.org');
    await page.getByRole('button', { name: 'Save constituent' }).click();
    await page.getByRole('link', { name: 'Open a case' }).click();
    await page.getByLabel('Title').fill('Spouse visa decision overdue');
    await page.getByLabel('Category').selectOption({ label: 'Immigration' });
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.getByRole('heading', { level: 2, name: 'Correspondence' }).waitFor();

    const letterForm = page.getByRole('form', { name: 'Record a letter sent' });
    await letterForm.getByLabel('To').selectOption({ label: 'Home Office' });
    // Dates are typed the UK way, whatever the browser's language.
    await letterForm.getByLabel('Sent on').fill('18/12/2025');
    await letterForm.getByLabel('Subject').fill('Spouse visa application');
    await letterForm.getByRole('button', { name: 'Record letter sent' }).click();

    const log = page.getByRole('table', { name: 'Correspondence' });
    // 20 working days from Thursday 18 December 2025 is Tuesday 20 January 2026, long past by now.
    await expect.poll(() => log.textContent()).toContain('Overdue since 20 Jan 2026');
    await log.getByRole('button', { name: 'Record reply to Spouse visa application' }).click();
    const replyForm = page.getByRole('form', { name: 'Record the reply to Spouse visa application' });
    await replyForm.getByLabel('Received on').fill('13/01/2026');
    await replyForm.getByRole('button', { name: 'Save reply' }).click();
    await expect.poll(() => log.textContent()).toContain('Replied 13 Jan 2026 (15 working days)');

    const scan = path.join(makeTempDir('postbag-scan-'), 'Home Office reply 13 Jan.pdf');
    fs.writeFileSync(scan, '%PDF-1.4 the scanned reply');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      log.getByRole('button', { name: 'Attach file to Spouse visa application' }).click(),
    ]);
    await chooser.setFiles(scan);
    const attached = log.getByRole('button', { name: 'Download Home Office reply 13 Jan.pdf' });
    await attached.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), attached.click()]);
    expect(download.suggestedFilename()).toBe('Home Office reply 13 Jan.pdf');
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe('%PDF-1.4 the scanned reply');
    expect(fs.readdirSync(path.join(app.dataDir, 'attachments'))).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);

    await log.getByRole('button', { name: 'Remove Home Office reply 13 Jan.pdf' }).click();
    await log.getByRole('button', { name: 'Remove', exact: true }).click();
    // The removal itself, not the button (which goes as soon as the confirmation opens).
    await expect.poll(() => fs.readdirSync(path.join(app.dataDir, 'attachments'))).toEqual([]);
    expect(await attached.count()).toBe(0);

    await log.getByRole('link', { name: 'Home Office' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Home Office' }).waitFor();
    await expect.poll(repliesReceived).toBe(before + 1);
    expect(await page.getByRole('table', { name: 'Correspondence' }).textContent()).toContain(
      'Spouse visa application',
    );
    expect(app.errors()).toEqual([]);
  });
});
