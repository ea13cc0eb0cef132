import { addDays, formatISO, parseISO } from 'date-fns';
import type { CaseCategory, CasePriority, CaseStatus, ContactMethod } from '../../../../shared/domain/enums';
import { seededRandom, type SeededRandom } from './seededRandom';

/**
 * The example office (Dagenham and Rainham, see shared/seed/policing-petition.md): synthetic
 * constituents with real-format local postcodes and cases across categories and statuses.
 * Names, addresses and stories are invented.
 */
export interface ExampleConstituent {
  title: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  preferredContact: ContactMethod;
  doNotContact: boolean;
}

export interface ExampleCase {
  constituentIndex: number;
  title: string;
  description: string;
  category: CaseCategory;
  priority: CasePriority;
  assignee: string;
  status: CaseStatus;
  openedOn: string;
  dueOn: string | null;
  closedOn: string | null;
  /** One of the starting outcome labels, and the caseworker's note. */
  outcome: string;
  outcomeNote: string;
  notes: { on: string; body: string }[];
}

export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Darius',
  'Elena',
  'Femi',
  'Grace',
  'Harjit',
  'Isla',
  'Jamal',
  'Kasia',
  'Liam',
  'Maya',
  'Nathan',
  'Olu',
  'Priya',
  'Rhys',
  'Sana',
  'Tom',
  'Uche',
  'Vera',
  'Wes',
  'Yasmin',
  'Zoe',
] as const;
export const LAST_NAMES = [
  'Adeyemi',
  'Baker',
  'Clarke',
  'Dhillon',
  'Evans',
  'Fletcher',
  'Green',
  'Hussain',
  'Iqbal',
  'Jones',
  'Kowalski',
  'Lewis',
  'Mensah',
  'Nowak',
  'Okafor',
  'Patel',
  'Quinn',
  'Robinson',
  'Shah',
  'Turner',
  'Walsh',
  'Young',
] as const;
const AREAS = [
  { outward: 'RM8', town: 'DAGENHAM', streets: ['Becontree Avenue', 'Valence Avenue', 'Hedgemans Road'] },
  { outward: 'RM9', town: 'DAGENHAM', streets: ['Heathway', 'Ripple Road', 'Parsloes Avenue'] },
  { outward: 'RM10', town: 'DAGENHAM', streets: ['Rainham Road South', 'Oxlow Lane', 'Church Elm Lane'] },
  { outward: 'RM13', town: 'RAINHAM', streets: ['Upminster Road South', 'Lamson Road', 'Cherry Tree Lane'] },
  { outward: 'IG11', town: 'BARKING', streets: ['Longbridge Road', 'Movers Lane', 'Thames Road'] },
  { outward: 'RM7', town: 'ROMFORD', streets: ['South Street', 'Rush Green Road', 'Oldchurch Road'] },
  { outward: 'RM12', town: 'HORNCHURCH', streets: ['Elm Park Avenue', 'Wingletye Lane', 'Suttons Lane'] },
  { outward: 'RM14', town: 'UPMINSTER', streets: ['Corbets Tey Road', "St Mary's Lane", 'Hall Lane'] },
] as const;
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const STAFF = ['Sam Okoro', 'Priya Nair', 'Joe Barnes'] as const;

