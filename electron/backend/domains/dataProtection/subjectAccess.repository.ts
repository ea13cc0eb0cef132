import { sql } from 'kysely';
import type { EntityKind } from '../../../../shared/contract/changes';
import type { Db } from '../../context';

export interface Subject {
  id: number;
  nameKey: string;
  emailKey: string;
  postcode: string;
}

export async function subjectRow(db: Db, id: number) {
  return db.selectFrom('constituents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function casesOf(db: Db, constituentId: number) {
  return db.selectFrom('cases').selectAll().where('constituentId', '=', constituentId).orderBy('id').execute();
}

export async function caseEventsOf(db: Db, caseIds: number[]) {
  if (caseIds.length === 0) return [];
  return db.selectFrom('caseEvents').selectAll().where('caseId', 'in', caseIds).orderBy('id').execute();
}

/** Letters and replies about the person: on their cases, or linked to them directly. */
export async function correspondenceOf(db: Db, constituentId: number, caseIds: number[]) {
  return db
    .selectFrom('correspondence as m')
    .leftJoin('organisations as o', 'o.id', 'm.organisationId')
    .selectAll('m')
    .select('o.name as organisation')
    .where((eb) =>
      eb.or([
        eb('m.constituentId', '=', constituentId),
        ...(caseIds.length > 0 ? [eb('m.caseId', 'in', caseIds)] : []),
      ]),
    )
    .orderBy('m.id')
    .execute();
}

export async function attachmentsOf(db: Db, correspondenceIds: number[]) {
  if (correspondenceIds.length === 0) return [];
  return db
    .selectFrom('correspondenceAttachments')
    .selectAll()
    .where('correspondenceId', 'in', correspondenceIds)
    .orderBy('id')
    .execute();
}

export async function letterDraftsOf(db: Db, caseIds: number[]) {
  if (caseIds.length === 0) return [];
  return db.selectFrom('letterDrafts').selectAll().where('caseId', 'in', caseIds).orderBy('id').execute();
}

/** Signatures linked to the person, or theirs by the one same-person rule (e-mail; or name at postcode). */
export async function signaturesOf(db: Db, subject: Subject) {
  return db
    .selectFrom('signatures as s')
    .innerJoin('campaigns as c', 'c.id', 's.campaignId')
    .selectAll('s')
    .select('c.title as campaign')
    .where((eb) =>
      eb.or([
        eb('s.constituentId', '=', subject.id),
        ...(subject.emailKey !== '' ? [eb(sql<string>`lower(trim(s.email))`, '=', subject.emailKey)] : []),
        ...(subject.nameKey !== '' && subject.postcode !== ''
          ? [eb.and([eb('s.nameKey', '=', subject.nameKey), eb('s.postcode', '=', subject.postcode)])]
          : []),
      ]),
    )
    .orderBy('s.id')
    .execute();
}

export async function campaignLinksOf(db: Db, constituentId: number) {
  return db
    .selectFrom('campaignConstituents as l')
    .innerJoin('campaigns as c', 'c.id', 'l.campaignId')
    .selectAll('l')
    .select('c.title as campaign')
    .where('l.constituentId', '=', constituentId)
    .execute();
}

/** Audit entries about any of these records (who did what and when: they hold no personal content). */
export async function auditEntriesAbout(db: Db, records: Partial<Record<EntityKind, number[]>>) {
  const kinds = Object.entries(records).filter(([, ids]) => ids.length > 0) as [EntityKind, number[]][];
  if (kinds.length === 0) return [];
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where((eb) => eb.or(kinds.map(([entity, ids]) => eb.and([eb('entity', '=', entity), eb('entityId', 'in', ids)]))))
    .orderBy('id')
    .execute();
}
