import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText, printPageToPdf } from './support/pdf';
import { loadExampleOffice, saveLetterhead } from './pages/settingsPage';
import { replaceInLetter } from './pages/letterEditor';
import { chooseFile } from './support/fileChooser';
import { INWARD_LETTERS } from '../../electron/backend/domains/example/exampleOffice';
import { AppSession } from './support/session';
import { readmePdfPicture, readmeScreenshot } from './support/readmeScreenshots';

let app: AppSession;

/** Opens the campaign's summary and prints it as Chromium would to paper; returns the PDF's path. */
async function printSummary(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Print summary' }).click();
  // The summary trims its lists until it fits one page; print once it has.
  await page.locator('[aria-label="Campaign summary"][data-fitted="true"]').waitFor();
  return printPageToPdf(page, 'summary.pdf');
}
beforeEach(async () => {
  app = await AppSession.start();
});
afterEach(async () => {
  await app?.close();
});

/** As an office might export it: a BOM, CRLF, a quoted comma, odd headers, one repeat, one bad postcode. */
const MESSY_CSV =
  '\uFEFFFull Name,E-mail,Where they live,Signed\r\n' +
  'Amara Okafor,amara@example.org,rm9 6xx,02/09/2019\r\n' +
  '"Smith, Jo",jo@example.org, RM10 8AB ,3 Sep 2019\r\n' +
  'Tom Quinn,,RM13 9ZZ,2019-09-04\r\n' +
  'Priya Shah,priya@example.org,IG11 7QJ,05/09/2019\r\n' +
  'Ben Evans,ben@example.org,RM8 1AB,06/09/2019\r\n' +
  'Grace Mensah,grace@example.org,RM9 6XY,07/09/2019\r\n' +
  'Amara Okafor,AMARA@example.org,RM9 6XX,08/09/2019\r\n' +
  'Nobody Real,nobody@example.org,RM9 6CX,09/09/2019\r\n';

const PARLIAMENT_FILE = path.join(import.meta.dirname, '../fixtures/parliament-petition.json');

