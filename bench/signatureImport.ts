// Petition signature import at 100,000 rows, end to end through the API (decode, parse, validate,
// normalise, dedupe, link constituents, insert, count), against a bare `sqlite3 .import` of the
// same file; then the campaign page's data at that size. Prints figures; asserts nothing.
// Budgets: import ≤ 2 s and ≤ 3× the bare import; campaign page data ≤ 50 ms.
import { startBenchBackend } from './benchBackend';
import { percentile } from './percentile';
import { stageForBench } from './stageForBench';
import { runJob } from '../shared/contract/runJob';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../electron/backend/domains/example/seededRandom';

const ROWS = Number(process.env.BENCH_SIGNATURES ?? 100_000);
const OUTWARDS = ['RM8', 'RM9', 'RM10', 'RM13', 'IG11', 'RM6', 'RM7', 'RM12', 'RM14'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function ensureSqlite3(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v sqlite3'], { encoding: 'utf8' }).trim();
  } catch {
    console.log('Installing Debian’s sqlite3 for the comparison…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3'], {
      stdio: 'inherit',
    });
    return 'sqlite3';
  }
}

/** A seeded petition export: about 2% repeats and 1% bad postcodes, as real exports have. */
function writePetitionCsv(file: string): string[] {
  const random = seededRandom(2019);
  const postcodes: string[] = [];
  const lines = ['Name,Email,Postcode,Signed'];
  for (let i = 0; i < ROWS; i++) {
    const repeat = i > 100 && random.next() < 0.02;
    const n = repeat ? random.int(0, i - 1) : i;
    const postcode =
      random.next() < 0.01
        ? 'RM9 6CX'
        : `${OUTWARDS[n % OUTWARDS.length]} ${(n % 9) + 1}${LETTERS[n % 20]}${LETTERS[(n * 7) % 20]}`;
    postcodes.push(postcode);
    lines.push(`Signer ${n},signer${n}@example.org,${postcode},${String((n % 28) + 1).padStart(2, '0')}/10/2019`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return postcodes;
}

async function main() {
  const sqlite3 = ensureSqlite3();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-import-'));
  const csv = path.join(dir, 'petition.csv');
  const postcodes = writePetitionCsv(csv);
  const sizeMb = fs.statSync(csv).size / 1024 / 1024;

  const bareRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const bareDb = path.join(dir, `bare-${i}.sqlite`);
    const start = performance.now();
    execFileSync(sqlite3, [bareDb, '.mode csv', `.import ${csv} signatures`]);
    bareRuns.push(performance.now() - start);
  }
  const bare = percentile(bareRuns, 50);

  const { backend, api } = await startBenchBackend(path.join(dir, 'postbag.sqlite'));
  const { id: campaignId } = await api('campaigns.create', {
    title: 'Bench',
    kind: 'petition',
    startedOn: '2019-09-01',
  });
  // End to end as the page does it: the upload is staged once, previewed, then imported by its id.
  let start = performance.now();
  const stagedFileId = await stageForBench(backend, fs.createReadStream(csv), 'petition.csv');
  const { result: preview } = await runJob(api, 'signatures.previewImport', {
    campaignId,
    fileName: 'petition.csv',
    stagedFileId,
  });
  const previewMs = performance.now() - start;
  start = performance.now();
  const { result } = await runJob(api, 'signatures.import', {
    campaignId,
    fileName: 'petition.csv',
    stagedFileId,
    mapping: preview.mapping,
  });
  const importMs = performance.now() - start;

  const directory = [
    'pcds,osward,wd23nm',
    ...[...new Set(postcodes)]
      .filter((p) => p !== 'RM9 6CX')
      .map((p, i) => `${p},E0501${4000 + (i % 17)},Ward ${i % 17}`),
  ];
  await runJob(api, 'postcodes.importDirectory', {
    stagedFileId: await stageForBench(backend, Buffer.from(directory.join('\n')), 'onspd.csv'),
  });
  const pageRuns: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await api('campaigns.get', { id: campaignId });
    pageRuns.push(performance.now() - t);
  }

  console.log(`Signature import, ${ROWS.toLocaleString('en-GB')} rows (${sizeMb.toFixed(1)} MB CSV):`);
  console.log(`  bare sqlite3 .import into a plain table:   ${(bare / 1000).toFixed(2)} s (median of 3)`);
  console.log(`  Postbag upload + preview (a new job thread): ${(previewMs / 1000).toFixed(2)} s`);
  console.log(
    `  Postbag import end to end:                 ${(importMs / 1000).toFixed(2)} s = ${(importMs / bare).toFixed(1)}× bare ` +
      `(${result.imported.toLocaleString('en-GB')} imported, ${result.duplicates.toLocaleString('en-GB')} duplicates, ${result.invalid.toLocaleString('en-GB')} invalid)`,
  );
  console.log(
    `Campaign page data at ${result.imported.toLocaleString('en-GB')} signatures, by ward: p50 ${percentile(pageRuns, 50).toFixed(1)} ms, p95 ${percentile(pageRuns, 95).toFixed(1)} ms`,
  );
  console.log(`Backend memory (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
