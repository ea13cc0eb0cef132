// A campaign's standard reply to 5,000 supporters with postal addresses: the recipients' merge
// contexts (what the page loads) and the one Word file of every letter, logo included.
// Prints figures; asserts nothing. No budget in DESIGN yet: this says what an office would wait.
import { startBenchBackend } from './benchBackend';
import { percentile } from './percentile';
import { stageForBench } from './stageForBench';
import { runJob } from '../shared/contract/runJob';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SUPPORTERS = Number(process.env.BENCH_SUPPORTERS ?? 5_000);
const OUTWARDS = ['RM8', 'RM9', 'RM10', 'RM13', 'IG11'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-reply-'));
  const { backend, api } = await startBenchBackend(path.join(dir, 'postbag.sqlite'));
  await api('settings.update', {
    constituencyName: 'Dagenham and Rainham',
    mpName: 'Jon Cruddas MP',
    officeAddress: 'House of Commons\nLONDON\nSW1A 0AA',
  });
  const logo = fs.readFileSync(path.join(__dirname, '../../test/fixtures/letterhead-logo.png'));
  await api('letterhead.setLogo', { stagedFileId: await stageForBench(backend, logo, 'logo.png') });
  const { id: campaignId } = await api('campaigns.create', {
    title: 'More police for Dagenham',
    ask: 'More police officers on our streets.',
    kind: 'petition',
    startedOn: '2019-09-01',
  });
  const rows = ['Name,Postcode,Address'];
  for (let i = 0; i < SUPPORTERS; i++) {
    const postcode = `${OUTWARDS[i % OUTWARDS.length]} ${(i % 9) + 1}${LETTERS[i % 20]}${LETTERS[(i * 7) % 20]}`;
    rows.push(`Supporter ${i},${postcode},"${(i % 300) + 1} Heathway, Dagenham"`);
  }
  const stagedFileId = await stageForBench(backend, Buffer.from(rows.join('\n')), 'signers.csv');
  const { result: preview } = await runJob(api, 'signatures.previewImport', {
    campaignId,
    fileName: 'signers.csv',
    stagedFileId,
  });
  await runJob(api, 'signatures.import', {
    campaignId,
    fileName: 'signers.csv',
    stagedFileId,
    mapping: preview.mapping,
  });

  let start = performance.now();
  const recipients = await api('letters.standardReplyRecipients', { campaignId });
  const contextsMs = performance.now() - start;
  const template = (await api('letters.templates', {})).find((t) => t.purpose === 'standard_reply')!;
  start = performance.now();
  let building = true;
  const job = runJob(api, 'letters.exportStandardReplyDocx', {
    campaignId,
    subject: template.subject,
    // A real reply says what happened, in place of the template's instruction (which would block it).
    body: template.body.replace(/\[[^\]]+\]/, 'The petition was delivered to the Home Office, which has replied.'),
  }).finally(() => (building = false));
  // Another window keeps asking while the file is built: how long does it wait for an answer?
  const healthMs: number[] = [];
  while (building) {
    const asked = performance.now();
    await api('system.health', {});
    healthMs.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const { result: file } = await job;
  const docxMs = performance.now() - start;
  const megabytes = (file.sizeBytes / 1024 / 1024).toFixed(1);

  console.log(`\nStandard reply to ${recipients.contexts.length.toLocaleString('en-GB')} supporters`);
  console.log(`  recipients' merge contexts: ${contextsMs.toFixed(0)} ms`);
  console.log(`  one Word file of every letter: ${(docxMs / 1000).toFixed(1)} s, ${megabytes} MB`);
  console.log(
    `Responsiveness while building the ${recipients.contexts.length.toLocaleString('en-GB')}-letter Word file: health p95 ${percentile(healthMs, 95).toFixed(1)} ms (max ${Math.max(...healthMs).toFixed(1)} ms, ${healthMs.length} calls)`,
  );
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
