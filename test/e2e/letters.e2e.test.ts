import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfImageCount, pdfText, printPageToPdf } from './support/pdf';
import { loadExampleOffice, saveLetterhead } from './pages/settingsPage';
import { replaceInLetter } from './pages/letterEditor';
import { AppSession } from './support/session';
import { readmeScreenshot } from './support/readmeScreenshots';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

describe('letters in the browser host', () => {
  it('drafts a letter to the Home Office from a case, tracks it past its due date, chases it and records the reply', async () => {
    // Thursday 18 December 2025: 20 working days on (skipping Christmas, Boxing Day and New Year) is Tuesday 20 January.
    app = await AppSession.start({ clock: '2025-12-18T10:00:00Z' });
    const { page } = app;
    await loadExampleOffice(app);
    await saveLetterhead(app);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByLabel('Add a logo (PNG or JPEG, up to 1 MB)').click(),
    ]);
    await chooser.setFiles(path.join(import.meta.dirname, '../fixtures/letterhead-logo.png'));
    await page.getByRole('button', { name: 'Remove logo' }).waitFor();

    await app.goto('/organisations');
    await page.getByRole('link', { name: 'Home Office' }).click();
    await page.getByLabel('Response times').waitFor();
    const repliesReceived = async () =>
      Number(/Replies received(\d+)/.exec((await page.getByLabel('Response times').textContent()) ?? '')?.[1]);
    const before = await repliesReceived();

    await app.goto('/cases?category=immigration&status=open');
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByRole('row').nth(1).click();
    await page.getByRole('link', { name: 'Draft a letter' }).click();
    await page.getByLabel('Letter preview').waitFor();
    const casePath = `/cases/${/caseId=(\d+)/.exec(page.url())![1]}`;
    await expect.poll(() => page.getByText('Not ready to send').count()).toBe(1);
    await page.getByLabel('To', { exact: true }).selectOption({ label: 'Home Office' });
    // The template's instruction in square brackets still blocks it until replaced.
    const editor = page.getByRole('textbox', { name: 'Letter', exact: true });
    const instruction = '[Set out the constituent’s concern and what you are asking for.]';
    await expect.poll(() => page.getByLabel('Letter preview').textContent()).toContain(`Replace this: ${instruction}`);
    expect(await page.getByRole('button', { name: 'Mark as sent today' }).isDisabled()).toBe(true);
    // The editor: merge fields are chips; typing a placeholder makes one, and the preview follows.
    expect(await editor.locator('[data-merge-field="constituent.fullName"]').textContent()).toBe('Constituent’s name');
    // Tab from the subject into the editor: the caret starts at the top of the letter.
    await page.getByRole('textbox', { name: 'Subject' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Written on {{today}}');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('[data-merge-field="today"]').count()).toBe(2);
    expect(await editor.textContent()).not.toContain('{{');
    await expect
      .poll(() => page.getByLabel('Letter preview').textContent())
      .toMatch(/SW1A 0AA\s*Written on 18 December 2025\s*Home Office\s*2 Marsham Street/);
    const preview = (await page.getByLabel('Letter preview').textContent()) ?? '';
    expect(preview).toContain('2 Marsham Street');
    expect(preview).toContain('18 December 2025');
    expect(preview).toMatch(/Our reference: PB-\d{4}-\d{4}/);
    expect(preview).toContain('Member of Parliament for Dagenham and Rainham');
    expect(preview).not.toContain('{{');
    expect(await page.getByLabel('Letter preview').getByRole('img', { name: 'Office logo' }).count()).toBe(1);
    const subject = ((await page.getByText(/^Subject: /).textContent()) ?? '').replace(/^Subject: /, '');
    await replaceInLetter(editor, instruction, 'The spouse visa decision is now four months late.');
    await expect.poll(() => page.getByText('Not ready to send').count()).toBe(0);
    expect(await page.getByLabel('Letter preview').textContent()).toContain('four months late');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Jon Cruddas MP');
    expect(xml).toContain('2 Marsham Street');
    expect(zip.file(/^word\/media\//)).toHaveLength(1);

    const pdf = await printPageToPdf(page, 'letter.pdf');
    expect(pdfImageCount(pdf)).toBe(1);
    const printed = pdfText(pdf).replace(/\s+/g, ' ');
    expect(printed).toContain('Jon Cruddas MP');
    expect(printed).toContain('2 Marsham Street');
    expect(printed).not.toContain('Download Word');

    await readmeScreenshot(page, 'letter');
    await page.getByRole('button', { name: 'Mark as sent today' }).click();
    await page.getByRole('heading', { level: 2, name: 'Correspondence' }).waitFor();
    const log = page.getByRole('table', { name: 'Correspondence' });
    await expect.poll(() => log.textContent()).toContain('Reply due 20 Jan 2026');
    // Reopened exactly as sent: its text, reprinted or downloaded again.
    await log.getByRole('link', { name: `View the letter as sent: ${subject}` }).click();
    await expect.poll(() => page.getByLabel('Letter preview').textContent()).toContain('four months late');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    const resent = await JSZip.loadAsync(fs.readFileSync((await again.path())!));
    expect(await resent.file('word/document.xml')!.async('string')).toContain('four months late');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 2, name: 'Correspondence' }).waitFor();

    await app.restartServer({ clock: '2026-01-21T09:00:00Z' });
    await page.getByRole('link', { name: /^Replies overdue [1-9]/ }).click();
    await expect.poll(() => page.getByRole('main').textContent()).toContain(subject);
    await app.goto(casePath);
    await expect.poll(() => log.textContent()).toContain('Overdue since 20 Jan 2026');
    // The example case already has an older letter with this subject; ours is the newest, listed first.
    await log
      .getByRole('link', { name: `Draft chaser for ${subject}` })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Chase a reply' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Letter preview').textContent())
      .toContain(`On 18 December 2025 I wrote to you about “${subject}”`);
    await page.getByRole('button', { name: 'Mark as sent today' }).click();
    await expect.poll(() => log.textContent()).toContain(`Chasing: ${subject}`);

    await log
      .getByRole('button', { name: `Record reply to ${subject}` })
      .first()
      .click();
    await page.getByRole('button', { name: 'Save reply' }).click();
    await expect.poll(() => log.textContent()).toContain('Replied 21 Jan 2026 (21 working days)');

    await log.getByRole('link', { name: 'Home Office' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Home Office' }).waitFor();
    await expect.poll(repliesReceived).toBe(before + 1);
    expect(app.errors()).toEqual([]);
  });

  it('keeps a letter as it is typed: the draft survives leaving the page and a restart, is reopened from its case, and can be discarded there', async () => {
    app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
    const { page } = app;
    await loadExampleOffice(app);
    await app.goto('/cases/1');
    // The case's own heading (the page before it may still be showing the dashboard's).
    const caseHeading = (await page.getByRole('heading', { level: 1, name: /^PB-/ }).textContent()) ?? '';
    await page.getByRole('link', { name: 'Draft a letter' }).click();
    const editor = page.getByRole('textbox', { name: 'Letter', exact: true });
    await editor.waitFor();
    await page.getByRole('textbox', { name: 'Subject' }).fill('Draft that must not be lost');
    await expect
      .poll(() => page.getByTestId('draft-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Draft saved /);
    expect(page.url()).toMatch(/draftId=\d+/);

    await app.restartServer();
    await app.goto('/cases/1');
    await page.getByRole('heading', { level: 1, name: caseHeading }).waitFor();
    await page
      .getByRole('list', { name: 'Letters in draft' })
      .getByRole('link', { name: 'Draft that must not be lost' })
      .click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Subject' }).inputValue())
      .toBe('Draft that must not be lost');
    await expect.poll(() => page.getByTestId('draft-status').textContent()).toBe('Reopened draft.');

    await app.goto('/cases/1');
    await page.getByRole('button', { name: 'Discard the draft “Draft that must not be lost”' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Letters in draft' }).count()).toBe(0);
    // While the host was down for the restart, the open tab's requests were refused; nothing else may fail.
    expect(app.errors().filter((e) => !/ERR_CONNECTION_(REFUSED|RESET)/.test(e))).toEqual([]);
  });
});
