// Case list and backend cold start at the DESIGN's large office (200,000 cases).
// Prints figures; asserts nothing. Budgets: case list p95 ≤ 20 ms; cold start ≤ 200 ms; memory < 300 MB.
import { startBenchBackend } from './benchBackend';
import { percentile } from './percentile';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/backend/db/connection';
import type { ListCasesInput } from '../shared/contract/cases';
import { generateOffice } from './generateOffice';
import { sql } from 'kysely';
import type { Backend } from '../electron/backend/backend';
import { copyOffice } from '../electron/backend/db/copyOffice';
import { openStore } from '../electron/backend/db/store';
import type { ApiClient } from '../shared/contract/client';
import { runJob } from '../shared/contract/runJob';
import { freshPostgresDatabase, TEST_POSTGRES_URL } from '../test/support/postgres';
import { signedInClient, TEST_PASSWORD } from '../test/support/signedInClient';

const CASES = Number(process.env.BENCH_CASES ?? 200_000);
const CONSTITUENTS = Math.round(CASES / 4);
const TODAY = '2026-11-24';
const RUNS = 100;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-cases-'));
  const dataFile = path.join(dir, 'postbag.sqlite');
  const seeded = await openDatabase(dataFile);
  const t = performance.now();
  generateOffice(seeded.sqlite, { constituents: CONSTITUENTS, cases: CASES }, TODAY);
  seeded.sqlite.pragma('optimize');
  await seeded.close();
  console.log(
    `Generated ${CONSTITUENTS.toLocaleString('en-GB')} constituents and ${CASES.toLocaleString('en-GB')} cases in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  // The first start builds the search index (once per office); the cold start is the next one.
  const first = await startBenchBackend(dataFile, () => new Date(`${TODAY}T12:00:00Z`));
  console.log(`First start, building the search index: ${(first.coldStartMs / 1000).toFixed(1)} s`);
  await first.backend.close();
  const { backend, api, coldStartMs } = await startBenchBackend(dataFile, () => new Date(`${TODAY}T12:00:00Z`));
  console.log(`Backend cold start (open + settings + migrations up to date + health): ${coldStartMs.toFixed(1)} ms`);

  await timeCaseList('SQLite', api);
  await timeReports('SQLite', api);
  await timeBackup(api, dataFile);
  await timeRetention('SQLite', api, true);
  console.log(`Backend memory (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await backend.close();
  await onPostgres(dataFile);
  fs.rmSync(dir, { recursive: true, force: true });
}

const SCENARIOS: [string, ListCasesInput][] = [
  ['all, newest first (default)', {}],
  ['open, by due date', { status: 'open', sort: 'dueOn', direction: 'asc' }],
  ['overdue only', { overdue: true, sort: 'dueOn', direction: 'asc' }],
  ['housing + assignee, by priority', { category: 'housing', assignee: 'Priya Nair', sort: 'priority' }],
  ['page 50 of all, by reference', { sort: 'reference', direction: 'asc', offset: 50 * 500, limit: 500 }],
];

async function timeCaseList(engine: string, api: ApiClient): Promise<void> {
  console.log(
    `Case list on ${engine} (filter + sort + page of 200 unless stated, counted up to 10,000), ${RUNS} runs each:`,
  );
  for (const [label, input] of SCENARIOS) {
    const samples: number[] = [];
    let matches = '';
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const { total, moreThanTotal } = await api('cases.list', input);
      samples.push(performance.now() - start);
      matches = `${moreThanTotal ? 'more than ' : ''}${total.toLocaleString('en-GB')}`;
    }
    console.log(
      `  ${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(samples, 95).toFixed(1).padStart(6)} ms  (${matches} matches)`,
    );
  }
}

/** "Back up now" at the large office: the online copy, its integrity check, the files written; then with a passphrase. */
async function timeBackup(api: ApiClient, dataFile: string): Promise<void> {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  for (const encrypted of [false, true]) {
    if (encrypted)
      await api('backups.setPassphrase', { passphrase: 'bench passphrase 2026', confirm: 'bench passphrase 2026' });
    const start = performance.now();
    const { result } = await runJob(api, 'backups.create', { trigger: 'manual' });
    console.log(
      `Backup at ${CASES.toLocaleString('en-GB')} cases${encrypted ? ', encrypted' : ''}: ${((performance.now() - start) / 1000).toFixed(1)} s, ${mb(result.sizeBytes)} (data file ${mb(fs.statSync(dataFile).size)})`,
    );
  }
}