const CASE_STORIES: Record<CaseCategory, readonly string[]> = {
  policing_crime: [
    'Antisocial behaviour near the parade of shops',
    'Asks for more police patrols after a burglary',
    'Knife crime worries near the school gates',
  ],
  housing: [
    'Damp and mould in a council flat',
    'Housing transfer request for a growing family',
    'Repairs not done by the landlord',
  ],
  immigration: ['Spouse visa decision overdue', 'Settlement application delayed', 'Passport held by the Home Office'],
  benefits: ['Universal Credit payment stopped', 'PIP assessment appeal', "Carer's Allowance overpayment letter"],
  health: ['Long wait for a hospital appointment', 'Cannot register with a GP', 'Mental health referral delayed'],
  education: ['No secondary school place offered', 'Support plan for a child with SEND', 'School transport refused'],
  transport: [
    'Lift out of order at the station',
    'Bus route change leaves the estate cut off',
    'Broken pavement outside home',
  ],
  environment: [
    'Fly-tipping in the alley behind the houses',
    'Noise from a nearby industrial site',
    'Flooding on the street after rain',
  ],
  other: [
    'Invitation to a community event',
    "Question about the MP's surgery times",
    'Consumer complaint about an energy supplier',
  ],
};
const NOTES = [
  'Called the constituent to confirm the details.',
  'Wrote to the organisation asking for an update.',
  'Constituent sent copies of the letters they received.',
  'Holding reply received; they will respond in full.',
  'Chased by phone; promised a reply within two weeks.',
];
const OUTCOMES: [string, string][] = [
  ['Resolved in the constituent’s favour', 'The organisation put things right.'],
  ['No further action needed', 'Constituent satisfied with the explanation.'],
  ['Constituent withdrew', 'Constituent asked us to close it.'],
];

export function examplePostcode(random: SeededRandom, outward: string): string {
  return `${outward} ${random.int(1, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`;
}

function buildConstituent(random: SeededRandom, index: number): ExampleConstituent {
  const firstName = FIRST_NAMES[index % FIRST_NAMES.length]!;
  const lastName = LAST_NAMES[(index * 7) % LAST_NAMES.length]!;
  const area = random.pick(AREAS);
  const hasEmail = random.next() < 0.75;
  const hasPhone = random.next() < 0.6;
  const preferred: ContactMethod = hasEmail ? 'email' : hasPhone ? 'phone' : 'post';
  return {
    title: '',
    firstName,
    lastName,
    email: hasEmail ? `${firstName}.${lastName}${index}@example.org`.toLowerCase() : '',
    phone: hasPhone ? `020 7946 ${String(random.int(0, 999)).padStart(4, '0')}` : '',
    addressLine1: `${random.int(1, 240)} ${random.pick(area.streets)}`,
    addressLine2: '',
    town: area.town,
    postcode: examplePostcode(random, area.outward),
    preferredContact: preferred,
    doNotContact: index % 17 === 16,
  };
}

function isoDay(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

function buildCase(random: SeededRandom, index: number, constituentCount: number, today: string): ExampleCase {
  const category = random.pick(Object.keys(CASE_STORIES) as CaseCategory[]);
  const status: CaseStatus = random.pick([
    'open',
    'open',
    'awaiting_third_party',
    'awaiting_constituent',
    'closed',
    'closed',
  ]);
  // Live cases are recent (some past their 28-day target); closed ones reach back six months.
  const opened = addDays(parseISO(today), -random.int(2, status === 'closed' ? 180 : 45));
  const closed = status === 'closed' ? addDays(opened, random.int(5, 40)) : null;
  const closedOn = closed && isoDay(closed) <= today ? isoDay(closed) : closed ? today : null;
  return {
    constituentIndex: index % constituentCount,
    title: random.pick(CASE_STORIES[category]),
    description: 'Example case: the constituent contacted the office about this. Invented for the example data.',
    category,
    priority: random.pick(['low', 'normal', 'normal', 'high', 'urgent']),
    assignee: random.pick(STAFF),
    status,
    openedOn: isoDay(opened),
    dueOn: status === 'closed' ? null : isoDay(addDays(opened, 28)),
    closedOn,
    ...(status === 'closed'
      ? (([outcome, outcomeNote]) => ({ outcome, outcomeNote }))(random.pick(OUTCOMES))
      : { outcome: '', outcomeNote: '' }),
    notes: Array.from({ length: random.int(0, 2) }, (_, n) => ({
      on: [isoDay(addDays(opened, n + 1)), closedOn ?? today, today].sort()[0]!,
      body: random.pick(NOTES),
    })),
  };
}

export function buildExampleOffice(
  today: string,
  seed = 2019,
): { constituents: ExampleConstituent[]; cases: ExampleCase[] } {
  const random = seededRandom(seed);
  const constituents = Array.from({ length: 36 }, (_, i) => buildConstituent(random, i));
  const cases = Array.from({ length: 48 }, (_, i) => buildCase(random, i, constituents.length, today));
  return { constituents, cases };
}
