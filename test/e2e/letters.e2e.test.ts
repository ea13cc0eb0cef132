import fs from 'node:fs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import bundledHolidays from '../../resources/data/bank-holidays.json';
import { formatUkDate, ukDateString } from '../../shared/dates';
import { addWorkingDays } from '../../shared/workingDays';
import { AppSession } from './support/session';

let app: AppSession;
beforeEach(async () => {
  app = await AppSession.start();
});
afterEach(async () => {
  await app?.close();
});

const holidays = new Set(bundledHolidays['england-and-wales'].events.map((e) => e.date));

describe('letters in the browser host', () => {
  it('drafts a letter to the Home Office from a case, exports it to Word and records it with its due date', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Load example data' }).click();
    await page.getByText('You are looking at example data').waitFor();
    await app.goto('/settings');
    await page.getByLabel('Constituency', { exact: true }).fill('Dagenham and Rainham');
    await page.getByLabel('MP’s name, as letters are signed').fill('Jon Cruddas MP');
    await page.getByLabel('Office address (letterhead)').fill('House of Commons\nLONDON\nSW1A 0AA');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();

    await app.goto('/cases?category=immigration&status=open');
    await page.getByRole('row').nth(1).click();
    await page.getByRole('link', { name: 'Draft a letter' }).click();
    await page.getByLabel('Letter preview').waitFor();
    await expect.poll(() => page.getByText('Not ready to send').count()).toBe(1);
    await page.getByLabel('To', { exact: true }).selectOption({ label: 'Home Office' });
    await expect.poll(() => page.getByText('Not ready to send').count()).toBe(0);
    const preview = (await page.getByLabel('Letter preview').textContent()) ?? '';
    expect(preview).toContain('2 Marsham Street');
    expect(preview).toMatch(/Our reference: PB-\d{4}-\d{4}/);
    expect(preview).toContain('Member of Parliament for Dagenham and Rainham');
    expect(preview).not.toContain('{{');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Jon Cruddas MP');
    expect(xml).toContain('2 Marsham Street');

    await page.getByRole('button', { name: 'Mark as sent today' }).click();
    await page.getByRole('heading', { level: 2, name: 'Correspondence' }).waitFor();
    const due = formatUkDate(addWorkingDays(ukDateString(new Date()), 20, holidays));
    await expect
      .poll(() => page.getByRole('table', { name: 'Correspondence' }).textContent())
      .toContain(`Reply due ${due}`);
    expect(app.errors()).toEqual([]);
  });
});