/** Every postcode the example office can generate, in a ward per outward code and sector digit. */
function exampleAreaDirectory(): string {
  const lines = ['pcds,osward,pcon,wd23nm'];
  ['RM8', 'RM9', 'RM10', 'RM13', 'IG11'].forEach((outward, o) => {
    for (let sector = 1; sector <= 9; sector++) {
      const ward = `E0501${String(o * 10 + sector).padStart(4, '0')}`;
      for (const a of INWARD_LETTERS) {
        for (const b of INWARD_LETTERS)
          lines.push(`${outward} ${sector}${a}${b},${ward},E14000657,Ward ${outward}-${sector}`);
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

const DIRECTORY_CSV =
  'pcds,osward,pcon,wd23nm\n' +
  'RM9 6XX,E05014069,E14000657,Mayesbrook\n' +
  'RM9 6XY,E05014069,E14000657,Mayesbrook\n' +
  'RM10 8AB,E05014070,E14000657,Parsloes\n' +
  'RM13 9ZZ,E05013980,E14000657,Rainham and Wennington\n';

describe('campaigns in the browser host', () => {
  it('runs a petition from import to response and prints its summary', async () => {
    const { page } = app;
    await app.goto('/campaigns/new');
    await page.getByLabel('Title').fill('Save our library');
    // A campaign entered after it began: signatures from before today must still count.
    await page.getByLabel('Started on').fill('01/09/2019');
    await page.getByLabel('Target organisation').fill('Barking and Dagenham Council');
    await page.getByLabel('Signature goal').fill('100');
    await page.getByLabel('The ask').fill('Keep Rainham library open six days a week.');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save our library' }).waitFor();

    await page.getByRole('link', { name: 'Import signatures' }).click();
    await page.getByRole('heading', { level: 1, name: /^Import signatures/ }).waitFor();
    await chooseFile(page, 'CSV file or Excel workbook', {
      name: 'library-petition.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MESSY_CSV),
    });
    // The postcode column's header is not one the app recognises: the user maps it.
    await page.getByText('Choose the column with the postcode').waitFor();
    await page.getByLabel('Postcode', { exact: true }).selectOption({ label: 'Where they live' });
    await expect
      .poll(() => page.getByTestId('import-counts').textContent())
      .toBe('8 rows read (UTF-8 with BOM): 6 ready to import, 1 duplicate, 1 with problems.');
    expect(await page.getByRole('table', { name: 'First rows of the file' }).textContent()).toContain(
      '"RM9 6CX" is not a UK postcode',
    );
    await page.getByRole('button', { name: 'Import 6 valid rows' }).click();
    await page.getByText('Imported 6 of 8 rows.', { exact: false }).waitFor();
    // Undo asks first, naming what would go; keeping them changes nothing.
    await app.goto(`/campaigns/${/campaigns\/(\d+)/.exec(page.url())![1]}`);
    await page.getByRole('button', { name: /^Undo import of / }).click();
    await page.getByText('Remove the 6 signatures this import added?').waitFor();
    await page.getByRole('button', { name: 'Keep them' }).click();
    await page.getByRole('button', { name: /^Undo import of / }).waitFor();
    await expect.poll(() => page.getByTestId('signature-total').textContent()).toBe('6');
    // The signers themselves: searchable, and exported for the office's e-mail tool (UTF-8 with a BOM).
    await page.getByLabel('Find a signer').fill('rm10');
    await expect.poll(() => page.getByRole('table', { name: 'Signers' }).textContent()).toContain('Smith, Jo');
    const [signers] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download signers with e-mail addresses (CSV)' }).click(),
    ]);
    const signerRows = fs.readFileSync((await signers.path())!, 'utf8').split('\r\n');
    expect(signerRows[0]).toBe('\uFEFF"Name","Email","Postcode","Address","Signed","Comment"');
    expect(signerRows).toContain('"Amara Okafor","amara@example.org","RM9 6XX","","2019-09-02",""');
    expect(await page.getByRole('table', { name: 'Signatures by district' }).textContent()).toContain('RM9');

    await app.goto('/settings');
    await page.getByRole('heading', { name: 'Postcode directory (wards)' }).waitFor();
    await chooseFile(page, 'Load a postcode directory extract (CSV)', {
      name: 'onspd-extract.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(DIRECTORY_CSV),
    });
    await expect
      .poll(() => page.getByTestId('postcode-directory-status').textContent())
      .toBe('4 postcodes in 3 wards, 3 of them named.');

    await page.getByLabel('Constituency', { exact: true }).fill('Dagenham and Rainham');
    await page.getByLabel('ONS code').fill('E14000657');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.goBack();
    await page.getByRole('table', { name: 'Signatures by ward' }).waitFor();
    await chooseFile(page, 'Load the petition’s JSON file', PARLIAMENT_FILE);
    await expect
      .poll(() => page.getByTestId('parliament-petition').textContent())
      .toContain('Dagenham and Rainham: 1,369, 3rd of 4 constituencies.');
    const wards = (await page.getByRole('table', { name: 'Signatures by ward' }).textContent()) ?? '';
    expect(wards).toMatch(/Mayesbrook2/);
    expect(wards).toMatch(/Not in the postcode directory2/);

    const moves: [string, string][] = [
      ['Delivered', 'Handed to the council leader'],
      ['Responded', 'The council will keep the library open five days a week.'],
    ];
    for (const [stage, note] of moves) {
      await page.getByLabel('Move to stage').selectOption({ label: stage });
      await page.getByLabel('Note for the timeline').fill(note);
      await page.getByRole('button', { name: 'Move stage' }).click();
      await expect.poll(() => page.getByTestId('campaign-stage').textContent()).toBe(stage);
    }

    const pdf = await printSummary(page);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'Save our library',
      'Responded',
      'Keep Rainham library open six days a week.',
      'Signatures: 6 of a 100 goal',
      'Mayesbrook',
      'Handed to the council leader',
      'The council will keep the library open five days a week.',
      '10,432 signatures nationally',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfPageCount(pdf)).toBe(1);
    expect(app.errors()).toEqual([]);
  });

  it('prints the example policing petition on one A4 page, with wards and the Parliament petition loaded', async () => {
    const { page } = app;
    await loadExampleOffice(app);
    await saveLetterhead(app);
    // A directory covering every example postcode: 45 wards, far more than a page can list.
    await app.goto('/settings');
    await chooseFile(page, 'Load a postcode directory extract (CSV)', {
      name: 'onspd-example.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(exampleAreaDirectory()),
    });
    await expect.poll(() => page.getByTestId('postcode-directory-status').textContent()).toMatch(/in 45 wards/);
    await app.goto('/campaigns');
    await page.getByRole('link', { name: 'More police for Barking and Dagenham and Havering' }).click();
    await expect.poll(() => page.getByTestId('signature-total').textContent()).toBe('5,000');
    await chooseFile(page, 'Load the petition’s JSON file', PARLIAMENT_FILE);
    await page.getByTestId('parliament-petition').waitFor();
    await readmeScreenshot(page, 'campaign');

    const pdf = await printSummary(page);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'Home Office',
      '33,367',
      '30,435',
      '1,369',
      '£500,000',
      'Early Intervention Youth Fund',
      'Signatures: 5,000 of a 5,000 goal',
      'EXAMPLE DATA',
      'UK Parliament petition',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/and \d+ more wards/);
    expect(pdfPageCount(pdf)).toBe(1);
    readmePdfPicture(pdf, 'campaign-summary');
    expect(app.errors()).toEqual([]);
  });

  it('sends the example petition’s supporters a standard reply: one Word file, one PDF, one CSV', async () => {
    const { page } = app;
    await loadExampleOffice(app);
    await saveLetterhead(app);
    await app.goto('/campaigns');
    await page.getByRole('link', { name: 'More police for Barking and Dagenham and Havering' }).click();
    await page.getByRole('link', { name: 'Standard reply to supporters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Standard reply' }).waitFor();
    const counts = (await page.getByTestId('standard-reply-counts').textContent()) ?? '';
    const letters = Number(/^(\d+) letters/.exec(counts)?.[1]);
    expect(letters).toBeGreaterThan(3);
    await replaceInLetter(
      page.getByRole('textbox', { name: 'Letter', exact: true }),
      '[Say what has happened since: the petition delivered, the government’s response, what happens next.]',
      'The petition was delivered to the Home Office, which has replied.',
    );
    await expect.poll(() => page.getByText('Not ready to send').count()).toBe(0);
    expect(await page.getByLabel('Letter preview').textContent()).toContain('one of 5,000 people who asked');

    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Word (.docx), all letters' }).click(),
    ]);
    expect(word.suggestedFilename()).toBe(
      `More police for Barking and Dagenham and Havering - ${letters.toLocaleString('en-GB')} letters.docx`,
    );
    const zip = await JSZip.loadAsync(fs.readFileSync((await word.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:sectPr/g)).toHaveLength(letters);

    await page.getByRole('button', { name: `Prepare all ${letters} letters for printing` }).click();
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    const pdf = await printPageToPdf(page, 'standard-reply.pdf');
    const printed = pdfText(pdf);
    expect(printed.match(/Dear \S+,/g)).toHaveLength(letters);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(letters);
    expect(printed).not.toContain('Download Word');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download mail-merge list (CSV)' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFF"Name","Address 1","Address 2","Address 3","Address 4","Postcode"');
    expect(csv.length).toBeGreaterThan(5);
    expect(await page.getByTestId('mail-merge-counts').textContent()).toMatch(
      /recipients; left out: \d+ do-not-contact/,
    );

    expect(csv).toHaveLength(letters + 2); // the header, a row a letter, and the closing line break

    await page.getByRole('button', { name: 'Mark as sent today' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Correspondence' }).textContent())
      .toContain(`Standard reply to ${letters} supporters: More police for Barking and Dagenham and Havering`);
    expect(app.errors()).toEqual([]);
  });
});