/** The Reports page's data for the last twelve months and for all three years of the generated office. */
async function timeReports(engine: string, api: ApiClient): Promise<void> {
  for (const [label, from] of [
    ['12 months', '2025-11-25'],
    ['3 years', '2023-11-24'],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await api('reports.office', { from, to: TODAY });
      samples.push(performance.now() - start);
    }
    console.log(
      `Reports page data at ${CASES.toLocaleString('en-GB')} cases on ${engine}, ${label}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`,
    );
  }
}

/** The retention review under a 24-month schedule (and the dashboard that counts it); on SQLite, erasing 200 due cases at once. */
async function timeRetention(engine: string, api: ApiClient, erase: boolean): Promise<void> {
  await api('retention.setSchedule', { closedCaseMonths: 24, signatureMonths: 6, eraseWithoutReview: false });
  for (const method of ['retention.review', 'dashboard.summary'] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await api(method, {});
      samples.push(performance.now() - start);
    }
    console.log(
      `${method} at ${CASES.toLocaleString('en-GB')} cases on ${engine} (24-month schedule): p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`,
    );
  }
  const review = await api('retention.review', {});
  if (!erase || review.due.length === 0) return;
  const start = performance.now();
  await api('retention.decide', {
    items: review.due.map(({ kind, id }) => ({ kind, id })),
    decision: 'erase',
    reason: 'Bench: retention schedule',
  });
  console.log(
    `Erased ${review.due.length} due records of ${review.totalDue.toLocaleString('en-GB')} in one decision on ${engine}: ${(performance.now() - start).toFixed(0)} ms`,
  );
}

/**
 * The same office moved to PostgreSQL (when POSTBAG_TEST_DATABASE_URL names a server): the case list
 * again, then 20 staff at once, each doing what a caseworker does (list, open, note, new case).
 */
async function onPostgres(dataFile: string): Promise<void> {
  if (!TEST_POSTGRES_URL) {
    console.log('PostgreSQL figures skipped: set POSTBAG_TEST_DATABASE_URL to a server the bench may use.');
    return;
  }
  const database = await freshPostgresDatabase();
  try {
    const solo = await openStore({ engine: 'sqlite', file: dataFile });
    const office = await openStore({ engine: 'postgres', url: database.url });
    const t = performance.now();
    await copyOffice(solo.reader, office.db);
    await sql`ANALYZE`.execute(office.db);
    console.log(`Moved the office to PostgreSQL in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await Promise.all([solo.close(), office.close()]);

    const { backend, api, coldStartMs } = await startBenchBackend(
      dataFile,
      () => new Date(`${TODAY}T12:00:00Z`),
      database.url,
    );
    console.log(`Backend start on PostgreSQL (connect + migrations up to date + health): ${coldStartMs.toFixed(1)} ms`);
    await timeCaseList('PostgreSQL', api);
    await timeReports('PostgreSQL', api);
    await timeRetention('PostgreSQL', api, false);
    await mixedLoad(backend, api);
    await backend.close();
  } finally {
    await database.drop();
  }
}

const CLIENTS = 20;
const ROUNDS = 25;

async function mixedLoad(backend: Backend, admin: ApiClient): Promise<void> {
  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const name = `Caseworker ${i + 1}`;
      await admin('staff.create', { name, role: 'caseworker', password: TEST_PASSWORD });
      return (await signedInClient(backend, name, `bench-${i}`)).api;
    }),
  );
  const samples: number[] = [];
  let errors = 0;
  const timed = async (call: () => Promise<unknown>) => {
    const start = performance.now();
    await call().catch(() => errors++);
    samples.push(performance.now() - start);
  };
  const started = performance.now();
  await Promise.all(
    clients.map(async (api, i) => {
      for (let round = 0; round < ROUNDS; round++) {
        const caseId = 1 + (((i * ROUNDS + round) * 7919) % CASES);
        await timed(() => api('cases.list', { status: 'open', sort: 'dueOn', direction: 'asc' }));
        await timed(() => api('cases.get', { id: caseId }));
        await timed(() => api('cases.addNote', { caseId, body: `Called back (round ${round}).` }));
        await timed(() => api('constituents.list', { query: `Patel${round}` }));
        if (round % 5 === 0) {
          await timed(() =>
            api('cases.create', {
              constituentId: 1 + i,
              title: `New ${i}.${round}`,
              category: 'housing',
              openedOn: TODAY,
            }),
          );
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${CLIENTS} concurrent clients, mixed load on PostgreSQL (list, open, note, search, new case): ${samples.length.toLocaleString('en-GB')} calls in ${seconds.toFixed(1)} s, p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, errors ${errors}`,
  );
}

void main();
