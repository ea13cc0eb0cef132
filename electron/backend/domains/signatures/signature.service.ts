import type { ParsedInput } from '../../../../shared/contract/api';
import {
  signatureMappingSchema,
  type ImportPreview,
  type ImportResult,
  type SignatureMapping,
  type Signer,
  type SignerList,
} from '../../../../shared/contract/signatures';
import { todayIso, type BackendContext, type CommandContext, type Db } from '../../context';
import type { JobContext } from '../../jobs/jobContext';
import { DomainError, notFound } from '../../errors';
import { campaignStartedOn, findCampaign, lockCampaign } from '../campaigns/campaign.service';
import type { CsvEncoding } from './csvText';
import { readTableFile } from './tableFile';
import { alreadySigned, planSignatureImport, type SignatureImportPlan } from './signatureImportPlan';
import {
  constituentMatcher,
  deleteBatchSignatures,
  existingSignatureKeys,
  findBatch,
  insertBatch,
  insertSignatures,
  contactableSigners,
  listSigners,
  markBatchUndone,
} from './signature.repository';
import { nameKey } from '../../../../shared/samePerson';
import { suggestMapping } from './signatureRows';

const SAMPLE_ROWS = 20;

interface ReadFile {
  encoding: CsvEncoding;
  headers: string[];
  rows: string[][];
  mapping: SignatureMapping;
  plan: SignatureImportPlan;
}

async function requireCampaign(db: Db, campaignId: number) {
  const campaign = await findCampaign(db, campaignId);
  if (!campaign) throw notFound('Campaign', campaignId);
  return campaign;
}

/** The campaign, locked for this import: two imports into it take turns, so each signer is counted once. */
async function lockCampaignForSignatures(db: Db, campaignId: number): Promise<void> {
  if (!(await lockCampaign(db, campaignId))) throw notFound('Campaign', campaignId);
}

async function readAndPlan(
  db: Db,
  input: { campaignId: number; mapping?: SignatureMapping },
  file: Buffer,
  today: string,
): Promise<ReadFile> {
  const startedOn = await campaignStartedOn(db, input.campaignId);
  const { headers, rows, encoding } = await readTableFile(file);
  const mapping = input.mapping ?? suggestMapping(headers);
  const outOfRange = Object.entries(mapping).find(([, index]) => index !== null && index >= headers.length);
  if (outOfRange) {
    throw new DomainError(
      'VALIDATION',
      `The file has ${headers.length} columns; column ${outOfRange[1]! + 1} does not exist.`,
    );
  }
  // The one mapping-complete rule is the contract's (the page shows its messages).
  const plan = signatureMappingSchema.safeParse(mapping).success
    ? planSignatureImport(rows, mapping, await existingSignatureKeys(db, input.campaignId), {
        startedOn,
        today,
      })
    : { accepted: [], duplicates: 0, invalid: rows.length, problems: [] };
  return { encoding, headers, rows, mapping, plan };
}

/** Reads the file and reports what an import would do; writes nothing. */
export async function previewSignatureImport(
  ctx: BackendContext,
  input: ParsedInput<'signatures.previewImport'>,
): Promise<ImportPreview> {
  await requireCampaign(ctx.db, input.campaignId);
  const { encoding, headers, rows, mapping, plan } = await readAndPlan(
    ctx.db,
    input,
    await ctx.staging.read(input.stagedFileId),
    todayIso(ctx),
  );
  const problemByRow = new Map(plan.problems.map((p) => [p.row, p.reason]));
  return {
    encoding,
    headers,
    mapping,
    rowsTotal: rows.length,
    valid: plan.accepted.length,
    duplicates: plan.duplicates,
    invalid: plan.invalid,
    sample: rows
      .slice(0, SAMPLE_ROWS)
      .map((cells, i) => ({ row: i + 2, cells, problem: problemByRow.get(i + 2) ?? '' })),
    problems: plan.problems,
  };
}

