import { emailKey, nameKey } from '../../../../shared/samePerson';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type {
  Constituent,
  ConstituentList,
  ConstituentSummary,
  DuplicateConstituent,
} from '../../../../shared/contract/constituents';
import type { Db } from '../../context';
import { updateAtVersion } from '../../db/editVersions';
import type { ConstituentsTable } from '../../db/schema';
import { containsText, everyWordInOneOf, startsWithText } from '../../db/textFilters';
import { foldText, phoneDigits } from '../../../../shared/textMatching';
import type { Candidate, ParsedSearch } from './constituentMatch';

type ConstituentRow = Selectable<ConstituentsTable>;

/** How many of the constituent (aliased `c`) cases are not closed, as a column of a constituents query. */
const OPEN_CASES =
  sql<number>`(SELECT count(*) FROM cases WHERE cases.constituent_id = c.id AND cases.status != 'closed')`.as(
    'openCases',
  );

function fullName(row: Pick<ConstituentRow, 'title' | 'firstName' | 'lastName'>): string {
  return [row.title, row.firstName, row.lastName].filter((part) => part !== '').join(' ');
}

function toConstituent(row: ConstituentRow): Constituent {
  const { searchText: _searchText, phoneDigits: _phoneDigits, nameKey: _nameKey, emailKey: _emailKey, ...fields } = row;
  return { ...fields, fullName: fullName(row), doNotContact: row.doNotContact === 1, isExample: row.isExample === 1 };
}

type SearchedFields = Pick<
  ConstituentRow,
  'title' | 'firstName' | 'lastName' | 'email' | 'phone' | 'addressLine1' | 'addressLine2' | 'town'
>;

/** The columns intake search and the same-person rule read, derived from the record on every write. */
function searchColumns(row: SearchedFields) {
  return {
    searchText: foldText(
      [row.title, row.firstName, row.lastName, row.email, row.addressLine1, row.addressLine2, row.town].join(' '),
    ),
    phoneDigits: phoneDigits(row.phone),
    nameKey: nameKey(`${row.firstName} ${row.lastName}`),
    emailKey: emailKey(row.email),
  };
}

export async function insertConstituents(
  db: Db,
  rows: (Insertable<ConstituentsTable> & SearchedFields)[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('constituents')
    .values(rows.map((row) => ({ ...row, ...searchColumns(row) })))
    .returning('id')
    .execute();
  return inserted.map((row) => row.id);
}

export function updateConstituentAtVersion(
  db: Db,
  id: number,
  version: number,
  changes: Updateable<ConstituentsTable> & SearchedFields,
) {
  return updateAtVersion(db, 'constituents', id, version, { ...changes, ...searchColumns(changes) });
}

export async function findConstituent(db: Db, id: number): Promise<Constituent | undefined> {
  const row = await db.selectFrom('constituents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toConstituent(row);
}

/** Name, postcode or email containing every word of the query (case-insensitive; postcode ignoring spaces). */
export async function listConstituents(
  db: Db,
  page: { query: string; offset: number; limit: number },
): Promise<ConstituentList> {
  const filtered = everyWordInOneOf(page.query, [
    sql`lower(c.first_name || ' ' || c.last_name)`,
    sql`lower(c.email)`,
    sql`lower(replace(c.postcode, ' ', ''))`,
  ]).reduce((query, condition) => query.where(condition), db.selectFrom('constituents as c'));
  const [rows, count] = await Promise.all([
    filtered
      .select([
        'c.id',
        'c.title',
        'c.firstName',
        'c.lastName',
        'c.postcode',
        'c.email',
        'c.doNotContact',
        'c.isExample',
        OPEN_CASES,
      ])
      .orderBy(sql`lower(c.last_name)`)
      .orderBy(sql`lower(c.first_name)`)
      .orderBy('c.id')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      fullName: fullName(row),
      postcode: row.postcode,
      email: row.email,
      doNotContact: row.doNotContact === 1,
      isExample: row.isExample === 1,
      openCases: Number(row.openCases ?? 0),
    })),
    total: Number(count.n),
  };
}

export async function listConstituentsByIds(db: Db, ids: number[]): Promise<ConstituentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('constituents').selectAll().where('id', 'in', ids).orderBy('lastName').execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: fullName(row),
    postcode: row.postcode,
    email: row.email,
    doNotContact: row.doNotContact === 1,
    isExample: row.isExample === 1,
    openCases: 0,
  }));
}

export interface DuplicateProbe {
  firstName: string;
  lastName: string;
  postcode: string;
  email: string;
  excludeId?: number;
}

/** Existing constituents with the same email (any case) or the same name and postcode. */
export async function findDuplicateConstituents(db: Db, probe: DuplicateProbe): Promise<DuplicateConstituent[]> {
  const email = emailKey(probe.email);
  // Known only by a phone number: nothing the same-person rule compares.
  if (email === '' && probe.postcode === '') return [];
  const rows = await db
    .selectFrom('constituents')
    .select(['id', 'title', 'firstName', 'lastName', 'postcode', 'email', 'emailKey'])
    .where((eb) => {
      const matches = [];
      if (email !== '') matches.push(eb('emailKey', '=', email));
      if (probe.postcode !== '') {
        matches.push(
          eb.and([
            eb('nameKey', '=', nameKey(`${probe.firstName} ${probe.lastName}`)),
            eb('postcode', '=', probe.postcode),
          ]),
        );
      }
      return eb.or(matches);
    })
    .$if(probe.excludeId !== undefined, (qb) => qb.where('id', '!=', probe.excludeId!))
    .limit(20)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: fullName(row),
    postcode: row.postcode,
    email: row.email,
    matchedOn: email !== '' && row.emailKey === email ? 'email' : 'name_and_postcode',
  }));
}

export async function countConstituents(db: Db): Promise<number> {
  const row = await db
    .selectFrom('constituents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Everyone the intake search might mean: a phone number's digits, a postcode's start, or the first
 * letters of the longest word typed (so a slip later in the word still finds them). Scored in JS.
 */
export async function findConstituentCandidates(db: Db, search: ParsedSearch): Promise<Candidate[]> {
  const longest = [...search.words].sort((a, b) => b.length - a.length)[0] ?? '';
  const stem = longest.slice(0, longest.length >= 5 ? 3 : 2);
  const rows = await db
    .selectFrom('constituents as c')
    .where((eb) =>
      eb.or([
        ...(search.digits ? [containsText(sql`c.phone_digits`, search.digits)] : []),
        ...(search.compact.length >= 2 ? [startsWithText(sql`replace(c.postcode, ' ', '')`, search.compact)] : []),
        ...(stem.length >= 2 ? [containsText(sql`c.search_text`, stem)] : []),
      ]),
    )
    .select([
      'c.id',
      'c.title',
      'c.firstName',
      'c.lastName',
      'c.email',
      'c.phone',
      'c.addressLine1',
      'c.town',
      'c.postcode',
      'c.searchText',
      'c.phoneDigits',
      'c.doNotContact',
      'c.isExample',
      OPEN_CASES,
    ])
    .limit(10_000)
    .execute();
  return rows.map((row) => ({
    ...row,
    fullName: fullName(row),
    doNotContact: row.doNotContact === 1,
    isExample: row.isExample === 1,
    openCases: Number(row.openCases ?? 0),
  }));
}
