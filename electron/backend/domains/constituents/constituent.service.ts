import type { ConstituentDetail, ParsedInput } from '../../../../shared/contract/api';
import type { Constituent } from '../../../../shared/contract/constituents';
import { nowIso, todayIso, type BackendContext, type Db } from '../../context';
import { DomainError, notFound } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { listCases } from '../cases/case.repository';
import { currentActor } from '../settings/settings.service';
import {
  findConstituent,
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

export async function createConstituent(ctx: BackendContext, input: ConstituentInput): Promise<Constituent> {
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await refuseDuplicates(trx, input, input.allowDuplicate);
    const actor = await currentActor(ctx, trx);
    const [newId] = await insertConstituents(trx, [
      { ...storedFields(input), isExample: 0, createdAt: at, updatedAt: at },
    ]);
    await insertAuditEntries(trx, [{ at, actor, entity: 'constituent', entityId: newId!, action: 'create' }]);
    return newId!;
  });
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
  return { constituent, cases: rows };
}

export function searchConstituents(ctx: BackendContext, input: ParsedInput<'constituents.list'>) {
  return listConstituents(ctx.db, input);
}
