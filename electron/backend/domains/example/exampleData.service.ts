import type { Insertable } from 'kysely';
import type { ExampleDataCounts } from '../../../../shared/contract/system';
import { todayIso, type CommandContext, type Db } from '../../context';
import type { CaseEventsTable } from '../../db/schema';
import { DomainError } from '../../errors';
import { unitOfWorkRemovingAttachments } from '../attachments/attachment.service';
import { insertCampaign, insertCampaignEvents, insertFigures, linkConstituent } from '../campaigns/campaign.service';
import { insertCaseEvents, insertCases, takeCaseReferences, updateCase } from '../cases/case.service';
import { insertConstituents } from '../constituents/constituent.service';
import { deleteSetting, readSetting, writeSetting } from '../settings/settings.service';
import { insertBatch, insertSignatures } from '../signatures/signature.service';
import { nameKey } from '../../../../shared/samePerson';
import {
  buildPolicingSignatures,
  POLICING_CAMPAIGN,
  POLICING_FIGURES,
  POLICING_TIMELINE,
  type ExampleSignature,
} from './exampleCampaign';
import { loadExampleCorrespondence } from './exampleCorrespondence';
import { deleteExampleRecords } from './exampleData.repository';
import { buildExampleOffice, type ExampleCase } from './exampleOffice';

/** SQLite allows 32,766 bound values per statement; the widest row here has 16 columns. */
const INSERT_CHUNK = 1_000;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<number[] | void>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    ids.push(...((await insert(rows.slice(i, i + INSERT_CHUNK))) ?? []));
  }
  return ids;
}

async function referencesFor(db: Db, cases: ExampleCase[]): Promise<string[]> {
  const byYear = new Map<number, number[]>();
  cases.forEach((c, i) => {
    const year = Number(c.openedOn.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), i]);
  });
  const references: string[] = new Array(cases.length);
  for (const [year, indexes] of [...byYear].sort(([a], [b]) => a - b)) {
    const taken = await takeCaseReferences(db, year, indexes.length);
    indexes.forEach((caseIndex, n) => (references[caseIndex] = taken[n]!));
  }
  return references;
}

function eventsFor(caseId: number, story: ExampleCase, actor: string): Insertable<CaseEventsTable>[] {
  const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
  const events: Insertable<CaseEventsTable>[] = [
    { caseId, kind: 'opened', body: '', toStatus: 'open', actor, at: at(story.openedOn, '09:30') },
    ...story.notes.map((note) => ({
      caseId,
      kind: 'note' as const,
      body: note.body,
      actor,
      at: at(note.on, '12:00'),
    })),
  ];
  if (story.status !== 'open') {
    events.push({
      caseId,
      kind: story.status === 'closed' ? 'closed' : 'status_changed',
      body: [story.outcome, story.outcomeNote].filter(Boolean).join(' — '),
      fromStatus: 'open',
      toStatus: story.status,
      actor,
      at: at(story.closedOn ?? story.notes.at(-1)?.on ?? story.openedOn, '16:45'),
    });
  }
  return events;
}

export async function loadExampleData(ctx: CommandContext): Promise<ExampleDataCounts> {
  const office = buildExampleOffice(todayIso(ctx));
  const signatures = buildPolicingSignatures(office.constituents);
  await ctx.unitOfWork(async (work) => {
    const { trx, actor, at } = work;
    if ((await readSetting(trx, 'exampleDataLoaded')) === 'true') {
      throw new DomainError('CONFLICT', 'The example data is already loaded.');
    }
    const constituentIds = await insertInChunks(office.constituents, (chunk) =>
      insertConstituents(
        trx,
        chunk.map((c) => ({ ...c, doNotContact: c.doNotContact ? 1 : 0, isExample: 1, createdAt: at, updatedAt: at })),
      ),
    );
    const references = await referencesFor(trx, office.cases);
    const caseIds = await insertInChunks(
      office.cases.map((story, i) => ({ story, reference: references[i]! })),
      (chunk) =>
        insertCases(
          trx,
          chunk.map(({ story: { constituentIndex, notes: _notes, ...story }, reference }) => ({
            ...story,
            reference,
            constituentId: constituentIds[constituentIndex]!,
            isExample: 1,
            createdAt: at,
            updatedAt: at,
          })),
        ),
    );
    const events = office.cases.flatMap((story, i) => eventsFor(caseIds[i]!, story, story.assignee));
    await insertInChunks(events, (chunk) => insertCaseEvents(trx, chunk));
    const policingCaseIds = caseIds.filter((_, i) => office.cases[i]!.category === 'policing_crime');
    const campaignId = await loadPolicingCampaign(trx, { constituentIds, policingCaseIds, signatures, actor, at });
    await loadExampleCorrespondence(trx, {
      campaignId,
      cases: office.cases.map((c, i) => ({
        ...c,
        id: caseIds[i]!,
        reference: references[i]!,
        constituentId: constituentIds[c.constituentIndex]!,
      })),
      actor,
      at,
    });
    await writeSetting(trx, 'exampleDataLoaded', 'true');
    work.audit('example_data', null, 'load');
  });
  return {
    constituents: office.constituents.length,
    cases: office.cases.length,
    campaigns: 1,
    signatures: signatures.length,
  };
}

/** The policing petition: its story, figures and 5,000 synthetic signers, linked into the example office. */
async function loadPolicingCampaign(
  db: Db,
  data: {
    constituentIds: number[];
    policingCaseIds: number[];
    signatures: ExampleSignature[];
    actor: string;
    at: string;
  },
): Promise<number> {
  const { actor, at } = data;
  const last = POLICING_TIMELINE.at(-1)!;
  const campaignId = await insertCampaign(db, {
    ...POLICING_CAMPAIGN,
    stage: last.stage!,
    stageSince: last.occurredOn,
    isExample: 1,
    createdAt: at,
    updatedAt: at,
  });
  await insertCampaignEvents(
    db,
    POLICING_TIMELINE.map((e) => ({
      ...e,
      campaignId,
      kind: e.stage ? ('stage' as const) : ('milestone' as const),
      actor,
      at,
    })),
  );
  await insertFigures(
    db,
    POLICING_FIGURES.map((figure) => ({ ...figure, campaignId })),
  );
  const batchId = await insertBatch(db, {
    campaignId,
    source: 'example',
    fileName: 'example-signatures.csv',
    encoding: 'UTF-8',
    rowsTotal: data.signatures.length,
    imported: data.signatures.length,
    duplicates: 0,
    invalid: 0,
    actor,
    at,
  });
  await insertSignatures(
    db,
    data.signatures.map(({ constituentIndex, ...s }) => ({
      ...s,
      campaignId,
      batchId,
      nameKey: nameKey(s.fullName),
      address: '',
      constituentId: constituentIndex === null ? null : data.constituentIds[constituentIndex]!,
    })),
  );
  for (const constituentId of data.constituentIds.slice(12, 16))
    await linkConstituent(db, campaignId, constituentId, at);
  for (const caseId of data.policingCaseIds.slice(0, 3)) await updateCase(db, caseId, { campaignId });
  return campaignId;
}

/** Removes every example record (the campaign with its signatures), and any case later opened against an example constituent. */
export async function removeExampleData(ctx: CommandContext): Promise<ExampleDataCounts> {
  // Files attached to example letters (or to real letters on example cases) go with their records.
  return unitOfWorkRemovingAttachments(ctx, async (work) => {
    const { trx } = work;
    const counts = await deleteExampleRecords(trx);
    await deleteSetting(trx, 'exampleDataLoaded');
    work.audit('example_data', null, 'remove');
    return counts;
  });
}
