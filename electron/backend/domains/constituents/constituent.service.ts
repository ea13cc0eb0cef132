import type { ConstituentDetail, ParsedInput } from '../../../../shared/contract/api';
import type { Constituent, ConstituentMatch } from '../../../../shared/contract/constituents';
import { parseSearch, scoreCandidate } from './constituentMatch';
import { nowIso, todayIso, type BackendContext, type Db } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { listCases } from '../cases/case.repository';
import { campaignsOfConstituent } from '../campaigns/campaign.repository';
import { wardOfPostcode } from '../postcodes/postcodeDirectory.service';
import { currentActor } from '../settings/settings.service';
import {
  findConstituent,
  findConstituentCandidates,
  findDuplicateConstituents,
  insertConstituents,
  listConstituents,
  updateConstituent,
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

/** Adds a constituent inside the caller's transaction (the intake form adds one with a case and a contact). */
export async function createConstituentIn(
  trx: Db,
  input: ConstituentInput,
  who: { actor: string; at: string },
): Promise<number> {
  await refuseDuplicates(trx, input, input.allowDuplicate);
  const [newId] = await insertConstituents(trx, [
    { ...storedFields(input), isExample: 0, createdAt: who.at, updatedAt: who.at },
  ]);
  await insertAuditEntries(trx, [{ ...who, entity: 'constituent', entityId: newId!, action: 'create' }]);
  return newId!;
}

export async function createConstituent(ctx: BackendContext, input: ConstituentInput): Promise<Constituent> {
  const at = nowIso(ctx);
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => createConstituentIn(trx, input, { actor: await currentActor(ctx, trx), at }));
  return (await findConstituent(ctx.db, id))!;
}

export async function editConstituent(
  ctx: BackendContext,
  input: ParsedInput<'constituents.update'>,
): Promise<Constituent> {
  const { id, ...fields } = input;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await refuseDuplicates(trx, { ...fields, excludeId: id }, input.allowDuplicate);
    const actor = await currentActor(ctx, trx);
    if (!(await updateConstituent(trx, id, { ...storedFields(fields), updatedAt: at }))) {
      throw notFound('Constituent', id);
    }
    await insertAuditEntries(trx, [{ at, actor, entity: 'constituent', entityId: id, action: 'update' }]);
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
    ward: await wardOfPostcode(ctx.db, constituent.postcode),
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
