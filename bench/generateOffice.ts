import type SqliteDatabase from 'better-sqlite3';
import { addDays, formatISO, parseISO } from 'date-fns';
import { formatCaseReference } from '../electron/backend/domains/cases/caseReference';
import { seededRandom } from '../electron/backend/domains/example/seededRandom';
import { CASE_CATEGORIES, CASE_PRIORITIES, CASE_STATUSES } from '../shared/domain/enums';

export interface OfficeSize {
  constituents: number;
  cases: number;
}

const OUTWARDS = ['RM8', 'RM9', 'RM10', 'RM13', 'IG11', 'RM7', 'RM12', 'RM14'];
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
const STAFF = ['Sam Okoro', 'Priya Nair', 'Joe Barnes', 'Ana Silva', 'Ben Hale'];

/**
 * Fills a migrated Postbag file with a large synthetic office, straight through prepared
 * statements in one transaction (the generator is not what is being measured).
 */
export function generateOffice(sqlite: SqliteDatabase.Database, size: OfficeSize, today: string, seed = 7): void {
  const random = seededRandom(seed);
  const insertConstituent = sqlite.prepare(
    `INSERT INTO constituents (first_name, last_name, email, postcode, address_line1, town, preferred_contact, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'DAGENHAM', 'email', ?, ?)`,
  );
  const insertCase = sqlite.prepare(
    `INSERT INTO cases (reference, constituent_id, title, category, priority, assignee, status, opened_on, due_on, closed_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = `${today}T09:00:00.000Z`;
  sqlite.transaction(() => {
    for (let i = 1; i <= size.constituents; i++) {
      const postcode = `${random.pick(OUTWARDS)} ${random.int(1, 9)}${random.pick([...INWARD])}${random.pick([...INWARD])}`;
      insertConstituent.run(
        `First${i}`,
        `Last${i % 5000}`,
        `person${i}@example.org`,
        postcode,
        `${i} Example Road`,
        now,
        now,
      );
    }
    const perYear = new Map<number, number>();
    for (let i = 1; i <= size.cases; i++) {
      const opened = addDays(parseISO(today), -random.int(0, 365 * 3));
      const openedOn = formatISO(opened, { representation: 'date' });
      const year = opened.getUTCFullYear();
      const sequence = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, sequence);
      const status = random.pick(CASE_STATUSES);
      insertCase.run(
        formatCaseReference(year, sequence),
        random.int(1, size.constituents),
        `Generated case ${i}`,
        random.pick(CASE_CATEGORIES),
        random.pick(CASE_PRIORITIES),
        random.pick(STAFF),
        status,
        openedOn,
        formatISO(addDays(opened, 28), { representation: 'date' }),
        status === 'closed' ? formatISO(addDays(opened, random.int(1, 60)), { representation: 'date' }) : null,
        now,
        now,
      );
    }
    const setCounter = sqlite.prepare(
      'INSERT OR REPLACE INTO case_reference_counters (year, last_number) VALUES (?, ?)',
    );
    for (const [year, last] of perYear) setCounter.run(year, last);
  })();
}
