import type { ParsedInput } from '../../../../shared/contract/api';
import { parliamentPetitionFileSchema, type ConstituencyMatch } from '../../../../shared/contract/parliamentPetitions';
import { foldText } from '../../../../shared/textMatching';
import type { CommandContext } from '../../context';
import type { ParliamentPetitionsTable } from '../../db/schema';
import { DomainError } from '../../errors';
import { readSetting } from '../settings/settings.service';
import { findParliamentPetition, upsertParliamentPetition } from './campaign.repository';
import { campaignAction } from './campaign.service';

function readPetitionFile(file: Buffer) {
  let json: unknown;
  try {
    json = JSON.parse(file.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError(
      'IMPORT_REJECTED',
      'This file is not JSON. Download the petition’s JSON file from petition.parliament.uk and try again.',
    );
  }
  const parsed = parliamentPetitionFileSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].slice(0, 5).join(', ');
    throw new DomainError(
      'IMPORT_REJECTED',
      `This is not a UK Parliament petition file: ${fields} missing or not as expected. Nothing was recorded.`,
    );
  }
  return parsed.data.data;
}

/**
 * Records a national petition against a campaign: its total, this constituency's count and rank
 * (from the constituency set in Settings), and the government response. Re-importing updates it.
 */
export async function importParliamentPetition(
  ctx: CommandContext,
  input: ParsedInput<'campaigns.importParliamentPetition'>,
) {
  const petition = readPetitionFile(
    await ctx.staging.read(input.stagedFileId, { maxBytes: 20_000_000, tooLarge: 'The petition file is too large.' }),
  );
  const name = (await readSetting(ctx.db, 'constituencyName')) ?? '';
  const code = (await readSetting(ctx.db, 'constituencyCode')) ?? '';
  if (!name && !code) {
    throw new DomainError(
      'VALIDATION',
      'Set the office’s constituency in Settings first: the petition’s count for it is what gets recorded.',
    );
  }
  const constituencies = petition.attributes.signatures_by_constituency;
  // Codes changed at the 2024 boundary review and some copies have none: the code first, then the name.
  const byCode = code ? constituencies.find((c) => c.ons_code.toUpperCase() === code.toUpperCase()) : undefined;
  const byName = name ? constituencies.find((c) => foldText(c.name) === foldText(name)) : undefined;
  const ours = byCode ?? byName;
  const matchedBy: ConstituencyMatch = byCode ? 'code' : byName ? 'name' : 'none';
  const count = ours?.signature_count ?? 0;
  const response = petition.attributes.government_response;
  const at = ctx.clock().toISOString();
  const row: ParliamentPetitionsTable = {
    campaignId: input.campaignId,
    petitionId: petition.id ?? null,
    action: petition.attributes.action,
    state: petition.attributes.state,
    signatureCount: petition.attributes.signature_count,
    constituencyName: ours?.name ?? name,
    constituencyCode: ours?.ons_code ?? code,
    constituencyCount: count,
    constituencyRank: ours ? 1 + constituencies.filter((c) => c.signature_count > count).length : 0,
    constituenciesTotal: constituencies.length,
    responseSummary: response?.summary ?? '',
    responseDetails: response?.details ?? '',
    respondedOn: response?.responded_on ?? '',
    fileName: input.fileName,
    importedAt: at,
  };
  const current = await findParliamentPetition(ctx.db, input.campaignId);
  if (current && !input.replace && (current.petitionId !== row.petitionId || current.action !== row.action)) {
    throw new DomainError(
      'CONFLICT',
      `This campaign already has the petition “${current.action}”; the file is “${row.action}”. Load it again and confirm to replace the one recorded.`,
      { current: current.action, incoming: row.action },
    );
  }
  await campaignAction(ctx, input.campaignId, 'import_parliament_petition', ({ trx }) =>
    upsertParliamentPetition(trx, row),
  );
  return { ...(await findParliamentPetition(ctx.db, input.campaignId))!, matchedBy };
}
