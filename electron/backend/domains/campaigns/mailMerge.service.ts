import type { MailMergeList, MailMergeRecipient } from '../../../../shared/contract/campaigns';
import { addressBlock } from '../../../../shared/letters/addressBlock';
import type { BackendContext } from '../../context';
import { notFound } from '../../errors';
import { findCampaign } from './campaign.repository';

/**
 * Who a standard reply goes to: constituents who wrote in or signed (their record's address), and
 * signers not on file who gave an address; never anyone marked do-not-contact, nor anyone twice.
 */
export async function mailMergeList(ctx: BackendContext, campaignId: number): Promise<MailMergeList> {
  if (!(await findCampaign(ctx.db, campaignId))) throw notFound('Campaign', campaignId);
  const linkedIds = ctx.db
    .selectFrom('campaignConstituents')
    .select('constituentId')
    .where('campaignId', '=', campaignId)
    .union(
      ctx.db
        .selectFrom('signatures')
        .select((eb) => eb.ref('constituentId').$notNull().as('constituentId'))
        .where('campaignId', '=', campaignId)
        .where('constituentId', 'is not', null),
    );
  const [constituents, signers] = await Promise.all([
    ctx.db.selectFrom('constituents').selectAll().where('id', 'in', linkedIds).orderBy('lastName').execute(),
    ctx.db
      .selectFrom('signatures')
      .select(['fullName', 'address', 'postcode'])
      .where('campaignId', '=', campaignId)
      .where('constituentId', 'is', null)
      .orderBy('fullName')
      .execute(),
  ]);
  const recipients: MailMergeRecipient[] = [];
  let doNotContact = 0;
  let withoutAddress = 0;
  for (const c of constituents) {
    if (c.doNotContact === 1) doNotContact++;
    else if (!c.addressLine1 || !c.postcode) withoutAddress++;
    else {
      const lines = addressBlock({ lines: [c.addressLine1, c.addressLine2], town: c.town, postcode: '' });
      recipients.push({
        name: [c.title, c.firstName, c.lastName].filter(Boolean).join(' '),
        addressLines: lines,
        postcode: c.postcode,
        source: 'constituent',
      });
    }
  }
  for (const s of signers) {
    if (!s.address) withoutAddress++;
    else recipients.push({ name: s.fullName, addressLines: [s.address], postcode: s.postcode, source: 'signer' });
  }
  return { recipients, doNotContact, withoutAddress };
}
