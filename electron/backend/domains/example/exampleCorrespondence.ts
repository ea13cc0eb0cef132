import { addDays, formatISO, parseISO } from 'date-fns';
import type { CaseCategory, CaseStatus, OrganisationKind } from '../../../../shared/domain/enums';
import { addWorkingDays, workingDaysBetween } from '../../../../shared/workingDays';
import type { Db } from '../../context';
import { loadBankHolidays } from '../correspondence/bankHolidays.service';
import { insertCorrespondence, insertOrganisations } from '../correspondence/correspondence.service';

/** The organisations the example office writes to most, at their public addresses. */
export const EXAMPLE_ORGANISATIONS: { key: string; name: string; kind: OrganisationKind; address: string }[] = [
  {
    key: 'home_office',
    name: 'Home Office',
    kind: 'government_department',
    address: '2 Marsham Street\nLONDON\nSW1P 4DF',
  },
  {
    key: 'met',
    name: 'Metropolitan Police Service',
    kind: 'police_force',
    address: 'New Scotland Yard\nVictoria Embankment\nLONDON\nSW1A 2JL',
  },
  {
    key: 'lbbd',
    name: 'London Borough of Barking and Dagenham',
    kind: 'council',
    address: 'Town Hall\n1 Town Square\nBARKING\nIG11 7LU',
  },
  {
    key: 'havering',
    name: 'London Borough of Havering',
    kind: 'council',
    address: 'Town Hall\nMain Road\nROMFORD\nRM1 3BD',
  },
];

const WRITES_TO: Partial<Record<CaseCategory, string>> = {
  policing_crime: 'met',
  immigration: 'home_office',
  housing: 'lbbd',
  environment: 'havering',
  transport: 'havering',
  education: 'lbbd',
};

export interface ExampleCaseFacts {
  id: number;
  reference: string;
  constituentId: number;
  category: CaseCategory;
  status: CaseStatus;
  title: string;
  openedOn: string;
  closedOn: string | null;
}

const day = (iso: string, plus: number) => formatISO(addDays(parseISO(iso), plus), { representation: 'date' });

/** Letters for the example office: the petition's delivery, reply and follow-up, and letters on live and closed cases. */
export async function loadExampleCorrespondence(
  db: Db,
  data: { campaignId: number; cases: ExampleCaseFacts[]; actor: string; at: string },
): Promise<void> {
  const { actor, at } = data;
  const holidays = await loadBankHolidays(db);
  const ids = await insertOrganisations(
    db,
    EXAMPLE_ORGANISATIONS.map(({ key: _key, ...o }) => ({
      ...o,
      email: '',
      replyTargetDays: 20,
      isExample: 1,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const orgId = new Map(EXAMPLE_ORGANISATIONS.map((o, i) => [o.key, ids[i]!]));
  const base = { theirReference: '', body: '', inReplyTo: null, isHolding: 0, isExample: 1, actor, createdAt: at };
  const sent = (datedOn: string, replied: string | null) => ({
    direction: 'out' as const,
    datedOn,
    replyState: replied ? ('replied' as const) : ('awaiting' as const),
    replyDueOn: addWorkingDays(datedOn, 20, holidays),
    repliedOn: replied,
    responseWorkingDays: replied ? workingDaysBetween(datedOn, replied, holidays) : null,
  });

  const homeOffice = orgId.get('home_office')!;
  const campaign = {
    organisationId: homeOffice,
    caseId: null,
    campaignId: data.campaignId,
    constituentId: null,
    ourReference: '',
    channel: 'letter' as const,
  };
  const delivery = await insertCorrespondence(db, {
    ...base,
    ...campaign,
    ...sent('2019-10-22', '2019-11-18'),
    subject: 'Petition: more police for Barking and Dagenham and Havering (5,000 signatures)',
  });
  await insertCorrespondence(db, {
    ...base,
    ...campaign,
    direction: 'in',
    datedOn: '2019-11-18',
    replyState: 'not_needed',
    inReplyTo: delivery,
    subject: 'Home Office response: Early Intervention Youth Fund',
    body: 'The Home Office has given £500,000 to Barking and Dagenham through the Early Intervention Youth Fund, to steer young people away from violence.',
  });
  await insertCorrespondence(db, {
    ...base,
    ...campaign,
    ...sent('2019-11-25', null),
    subject: 'Follow-up: the police uplift must reach outer London',
  });

  for (const c of data.cases) {
    const organisationId = orgId.get(WRITES_TO[c.category] ?? '');
    if (!organisationId || c.status === 'open') continue;
    const sentOn = day(c.openedOn, 2);
    const replied = c.status === 'closed' && c.closedOn ? c.closedOn : null;
    const link = {
      organisationId,
      caseId: c.id,
      campaignId: null,
      constituentId: c.constituentId,
      ourReference: c.reference,
      channel: 'letter' as const,
    };
    const letter = await insertCorrespondence(db, { ...base, ...link, ...sent(sentOn, replied), subject: c.title });
    if (replied) {
      await insertCorrespondence(db, {
        ...base,
        ...link,
        direction: 'in',
        datedOn: replied,
        replyState: 'not_needed',
        inReplyTo: letter,
        subject: `Re: ${c.title}`,
      });
    }
  }
}
