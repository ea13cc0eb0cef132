// Global search at the DESIGN's large office: 1,000,000 letters + 200,000 cases (+ 50,000 constituents).
// Prints figures; asserts nothing. Budget: search p95 ≤ 50 ms on SQLite and PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../electron/backend/db/connection';
import { copyOffice } from '../electron/backend/db/copyOffice';
import { openStore } from '../electron/backend/db/store';
import type { ApiClient } from '../shared/contract/client';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../test/support/postgres';
import { startBenchBackend } from './benchBackend';
import { CASEWORK_WORDS, generateOffice } from './generateOffice';
import { percentile } from './percentile';

const CASES = Number(process.env.BENCH_CASES ?? 200_000);
const LETTERS = Number(process.env.BENCH_LETTERS ?? 1_000_000);
const TODAY = '2026-11-24';
const RUNS = 60;

/** What staff type: a rare word, a common one, two words, part of a word, a surname, a reference, a phone-like number. */
const QUERIES: [string, string][] = [
  ['rare word', CASEWORK_WORDS.at(-3)!],
  ['common word', CASEWORK_WORDS[1]!],
  ['two words', `${CASEWORK_WORDS[6]} ${CASEWORK_WORDS[12]}`],
  ['part of a word', CASEWORK_WORDS[20]!.slice(0, 5)],
  ['surname', 'Okafor'],
  ['case reference', 'PB-2025-0042'],
  ['their reference', 'REF-54321'],
  ['phone number', '07700 900 123'],
];

const fileSize = (file: string) =>
  [file, `${file}-wal`].reduce((bytes, f) => bytes + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timeSearch(engine: string, api: ApiClient): Promise<void> {
  const all: number[] = [];
  console.log(
    `Global search on ${engine}, ${RUNS} runs of each query (every group: constituents, cases, letters, campaigns, signers):`,
  );
  for (const [label, query] of QUERIES) {
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const results = await api('search.global', { query });
      samples.push(performance.now() - started);
      hits = results.groups.reduce((n, group) => n + group.hits.length, 0);
    }
    all.push(...samples);
    console.log(
      `  ${`${label} (“${query}”)`.padEnd(44)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(samples, 95).toFixed(1).padStart(6)} ms  (${hits} shown)`,
    );
  }
  console.log(
    `Global search over ${LETTERS.toLocaleString('en-GB')} correspondence items + ${CASES.toLocaleString('en-GB')} cases on ${engine}: p95 ${percentile(all, 95).toFixed(1)} ms (p50 ${percentile(all, 50).toFixed(1)} ms)`,
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-search-'));
  const dataFile = path.join(dir, 'postbag.sqlite');
  const seeded = await openDatabase(dataFile);
  let started = performance.now();
  generateOffice(seeded.sqlite, { constituents: CASES / 4, cases: CASES, correspondence: LETTERS }, TODAY);
  seeded.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await seeded.close();
  const before = fileSize(dataFile);
  console.log(
    `Generated ${LETTERS.toLocaleString('en-GB')} letters and ${CASES.toLocaleString('en-GB')} cases in ${((performance.now() - started) / 1000).toFixed(1)} s (file ${mb(before)})`,
  );

  // The first start builds the index (as an office upgrading to search would).
  const { backend, api, coldStartMs } = await startBenchBackend(dataFile, () => new Date(`${TODAY}T12:00:00Z`));
  console.log(
    `Search index built at first start on SQLite in ${(coldStartMs / 1000).toFixed(1)} s; the file grew by ${mb(fileSize(dataFile) - before)} (${mb(before)} → ${mb(fileSize(dataFile))})`,
  );
  await timeSearch('SQLite', api);
  await backend.close();

  if (!TEST_POSTGRES_URL) {
    console.log('PostgreSQL figures skipped: set POSTBAG_TEST_DATABASE_URL to a server the bench may use.');
  } else {
    const database = await freshPostgresDatabase();
    try {
      const solo = await openStore({ engine: 'sqlite', file: dataFile });
      const office = await openStore({ engine: 'postgres', url: database.url });
      started = performance.now();
      await copyOffice(solo.reader, office.db);
      await sql`VACUUM ANALYZE`.execute(office.db);
      const { rows } = await sql<{
        size: string;
      }>`SELECT pg_size_pretty(pg_total_relation_size('search_index')) AS size`.execute(office.db);
      console.log(
        `Moved the office (index included) to PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s; search index ${rows[0]!.size}`,
      );
      await Promise.all([solo.close(), office.close()]);
      const onServer = await startBenchBackend(dataFile, () => new Date(`${TODAY}T12:00:00Z`), database.url);
      await timeSearch('PostgreSQL', onServer.api);
      await onServer.backend.close();
    } finally {
      await database.drop();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
