import type { MergeContext } from '../../../../shared/letters/mergeFields';
import { todayIso, type BackendContext } from '../../context';
import { notFound } from '../../errors';
import { findCampaign } from '../campaigns/campaign.service';
import { findCase } from '../cases/case.service';
import { findConstituent } from '../constituents/constituent.service';
import { findCorrespondenceRow, findOrganisation } from '../correspondence/correspondence.service';
import { readSetting } from '../settings/settings.service';
import { signatureStats } from '../signatures/signature.service';

export interface LetterLinks {
  caseId: number | null;
  campaignId: number | null;
  organisationId: number | null;
  previousId: number | null;
}

/** Gathers the records a letter is about into the values its merge fields draw on. */
export async function buildMergeContext(ctx: BackendContext, links: LetterLinks): Promise<MergeContext> {
  const today = todayIso(ctx);
  const previous = links.previousId === null ? null : await findCorrespondenceRow(ctx.db, links.previousId);
  if (links.previousId !== null && !previous) throw notFound('Letter', links.previousId);
  const caseId = links.caseId ?? previous?.caseId ?? null;
  const organisationId = links.organisationId ?? previous?.organisationId ?? null;
  const linkedCase = caseId === null ? undefined : await findCase(ctx.db, caseId, today);
  if (caseId !== null && !linkedCase) throw notFound('Case', caseId);
  const campaignId = links.campaignId ?? linkedCase?.campaignId ?? null;
  const [constituent, organisation, campaign, mpName, constituency, officeAddress] = await Promise.all([
    linkedCase ? findConstituent(ctx.db, linkedCase.constituentId) : undefined,
    organisationId === null ? undefined : findOrganisation(ctx.db, organisationId),
    campaignId === null ? undefined : findCampaign(ctx.db, campaignId),
    readSetting(ctx.db, 'mpName'),
    readSetting(ctx.db, 'constituencyName'),
    readSetting(ctx.db, 'officeAddress'),
  ]);
  if (organisationId !== null && !organisation) throw notFound('Organisation', organisationId);
  return {
    today,
    constituent,
    case: linkedCase && { reference: linkedCase.reference, title: linkedCase.title },
    organisation: organisation && {
      name: organisation.name,
      address: organisation.address,
      recipientName: organisation.recipientName,
      recipientRole: organisation.recipientRole,
    },
    campaign: campaign && {
      title: campaign.title,
      ask: campaign.ask,
      signatures: (await signatureStats(ctx.db, campaign.id, '')).total,
    },
    mp: mpName ? { name: mpName, constituency: constituency ?? '' } : undefined,
    office: officeAddress ? { address: officeAddress } : undefined,
    previous: previous ? { subject: previous.subject, sentOn: previous.datedOn } : undefined,
  };
}
