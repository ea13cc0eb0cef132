import type { ConstituentDetail, ParsedInput } from '../../../../shared/contract/api';
import type { Constituent, ConstituentMatch } from '../../../../shared/contract/constituents';
import { parseSearch, scoreCandidate } from './constituentMatch';
import { todayIso, type BackendContext, type CommandContext, type Db } from '../../context';
import type { Work } from '../../unitOfWork';
import { DomainError, notFound } from '../../errors';
import { staleEdit } from '../audit/audit.service';
import { listCases } from '../cases/case.service';
import { campaignsOfConstituent } from '../campaigns/campaign.service';
import { wardOfPostcode } from '../postcodes/postcodeDirectory.service';
import {
  findConstituent,
  findConstituentCandidates,
  findDuplicateConstituents,
  insertConstituents,
  listConstituents,
  updateConstituentAtVersion,
  type DuplicateProbe,
} from './constituent.repository';

type ConstituentInput = ParsedInput<'constituents.create'>;

function storedFields(input: ConstituentInput) {
  const { allowDuplicate: _allowDuplicate, doNotContact, ...fields } = input;
  return { ...fields, doNotContact: doNotContact ? 1 : 0 };
}

async function refuseDuplicates(db: Db, probe: DuplicateProbe, allowDuplicate: boolean) {
  if (allowDuplicate) return;
  const duplicates = await findDuplicateConstituents(db, probe);
  if (duplicates.length > 0) {
    throw new DomainError(
      'CONFLICT',
      duplicates.length === 1
        ? `${duplicates[0]!.fullName} already has a record with the same ${duplicates[0]!.matchedOn === 'email' ? 'email' : 'name and postcode'}. Open it, or save this one anyway.`
        : `${duplicates.length} existing records share this email or name and postcode. Open one of them, or save this one anyway.`,
      { duplicates },
    );
  }
}

/** Adds a constituent inside the caller's unit of work (the intake form adds one with a case and a contact). */
export async function createConstituentIn(work: Work, input: ConstituentInput): Promise<number> {
  await refuseDuplicates(work.trx, input, input.allowDuplicate);
  const [newId] = await insertConstituents(work.trx, [
    { ...storedFields(input), isExample: 0, createdAt: work.at, updatedAt: work.at },
  ]);
  work.audit('constituent', newId!, 'create');
  return newId!;
}

export async function createConstituent(ctx: CommandContext, input: ConstituentInput): Promise<Constituent> {
  const id = await ctx.unitOfWork((work) => createConstituentIn(work, input));
  return (await findConstituent(ctx.db, id))!;
}

export async function editConstituent(
  ctx: CommandContext,
  input: ParsedInput<'constituents.update'>,
): Promise<Constituent> {
  const { id, version, ...fields } = input;
  await ctx.unitOfWork(async (work) => {
    if (!(await findConstituent(work.trx, id))) throw notFound('Constituent', id);
    await refuseDuplicates(work.trx, { ...fields, excludeId: id }, input.allowDuplicate);
    if (!(await updateConstituentAtVersion(work.trx, id, version, { ...storedFields(fields), updatedAt: work.at }))) {
      throw await staleEdit(work.trx, 'constituent', id, 'this person’s record');
    }
    work.audit('constituent', id, 'update');
  });
  return (await findConstituent(ctx.db, id))!;
}

export async function getConstituentDetail(ctx: BackendContext, id: number): Promise<ConstituentDetail> {
  const constituent = await findConstituent(ctx.db, id);
  if (!constituent) throw notFound('Constituent', id);
  const { rows } = await listCases(ctx.db, {
    constituentId: id,
    sort: 'openedOn',
    direction: 'desc',
    offset: 0,
    limit: 1_000,
    today: todayIso(ctx),
  });
  return {
    constituent,
    cases: rows,
    campaigns: await campaignsOfConstituent(ctx.db, id),
    ward: await wardOfPostcode(ctx, constituent.postcode),
  };
}

export function searchConstituents(ctx: BackendContext, input: ParsedInput<'constituents.list'>) {
  return listConstituents(ctx.db, input);
}

/** The intake search: the best ten, each saying what it matched. */
export async function findConstituents(
  ctx: BackendContext,
  input: ParsedInput<'constituents.find'>,
): Promise<ConstituentMatch[]> {
  const search = parseSearch(input.query);
  if (search.words.length === 0 && !search.digits) return [];
  const scored = (await findConstituentCandidates(ctx.db, search)).flatMap((candidate) => {
    const match = scoreCandidate(search, candidate);
    return match ? [{ candidate, ...match }] : [];
  });
  scored.sort((a, b) => b.score - a.score || a.candidate.fullName.localeCompare(b.candidate.fullName, 'en-GB'));
  return scored.slice(0, 10).map(({ candidate, matchedOn }) => ({
    id: candidate.id,
    fullName: candidate.fullName,
    postcode: candidate.postcode,
    email: candidate.email,
    phone: candidate.phone,
    addressLine1: candidate.addressLine1,
    town: candidate.town,
    doNotContact: candidate.doNotContact,
    isExample: candidate.isExample,
    openCases: candidate.openCases,
    matchedOn,
  }));
}

/** Reads (and, for the example office, writes) other domains use: the rest of the repository stays private. */
export {
  countConstituents,
  findConstituent,
  insertConstituents,
  listConstituentsByIds,
} from './constituent.repository';
