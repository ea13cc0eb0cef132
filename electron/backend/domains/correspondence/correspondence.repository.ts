import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Attachment } from '../../../../shared/contract/attachments';
import type { CorrespondenceItem, Organisation } from '../../../../shared/contract/correspondence';
import type { Db } from '../../context';
import { updateAtVersion } from '../../db/editVersions';
import type { CorrespondenceTable, OrganisationsTable } from '../../db/schema';

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, isExample: row.isExample === 1 };
}

export async function insertOrganisations(db: Db, rows: Insertable<OrganisationsTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  return (await db.insertInto('organisations').values(rows).returning('id').execute()).map((r) => r.id);
}

export async function updateOrganisation(
  db: Db,
  id: number,
  changes: Updateable<OrganisationsTable>,
): Promise<boolean> {
  const result = await db.updateTable('organisations').set(changes).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** False when the organisation is not at `version` (a colleague changed it since the edit began), or gone. */
export function updateOrganisationAtVersion(
  db: Db,
  id: number,
  version: number,
  changes: Updateable<OrganisationsTable>,
) {
  return updateAtVersion(db, 'organisations', id, version, changes);
}

export async function findOrganisation(db: Db, id: number): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db
    .selectFrom('organisations')
    .selectAll()
    .orderBy(sql`lower(name)`)
    .execute();
  return rows.map(toOrganisation);
}

/** Outgoing items' reply facts per organisation, for response statistics. */
export async function awaitedItems(db: Db, organisationId?: number) {
  return db
    .selectFrom('correspondence')
    .select(['organisationId', 'replyState', 'replyDueOn', 'responseWorkingDays'])
    .where('direction', '=', 'out')
    .where('replyState', '!=', 'not_needed')
    .$if(organisationId !== undefined, (qb) => qb.where('organisationId', '=', organisationId!))
    .execute();
}

export async function insertCorrespondence(db: Db, item: Insertable<CorrespondenceTable>): Promise<number> {
  return (await db.insertInto('correspondence').values(item).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCorrespondence(
  db: Db,
  id: number,
  changes: Updateable<CorrespondenceTable>,
): Promise<void> {
  await db.updateTable('correspondence').set(changes).where('id', '=', id).execute();
}

export async function findCorrespondenceRow(db: Db, id: number) {
  return db.selectFrom('correspondence').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface CorrespondenceFilter {
  id?: number;
  caseId?: number;
  constituentId?: number;
  campaignId?: number;
  organisationId?: number;
  overdueOnly: boolean;
  today: string;
}

/** The correspondence the filter picks (aliased `m`), as a query both the list and its attachments start from. */
function filteredCorrespondence(db: Db, filter: CorrespondenceFilter) {
  return db
    .selectFrom('correspondence as m')
    .$if(filter.id !== undefined, (qb) => qb.where('m.id', '=', filter.id!))
    .$if(filter.caseId !== undefined, (qb) => qb.where('m.caseId', '=', filter.caseId!))
    .$if(filter.constituentId !== undefined, (qb) => qb.where('m.constituentId', '=', filter.constituentId!))
    .$if(filter.campaignId !== undefined, (qb) => qb.where('m.campaignId', '=', filter.campaignId!))
    .$if(filter.organisationId !== undefined, (qb) => qb.where('m.organisationId', '=', filter.organisationId!))
    .$if(filter.overdueOnly, (qb) =>
      qb.where('m.replyState', '=', 'awaiting').where('m.replyDueOn', '<', filter.today),
    );
}

export async function listCorrespondence(db: Db, filter: CorrespondenceFilter): Promise<CorrespondenceItem[]> {
  const [rows, attachments] = await Promise.all([
    filteredCorrespondence(db, filter)
      .leftJoin('organisations as o', 'o.id', 'm.organisationId')
      .selectAll('m')
      .select(sql<string>`coalesce(o.name, '')`.as('organisationName'))
      .orderBy('m.datedOn', 'desc')
      .orderBy('m.id', 'desc')
      .execute(),
    // Fetched beside the list (the same filter), not as JSON per row: the same SQL on both engines.
    db
      .selectFrom('correspondenceAttachments')
      .select(['id', 'correspondenceId', 'fileName', 'sizeBytes', 'addedAt'])
      .where('correspondenceId', 'in', filteredCorrespondence(db, filter).select('m.id'))
      .orderBy('id')
      .execute(),
  ]);
  const byItem = new Map<number, Attachment[]>();
  for (const attachment of attachments) {
    const list = byItem.get(attachment.correspondenceId) ?? [];
    list.push(attachment);
    byItem.set(attachment.correspondenceId, list);
  }
  return rows.map(({ isExample: _e, createdAt: _c, ...row }) => ({
    ...row,
    attachments: byItem.get(row.id) ?? [],
    replyDueOn: row.replyDueOn ?? '',
    repliedOn: row.repliedOn ?? '',
    isHolding: row.isHolding === 1,
    overdue: row.replyState === 'awaiting' && row.replyDueOn !== null && row.replyDueOn < filter.today,
  }));
}

export async function countOverdueReplies(db: Db, today: string): Promise<number> {
  const row = await db
    .selectFrom('correspondence')
    .select(sql<number>`count(*)`.as('n'))
    .where('replyState', '=', 'awaiting')
    .where('replyDueOn', '<', today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
