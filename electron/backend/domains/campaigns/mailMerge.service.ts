import type { MailMergeList, MailMergeRecipient } from '../../../../shared/contract/campaigns';
import { addressBlock } from '../../../../shared/letters/addressBlock';
import type { MergeContext } from '../../../../shared/letters/mergeFields';
import type { BackendContext } from '../../context';
import { notFound } from '../../errors';
import { unlinkedSignerAddresses } from '../signatures/signature.service';
import { campaignConstituentRecords, findCampaign } from './campaign.repository';

/** A standard reply's recipient, shaped as a constituent so the letter's merge fields fill in the same way. */
export interface Addressee extends NonNullable<MergeContext['constituent']> {
  source: MailMergeRecipient['source'];
}

function pickAddress(c: NonNullable<MergeContext['constituent']>): NonNullable<MergeContext['constituent']> {
  const { title, firstName, lastName, salutation, addressLine1, addressLine2, town, postcode } = c;
  return { title, firstName, lastName, salutation, addressLine1, addressLine2, town, postcode };
}

/** A signer gives one name: its first word greets them ("Dear Jo"), the rest is the surname. */
function signerName(fullName: string): {
  title: string;
  firstName: string;
  lastName: string;
  salutation: 'first_name';
} {
  const [firstName = '', ...rest] = fullName.trim().split(/\s+/);
  return { title: '', firstName, lastName: rest.join(' '), salutation: 'first_name' };
}

/**
 * Who a standard reply goes to: constituents who wrote in or signed (their record's address), and
 * signers not on file who gave an address; never anyone marked do-not-contact, nor anyone twice.
 */
export async function campaignAddressees(
  ctx: BackendContext,
  campaignId: number,
): Promise<{ addressees: Addressee[]; doNotContact: number; withoutAddress: number }> {
  if (!(await findCampaign(ctx.db, campaignId))) throw notFound('Campaign', campaignId);
  const [constituents, signers] = await Promise.all([
    campaignConstituentRecords(ctx.db, campaignId),
    unlinkedSignerAddresses(ctx.db, campaignId),
  ]);
  const addressees: Addressee[] = [];
  let doNotContact = 0;
  let withoutAddress = 0;
  for (const c of constituents) {
    if (c.doNotContact === 1) doNotContact++;
    else if (!c.addressLine1 || !c.postcode) withoutAddress++;
    else addressees.push({ ...pickAddress(c), source: 'constituent' });
  }
  for (const s of signers) {
    if (!s.address) withoutAddress++;
    else
      addressees.push({
        ...signerName(s.fullName),
        addressLine1: s.address,
        addressLine2: '',
        town: '',
        postcode: s.postcode,
        source: 'signer',
      });
  }
  return { addressees, doNotContact, withoutAddress };
}

/** The standard reply's recipients as rows for an external mail merge. */
export async function mailMergeList(ctx: BackendContext, campaignId: number): Promise<MailMergeList> {
  const { addressees, doNotContact, withoutAddress } = await campaignAddressees(ctx, campaignId);
  const recipients: MailMergeRecipient[] = addressees.map((a) => ({
    name: [a.title, a.firstName, a.lastName].filter(Boolean).join(' '),
    addressLines: addressBlock({ lines: [a.addressLine1, a.addressLine2], town: a.town, postcode: '' }),
    postcode: a.postcode,
    source: a.source,
  }));
  return { recipients, doNotContact, withoutAddress };
}
