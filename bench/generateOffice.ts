import type SqliteDatabase from 'better-sqlite3';
import { addDays, formatISO, parseISO } from 'date-fns';
import { formatCaseReference } from '../electron/backend/domains/cases/caseReference';
import { seededRandom } from '../electron/backend/domains/example/seededRandom';
import { CASE_CATEGORIES, CASE_PRIORITIES, CASE_STATUSES } from '../shared/domain/enums';

export interface OfficeSize {
  constituents: number;
  cases: number;
  /** Letters and e-mails to and from organisations, each on a case (none unless asked for). */
  correspondence?: number;
}

const OUTWARDS = ['RM8', 'RM9', 'RM10', 'RM13', 'IG11', 'RM7', 'RM12', 'RM14'];
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
const STAFF = ['Sam Okoro', 'Priya Nair', 'Joe Barnes', 'Ana Silva', 'Ben Hale'];

/** The words casework is written in, most common first (picked with a skew, as real text is). */
export const CASEWORK_WORDS = (
  'the council housing repair visa application benefit payment delay school place universal credit landlord ' +
  'damp mould tenancy eviction appeal decision hospital appointment waiting list surgery referral police ' +
  'antisocial behaviour noise parking permit road pothole bus route planning objection licence immigration ' +
  'passport asylum settlement spouse family reunion pension disability assessment carer allowance energy bill ' +
  'water leak heating boiler roof window rent arrears deposit homeless temporary accommodation transfer ' +
  'overcrowding medical priority band review complaint response officer department minister reply chaser ' +
  'biometric residence permit tribunal hearing evidence statement doctor letter report inspection fire safety ' +
  'cladding leaseholder service charge insurance flooding drainage fly tipping refuse collection recycling ' +
  'bin streetlight crossing speeding camera burglary fraud scam victim support probation prison transfer court ' +
  'child maintenance nursery funding special educational needs plan transport exclusion admission catchment'
).split(' ');
const ORGANISATIONS = [
  'Home Office',
  'Department for Work and Pensions',
  'HM Revenue and Customs',
  'Department for Education',
  'Department of Health and Social Care',
  'Ministry of Justice',
  'Metropolitan Police',
  'London Borough of Barking and Dagenham',
  'NHS North East London',
  'Department for Transport',
  'UK Visas and Immigration',
  'Department for Levelling Up',
];
const SURNAMES = (
  'Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Khan Okafor Nowak Kowalski Begum Ahmed ' +
  'Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Hussain Ali Singh ' +
  'Murphy Kelly Byrne Obi Adeyemi Mensah Silva Costa Rossi Novak Horvat Brontë Zielińska Ó Briain'
).split(' ');

/** `n` words from the list, skewed towards its start, as real text repeats its common words. */
function words(random: ReturnType<typeof seededRandom>, n: number): string {
  return Array.from({ length: n }, () => CASEWORK_WORDS[Math.floor(CASEWORK_WORDS.length * random.next() ** 2)]).join(
    ' ',
  );
}

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
        `${random.pick(SURNAMES)}${i % 5000}`,
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
        words(random, random.int(2, 5)),
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
    generateCorrespondence(sqlite, random, size, today, now);
  })();
}

function generateCorrespondence(
  sqlite: SqliteDatabase.Database,
  random: ReturnType<typeof seededRandom>,
  size: OfficeSize,
  today: string,
  now: string,
): void {
  if (!size.correspondence) return;
  const insertOrganisation = sqlite.prepare(
    `INSERT INTO organisations (name, kind, reply_target_days, created_at, updated_at) VALUES (?, 'government_department', 20, ?, ?)`,
  );
  for (const name of ORGANISATIONS) insertOrganisation.run(name, now, now);
  const insertItem = sqlite.prepare(
    `INSERT INTO correspondence (direction, channel, organisation_id, case_id, their_reference, subject, body, dated_on, actor, created_at)
     VALUES (?, 'letter', ?, ?, ?, ?, ?, ?, 'Sam Okoro', ?)`,
  );
  for (let i = 1; i <= size.correspondence; i++) {
    const out = random.next() < 0.6;
    insertItem.run(
      out ? 'out' : 'in',
      random.int(1, ORGANISATIONS.length),
      random.int(1, size.cases),
      out ? '' : `REF-${random.int(100000, 999999)}`,
      words(random, random.int(3, 7)),
      `Dear ${random.pick(['Minister', 'Sir or Madam', 'Chief Inspector', 'Director'])}, ${words(random, random.int(25, 60))}.`,
      formatISO(addDays(parseISO(today), -random.int(0, 365 * 3)), { representation: 'date' }),
      now,
    );
  }
}
