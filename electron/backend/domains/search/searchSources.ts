import { formatUkDate } from '../../../../shared/dates';
import { CAMPAIGN_STAGE_LABELS, CASE_STATUS_LABELS } from '../../../../shared/domain/enums';
import type { SearchHit } from '../../../../shared/contract/search';
import type { CampaignRow, CaseRow, CorrespondenceRow } from './search.repository';

/** A record as the search sees it: what it is called, a line about it, and the texts its words are found in. */
export interface SearchSource {
  id: number;
  title: string;
  detail: string;
  /** Searched and quoted from, in order (the title first). */
  texts: string[];
  /** Where it opens: its own page, or (a letter) the first of its case, campaign, constituent or organisation. */
  opens: SearchHit['opens'];
}

export function caseSource(row: CaseRow): SearchSource {
  const name = `${row.firstName} ${row.lastName}`.trim();
  const title = `${row.reference} ${row.title}`;
  return {
    id: row.id,
    title,
    detail: `${name} · ${CASE_STATUS_LABELS[row.status]}`,
    texts: [title, name, row.description, ...row.notes],
    opens: { page: 'case', id: row.id },
  };
}

function letterOpens(row: CorrespondenceRow): SearchHit['opens'] {
  if (row.caseId !== null) return { page: 'case', id: row.caseId };
  if (row.campaignId !== null) return { page: 'campaign', id: row.campaignId };
  if (row.constituentId !== null) return { page: 'constituent', id: row.constituentId };
  return { page: 'organisation', id: row.organisationId ?? 0 };
}

export function correspondenceSource(row: CorrespondenceRow): SearchSource {
  const organisation = row.organisation ?? '';
  const party = organisation || 'the constituent';
  return {
    id: row.id,
    title: row.subject,
    detail: `${row.direction === 'out' ? `To ${party}` : `From ${party}`} · ${formatUkDate(row.datedOn)}`,
    texts: [row.subject, organisation, row.theirReference, row.ourReference, row.body],
    opens: letterOpens(row),
  };
}

export function campaignSource(row: CampaignRow): SearchSource {
  return {
    id: row.id,
    title: row.title,
    detail: `Campaign · ${CAMPAIGN_STAGE_LABELS[row.stage]}`,
    texts: [row.title, row.targetOrganisation, row.summary, row.ask],
    opens: { page: 'campaign', id: row.id },
  };
}
