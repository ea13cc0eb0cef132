// The standard reply page in Chromium for a campaign of 5,000 supporters with postal addresses:
// open it, type a sentence into the letter, prepare the printout of every letter.
// Prints figures; asserts nothing. Run after `npm run build` (npm run bench does).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URL } from 'node:url';
import { launchChromium, startServe } from './browserHost.mjs';

const SUPPORTERS = Number(process.env.BENCH_SUPPORTERS ?? 5_000);
const SENTENCE = ' Thank you again for everything.';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-page-'));
const serve = await startServe(dataDir);
const browser = await launchChromium();
const page = await browser.newPage({ locale: 'en-GB' });
await page.goto(serve.url);
await page.getByRole('navigation', { name: 'Main' }).waitFor();

/** One API call from the signed-in page, as the app itself makes them. */
const call = (method, input) =>
  page.evaluate(
    async ([m, i]) => {
      const response = await globalThis.fetch('api', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Postbag-Key': globalThis.sessionStorage.getItem('postbag.key'),
        },
        body: JSON.stringify({ id: 1, method: m, input: i }),
      });
      return (await response.json()).result;
    },
    [method, input],
  );

await call('settings.update', {
  staffName: 'Bench',
  constituencyName: 'Dagenham and Rainham',
  mpName: 'Jon Cruddas MP',
  officeAddress: 'House of Commons',
});
const campaign = await call('campaigns.create', {
  title: 'Bench',
  ask: 'More police.',
  kind: 'petition',
  startedOn: '2019-09-01',
});
const rows = ['Name,Postcode,Address'];
for (let i = 0; i < SUPPORTERS; i++) rows.push(`Supporter ${i},RM9 6XX,"${(i % 300) + 1} Heathway, Dagenham"`);
/** Uploads the file as the page does (its bytes as the request body) and gives the staged file's id. */
const stagedFileId = await page.evaluate(async (text) => {
  const response = await globalThis.fetch('upload', {
    method: 'POST',
    headers: { 'X-Postbag-Key': globalThis.sessionStorage.getItem('postbag.key'), 'X-Postbag-File-Name': 's.csv' },
    body: text,
  });
  return (await response.json()).result.stagedFileId;
}, rows.join('\n'));
/** A long job, started and waited for as the page does. */
const job = async (method, input) => (await call('jobs.result', await call(method, input))).result;
const preview = await job('signatures.previewImport', { campaignId: campaign.id, fileName: 's.csv', stagedFileId });
await job('signatures.import', { campaignId: campaign.id, fileName: 's.csv', stagedFileId, mapping: preview.mapping });

// A real reply says what happened, in place of the template's instruction (which would block it).
const template = (await call('letters.templates', {})).find((t) => t.purpose === 'standard_reply');
await call('letters.saveTemplate', {
  id: template.id,
  name: template.name,
  purpose: template.purpose,
  subject: template.subject,
  body: template.body.replace(/\[[^\]]+\]/, 'The petition was delivered to the Home Office, which has replied.'),
});

let start = performance.now();
await page.goto(`${new URL(serve.url).origin}/#/campaigns/${campaign.id}/standard-reply`);
await page
  .getByRole('button', { name: /^Prepare all .* letters for printing$/ })
  .and(page.locator(':enabled'))
  .waitFor();
const openMs = performance.now() - start;

const editor = page.getByRole('textbox', { name: 'Letter', exact: true });
await editor.getByText('Yours sincerely,').click();
await page.keyboard.press('End');
start = performance.now();
await page.keyboard.type(SENTENCE);
await page.getByLabel('Letter preview').getByText(SENTENCE.trim()).waitFor();
const typeMs = performance.now() - start;

start = performance.now();
await page
  .getByRole('button', { name: /^Prepare all .* letters for printing$/ })
  .and(page.locator(':enabled'))
  .click();
await page.getByLabel(`Letter ${SUPPORTERS} as printed`).waitFor({ state: 'attached' });
const printoutMs = performance.now() - start;

await browser.close();
serve.child.kill();
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`Standard reply page in Chromium, ${SUPPORTERS.toLocaleString('en-GB')} supporters:`);
console.log(`  open until every letter is checked:      ${openMs.toFixed(0)} ms`);
console.log(`  type ${SENTENCE.length} characters, shown in the preview: ${typeMs.toFixed(0)} ms`);
console.log(`  prepare the printout of every letter:    ${printoutMs.toFixed(0)} ms`);
