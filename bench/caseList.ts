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

const CASES = Number(process.env.BENCH_CASES ?? 200_000);
const CONSTITUENTS = Math.round(CASES / 4);
const TODAY = '2026-11-24';
const RUNS = 100;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbag-bench-cases-'));
  const dataFile = path.join(dir, 'postbag.sqlite');
  const seeded = await openDatabase(dataFile);
  let t = performance.now();
  generateOffice(seeded.sqlite, { constituents: CONSTITUENTS, cases: CASES }, TODAY);
  seeded.sqlite.pragma('optimize');
  await seeded.close();
  console.log(
    `Generated ${CONSTITUENTS.toLocaleString('en-GB')} constituents and ${CASES.toLocaleString('en-GB')} cases in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  t = performance.now();
  const { backend, api } = await startBenchBackend(dataFile, () => new Date(`${TODAY}T12:00:00Z`));
  await api('system.health', {});
  console.log(
    `Backend cold start (open + settings + migrations up to date + health): ${(performance.now() - t).toFixed(1)} ms`,
  );

  const scenarios: [string, ListCasesInput][] = [
    ['all, newest first (default)', {}],
    ['open, by due date', { status: 'open', sort: 'dueOn', direction: 'asc' }],
    ['overdue only', { overdue: true, sort: 'dueOn', direction: 'asc' }],
    ['housing + assignee, by priority', { category: 'housing', assignee: 'Priya Nair', sort: 'priority' }],
    ['page 50 of all, by reference', { sort: 'reference', direction: 'asc', offset: 50 * 500, limit: 500 }],
  ];
  console.log(`Case list (filter + sort + page of 200 unless stated, total counted), ${RUNS} runs each:`);
  for (const [label, input] of scenarios) {
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      total = (await api('cases.list', input)).total;
      samples.push(performance.now() - start);
    }
    console.log(
      `  ${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(samples, 95).toFixed(1).padStart(6)} ms  (${total.toLocaleString('en-GB')} matches)`,
    );
  }
  console.log(`Backend memory (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