/** Imports the valid, new rows as one batch in one transaction; a malformed file imports nothing. */
export async function importSignatures(
  ctx: JobContext,
  input: ParsedInput<'signatures.import'>,
): Promise<ImportResult> {
  const file = await ctx.staging.read(input.stagedFileId);
  return ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    await lockCampaignForSignatures(trx, input.campaignId);
    const { encoding, rows, plan } = await readAndPlan(trx, input, file, work.today);
    if (plan.accepted.length === 0) {
      throw new DomainError(
        'IMPORT_REJECTED',
        'No row in the file can be imported: every row is invalid or already signed.',
      );
    }
    const matcher = await constituentMatcher(trx);
    const batchId = await insertBatch(trx, {
      campaignId: input.campaignId,
      source: 'csv',
      fileName: input.fileName,
      encoding,
      rowsTotal: rows.length,
      imported: plan.accepted.length,
      duplicates: plan.duplicates,
      invalid: plan.invalid,
      actor,
      at,
    });
    let linked = 0;
    const total = plan.accepted.length;
    ctx.progress(0, total);
    await insertSignatures(
      trx,
      plan.accepted.map(({ draft }) => {
        const constituentId = matcher.match(draft);
        if (constituentId !== null) linked++;
        return { ...draft, campaignId: input.campaignId, batchId, constituentId };
      }),
      (inserted) => {
        ctx.throwIfCancelled();
        ctx.progress(inserted, total);
      },
    );
    work.audit('signature_batch', batchId, 'import');
    return {
      batchId,
      rowsTotal: rows.length,
      imported: plan.accepted.length,
      duplicates: plan.duplicates,
      invalid: plan.invalid,
      linkedToConstituents: linked,
    };
  });
}

/** Takes a whole import back out; the batch stays listed as undone. */
export async function undoSignatureBatch(ctx: CommandContext, input: ParsedInput<'signatures.undoBatch'>) {
  return ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    const batch = await findBatch(trx, input.batchId);
    if (!batch) throw notFound('Import', input.batchId);
    if (batch.undoneAt) throw new DomainError('CONFLICT', 'This import has already been undone.');
    const removed = await deleteBatchSignatures(trx, input.batchId);
    await markBatchUndone(trx, input.batchId, actor, at);
    work.audit('signature_batch', input.batchId, 'undo');
    return { removed };
  });
}

/** One signature from a paper petition, as a batch of its own so it can be undone like any import. */
export async function addSignature(ctx: CommandContext, input: ParsedInput<'signatures.add'>): Promise<ImportResult> {
  return ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    await lockCampaignForSignatures(trx, input.campaignId);
    const draft = { ...input, nameKey: nameKey(input.fullName) };
    const existing = await existingSignatureKeys(trx, input.campaignId);
    if (alreadySigned(existing, draft)) {
      throw new DomainError('CONFLICT', `${input.fullName} has already signed this campaign.`);
    }
    const constituentId = (await constituentMatcher(trx)).match(draft);
    const batchId = await insertBatch(trx, {
      campaignId: input.campaignId,
      source: 'manual',
      fileName: '',
      encoding: '',
      rowsTotal: 1,
      imported: 1,
      duplicates: 0,
      invalid: 0,
      actor,
      at,
    });
    const { campaignId, fullName, email, postcode, address, signedOn } = draft;
    await insertSignatures(trx, [
      { campaignId, batchId, fullName, nameKey: draft.nameKey, email, postcode, address, signedOn, constituentId },
    ]);
    work.audit('signature_batch', batchId, 'add_signature');
    return {
      batchId,
      rowsTotal: 1,
      imported: 1,
      duplicates: 0,
      invalid: 0,
      linkedToConstituents: constituentId ? 1 : 0,
    };
  });
}

export async function searchSigners(ctx: BackendContext, input: ParsedInput<'signatures.list'>): Promise<SignerList> {
  await requireCampaign(ctx.db, input.campaignId);
  return listSigners(ctx.db, input);
}

/** The signers a CSV download holds (none marked do not contact); the audit says who took them. */
export async function exportSigners(ctx: CommandContext, input: ParsedInput<'signatures.export'>): Promise<Signer[]> {
  await requireCampaign(ctx.db, input.campaignId);
  const signers = await contactableSigners(ctx.db, input.campaignId);
  await ctx.unitOfWork(async (work) => work.audit('campaign', input.campaignId, 'export_signers_csv'));
  return signers;
}

/** Reads (and, for the example office, writes) other domains use: the rest of the repository stays private. */
export {
  insertBatch,
  insertSignatures,
  listBatches,
  signatureStats,
  unlinkedSignerAddresses,
} from './signature.repository';
