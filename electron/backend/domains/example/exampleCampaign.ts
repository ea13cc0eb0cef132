import { addDays, formatISO, parseISO } from 'date-fns';
import type { CampaignStage } from '../../../../shared/domain/enums';
import type { ExampleConstituent } from './exampleOffice';
import { examplePostcode, FIRST_NAMES, LAST_NAMES } from './exampleOffice';
import { seededRandom } from './seededRandom';

/**
 * The policing petition of autumn 2019 (shared/seed/policing-petition.md) as example data:
 * the real campaign's figures and story; synthetic signers with real-format local postcodes.
 */
export const POLICING_CAMPAIGN = {
  title: 'More police for Barking and Dagenham and Havering',
  summary:
    'A BBC report found violence in Havering had almost doubled since 2016, with knife crime and serious youth violence rising in both boroughs after cuts to policing and youth services. Residents signed a petition asking the Home Office for more police on their streets.',
  ask: 'Put more police officers on the streets of Barking and Dagenham and Havering, and make sure any national uplift reaches outer London areas such as Dagenham and Rainham.',
  kind: 'petition' as const,
  targetOrganisation: 'Home Office',
  owner: 'Jon Cruddas MP',
  signatureGoal: 5000,
};

export const POLICING_TIMELINE: { occurredOn: string; stage: CampaignStage | null; title: string; body: string }[] = [
  {
    occurredOn: '2019-08-19',
    stage: 'planning',
    title: 'Campaign started',
    body: 'Petition drafted with local residents.',
  },
  { occurredOn: '2019-09-02', stage: 'collecting', title: 'Collecting', body: 'Petition opened, on paper and online.' },
  {
    occurredOn: '2019-10-09',
    stage: null,
    title: 'Uplift announced',
    body: 'First phase of the government’s police uplift: 1,369 extra officers for the Met, 20,000 nationally over three years.',
  },
  { occurredOn: '2019-10-18', stage: null, title: '5,000 signatures collected', body: '' },
  {
    occurredOn: '2019-10-22',
    stage: 'delivered',
    title: 'Delivered',
    body: 'The MP delivered the petition to the Home Office.',
  },
  { occurredOn: '2019-10-23', stage: 'awaiting_response', title: 'Awaiting response', body: '' },
  {
    occurredOn: '2019-11-18',
    stage: 'responded',
    title: 'Responded',
    body: 'Home Office response: £500,000 given to Barking and Dagenham through the Early Intervention Youth Fund, to steer young people away from violence.',
  },
  {
    occurredOn: '2019-11-25',
    stage: 'follow_up',
    title: 'Follow-up',
    body: 'Follow-up letter: the uplift is not enough (“lost a tenner and found a pound”); any uplift must reach outer London areas such as Dagenham and Rainham.',
  },
];

export const POLICING_FIGURES = [
  { label: 'Metropolitan Police officers, 2010', value: '33,367', source: 'Home Office data', asOf: '2010-03-31' },
  {
    label: 'Metropolitan Police officers, March 2019',
    value: '30,435',
    source: 'Home Office data',
    asOf: '2019-03-31',
  },
  { label: 'Officers lost since 2010', value: '2,932', source: 'Home Office data (difference)', asOf: '2019-03-31' },
  {
    label: 'Extra Met officers in the uplift’s first phase (about 46% of the gap)',
    value: '1,369',
    source: 'Home Office, announced 9 Oct 2019',
    asOf: '2019-10-09',
  },
  {
    label: 'Officers nationally over three years, not counting vacancies',
    value: '20,000',
    source: 'Home Office',
    asOf: '2019-10-09',
  },
  { label: 'For more Taser-trained officers', value: '£10 million', source: 'Home Office', asOf: '2019-10-09' },
  {
    label: 'Early Intervention Youth Fund for Barking and Dagenham',
    value: '£500,000',
    source: 'Home Office response',
    asOf: '2019-11-18',
  },
];

const SIGNER_DISTRICTS = [
  'RM8',
  'RM9',
  'RM10',
  'RM13',
  'IG11',
  'RM1',
  'RM2',
  'RM3',
  'RM5',
  'RM6',
  'RM7',
  'RM11',
  'RM12',
  'RM14',
];
/** Heavier in the constituency's own districts. */
const DISTRICT_WEIGHTS = [6, 6, 5, 5, 3, 1, 1, 1, 1, 2, 2, 1, 2, 1];

export interface ExampleSignature {
  fullName: string;
  email: string;
  postcode: string;
  signedOn: string;
  /** Index into the example constituents when the signer is one of them. */
  constituentIndex: number | null;
}

function weightedDistrict(roll: number): string {
  const total = DISTRICT_WEIGHTS.reduce((a, b) => a + b, 0);
  let threshold = roll * total;
  for (let i = 0; i < SIGNER_DISTRICTS.length; i++) {
    threshold -= DISTRICT_WEIGHTS[i]!;
    if (threshold < 0) return SIGNER_DISTRICTS[i]!;
  }
  return SIGNER_DISTRICTS[0]!;
}

/** 5,000 distinct synthetic signers over the collecting weeks; the first few are example constituents. */
export function buildPolicingSignatures(
  constituents: ExampleConstituent[],
  count = 5000,
  seed = 1369,
): ExampleSignature[] {
  const random = seededRandom(seed);
  const opened = parseISO('2019-09-02');
  const signatures: ExampleSignature[] = [];
  const seen = new Set<string>();
  constituents.slice(0, 12).forEach((c, i) => {
    signatures.push({
      fullName: `${c.firstName} ${c.lastName}`,
      email: c.email,
      postcode: c.postcode,
      signedOn: '2019-09-03',
      constituentIndex: i,
    });
    seen.add(`${c.firstName} ${c.lastName}|${c.postcode}`.toLowerCase());
  });
  while (signatures.length < count) {
    const fullName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const postcode = examplePostcode(random, weightedDistrict(random.next()));
    const key = `${fullName}|${postcode}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // Most signed in the first fortnight, then a long tail to 18 October.
    const day = Math.floor(46 * random.next() ** 1.8);
    const n = signatures.length;
    signatures.push({
      fullName,
      email: random.next() < 0.6 ? `signer${n}@example.org` : '',
      postcode,
      signedOn: formatISO(addDays(opened, day), { representation: 'date' }),
      constituentIndex: null,
    });
  }
  return signatures;
}
