import { calendarMonthsAfter } from '../../../../shared/calendarMonth';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { ErasedRecords } from '../../../../shared/contract/dataProtection';
import {
  RETENTION_KINDS,
  retentionScheduleInput,
  type RetentionDueItem,
  type RetentionKind,
  type RetentionOutcome,
  type RetentionReview,
  type RetentionSchedule,
} from '../../../../shared/contract/retention';
import { countOf } from '../../../../shared/plural';
import { todayIso, type CommandContext, type Db, type QueryContext } from '../../context';
import { DomainError, notFound } from '../../errors';
import type { Work } from '../../unitOfWork';
import { unitOfWorkRemovingAttachments } from '../attachments/attachment.service';
import { readSetting, writeSetting } from '../settings/settings.service';
import { draftsFollowingUp } from './erasure.repository';
import { personRecords, takeRecords } from './erasure.service';
import {
  campaignSignaturesDue,
  caseCorrespondence,
  closedCampaign,
  closedCase,
  closedCasesDue,
  inactivePeopleDue,
  insertReview,
  lastKept,
  lockRetention,
  signaturesSayingWho,
} from './retention.repository';
import { attachmentsOf, letterDraftsOf, subjectRow } from './subjectAccess.repository';

const NO_SCHEDULE: RetentionSchedule = {
  closedCaseMonths: null,
  signatureMonths: null,
  inactivePersonMonths: null,
  eraseWithoutReview: false,
};

/** Whether the schedule reviews anything at all. */
const reviewsSomething = (schedule: RetentionSchedule) =>
  schedule.closedCaseMonths !== null || schedule.signatureMonths !== null || schedule.inactivePersonMonths !== null;

/** The office's schedule as stored (a setting that no longer reads as one counts as no schedule). */
export async function retentionSchedule(db: Db): Promise<RetentionSchedule> {
  const stored = await readSetting(db, 'retentionSchedule');
  if (stored === undefined) return NO_SCHEDULE;
  const parsed = retentionScheduleInput.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : NO_SCHEDULE;
}

export async function setRetentionSchedule(
  ctx: CommandContext,
  input: ParsedInput<'retention.setSchedule'>,
): Promise<RetentionSchedule> {
  if (input.eraseWithoutReview && !reviewsSomething(input)) {
    throw new DomainError('VALIDATION', 'Set at least one period before erasing without review.', undefined, {
      eraseWithoutReview: ['Set at least one period first'],
    });
  }
  await ctx.unitOfWork(async (work) => {
    await writeSetting(work.trx, 'retentionSchedule', JSON.stringify(input));
    work.audit(
      'settings',
      null,
      input.eraseWithoutReview ? 'retention_schedule_erase_without_review' : 'retention_schedule',
    );
  });
  return input;
}

/** The day on or before which a record closed is due, under `months` (null: that kind is never due). */
function closedBy(today: string, months: number | null): string | null {
  return months === null ? null : calendarMonthsAfter(today, -months);
}

async function keptOn(db: Db, kind: RetentionKind, ids: number[]) {
  const kept = new Map<number, { on: string; reason: string }>();
  for (const row of await lastKept(db, kind, ids))
    kept.set(row.recordId, { on: row.decidedAt.slice(0, 10), reason: row.reason });
  return kept;
}

async function dueItems(db: Db, schedule: RetentionSchedule, today: string) {
  const caseCutoff = closedBy(today, schedule.closedCaseMonths);
  const campaignCutoff = closedBy(today, schedule.signatureMonths);
  const peopleCutoff = closedBy(today, schedule.inactivePersonMonths);
  const cases = caseCutoff ? await closedCasesDue(db, caseCutoff, today) : { rows: [], total: 0 };
  const campaigns = campaignCutoff ? await campaignSignaturesDue(db, campaignCutoff, today) : [];
  const people = peopleCutoff ? await inactivePeopleDue(db, peopleCutoff, today) : { rows: [], total: 0 };
  return { cases, campaigns, people };
}

/** A person's last activity: their record changed, or a case of theirs opened or closed. */
function lastActivity(person: { updatedAt: string; lastCase: string | null }): string {
  const changed = person.updatedAt.slice(0, 10);
  return person.lastCase && person.lastCase > changed ? person.lastCase : changed;
}

/** What the schedule makes due today: the oldest closed first, with the last reason each was kept, if any. */
export async function retentionReview(ctx: QueryContext): Promise<RetentionReview> {
  const today = todayIso(ctx);
  const schedule = await retentionSchedule(ctx.reader);
  const { cases, campaigns, people } = await dueItems(ctx.reader, schedule, today);
  const keptPeople = await keptOn(
    ctx.reader,
    'inactive_person',
    people.rows.map((p) => p.id),
  );
  const keptCases = await keptOn(
    ctx.reader,
    'closed_case',
    cases.rows.map((c) => c.id),
  );
  const keptCampaigns = await keptOn(
    ctx.reader,
    'campaign_signatures',
    campaigns.map((c) => c.id),
  );
  const due: RetentionDueItem[] = [
    ...campaigns.map((c) => ({
      kind: 'campaign_signatures' as const,
      id: c.id,
      title: c.title,
      detail: `${countOf(c.signers, 'signer')}’ details`,
      closedOn: c.closedOn,
      dueOn: calendarMonthsAfter(c.closedOn, schedule.signatureMonths!),
      lastKept: keptCampaigns.get(c.id) ?? null,
    })),
    ...cases.rows.map((c) => ({
      kind: 'closed_case' as const,
      id: c.id,
      title: `${c.reference} ${c.title}`,
      detail: `${c.firstName} ${c.lastName}`,
      closedOn: c.closedOn,
      dueOn: calendarMonthsAfter(c.closedOn, schedule.closedCaseMonths!),
      lastKept: keptCases.get(c.id) ?? null,
    })),
    ...people.rows.map((p) => {
      const lastActive = lastActivity(p);
      return {
        kind: 'inactive_person' as const,
        id: p.id,
        title: `${p.firstName} ${p.lastName}`,
        detail: p.lastCase ? 'No open case' : 'Never had a case',
        closedOn: lastActive,
        dueOn: calendarMonthsAfter(lastActive, schedule.inactivePersonMonths!),
        lastKept: keptPeople.get(p.id) ?? null,
      };
    }),
  ].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  return { schedule, due, totalDue: cases.total + campaigns.length + people.total };
}

/** Records due for review today (null when the office has no schedule). */
export async function countRetentionDue(ctx: QueryContext): Promise<number | null> {
  const schedule = await retentionSchedule(ctx.reader);
  if (!reviewsSomething(schedule)) return null;
  const { cases, campaigns, people } = await dueItems(ctx.reader, schedule, todayIso(ctx));
  return cases.total + campaigns.length + people.total;
}

const AUDITED_AS = { closed_case: 'case', campaign_signatures: 'campaign', inactive_person: 'constituent' } as const;

/** Refuses a record the schedule does not make due today (reopened, never closed, or not yet due). */
async function checkDue(db: Db, kind: RetentionKind, id: number, schedule: RetentionSchedule, today: string) {
  if (kind === 'closed_case') {
    const row = await closedCase(db, id);
    if (!row) throw notFound('Case', id);
    const cutoff = closedBy(today, schedule.closedCaseMonths);
    if (row.status !== 'closed' || row.closedOn === null) {
      throw new DomainError('CONFLICT', 'This case was reopened: it is no longer due for review. Nothing was changed.');
    }
    if (cutoff === null || row.closedOn > cutoff) {
      throw new DomainError(
        'CONFLICT',
        'This case is not due for review under the office’s schedule. Nothing was changed.',
      );
    }
    return;
  }
  if (kind === 'inactive_person') {
    if (!(await subjectRow(db, id))) throw notFound('Constituent', id);
    const cutoff = closedBy(today, schedule.inactivePersonMonths);
    if (cutoff === null || (await inactivePeopleDue(db, cutoff, today, id)).total === 0) {
      throw new DomainError(
        'CONFLICT',
        'This person is not due for review: they have an open case, or something newer than the schedule’s period. Nothing was changed.',
      );
    }
    return;
  }
  const row = await closedCampaign(db, id);
  if (!row) throw notFound('Campaign', id);
  const cutoff = closedBy(today, schedule.signatureMonths);
  if (row.stage !== 'closed' || cutoff === null || row.stageSince > cutoff) {
    throw new DomainError(
      'CONFLICT',
      'This campaign is not due for review (reopened, or not closed long enough). Nothing was changed.',
    );
  }
}

/** A closed case with its letters, files and drafts; its constituent stays (they may have other cases). */
async function caseRecords(work: Work, caseId: number): Promise<ErasedRecords> {
  const correspondence = (await caseCorrespondence(work.trx, caseId)).map((m) => m.id);
  const drafts = [
    ...(await letterDraftsOf(work.trx, [caseId])),
    ...(await draftsFollowingUp(work.trx, correspondence)),
  ];
  return {
    about: { entity: 'case', id: caseId },
    constituent: null,
    cases: [caseId],
    correspondence,
    attachments: (await attachmentsOf(work.trx, correspondence)).map((a) => a.id),
    letterDrafts: [...new Set(drafts.map((d) => d.id))],
    signatures: [],
    signaturesKeepingPostcode: [],
  };
}

/** A closed campaign's signers' details: every signature stays counted, by postcode, saying nobody. */
async function campaignSignatureRecords(work: Work, campaignId: number): Promise<ErasedRecords> {
  const signatures = await signaturesSayingWho(work.trx, campaignId);
  for (const batchId of new Set(signatures.map((s) => s.batchId))) work.changed('signature_batch', batchId);
  work.changed('campaign', campaignId);
  return {
    about: { entity: 'campaign', id: campaignId },
    constituent: null,
    cases: [],
    correspondence: [],
    attachments: [],
    letterDrafts: [],
    signatures: [],
    signaturesKeepingPostcode: signatures.map((s) => s.id),
  };
}

/** What erasing each kind takes (a person's record is there: `checkDue` has just read it). */
const RECORDS_OF: Record<RetentionKind, (work: Work, id: number) => Promise<ErasedRecords>> = {
  closed_case: caseRecords,
  campaign_signatures: campaignSignatureRecords,
  inactive_person: async (work, id) => personRecords(work, (await subjectRow(work.trx, id))!),
};

type RetentionItem = { kind: RetentionKind; id: number };

/**
 * Erases the records `choose` names, read inside the unit of work once it holds the retention lock (in
 * office mode two laptops' erasures take turns, so the second finds what the first left).
 */
async function eraseItems(
  ctx: CommandContext,
  choose: (db: Db) => Promise<RetentionItem[]>,
  reason: string,
  schedule: RetentionSchedule,
): Promise<number> {
  const today = todayIso(ctx);
  return unitOfWorkRemovingAttachments(ctx, async (work) => {
    await lockRetention(work.trx);
    const items = await choose(work.trx);
    for (const item of items) {
      await checkDue(work.trx, item.kind, item.id, schedule, today);
      const records = await RECORDS_OF[item.kind](work, item.id);
      await takeRecords(work, records, { erasedAt: work.at, actor: work.actor, reason }, 'erase');
      await insertReview(work.trx, {
        kind: item.kind,
        recordId: item.id,
        decision: 'erase',
        reason,
        decidedBy: work.actor,
        decidedAt: work.at,
        reviewAgainOn: null,
      });
      work.changed('retention_review');
    }
    return items.length;
  });
}

/**
 * A review's decision on records the schedule made due (administrators): erase them — cases with their
 * letters, files and drafts; a campaign's signers' details — or keep them, with a reason, until they
 * come up again. One unit of work: every record or none.
 */
export async function decideRetention(
  ctx: CommandContext,
  input: ParsedInput<'retention.decide'>,
): Promise<RetentionOutcome> {
  const schedule = await retentionSchedule(ctx.reader);
  // Cases and campaigns before people: erasing a person first would take the case the next item names.
  const items = [...new Map(input.items.map((item) => [`${item.kind}:${item.id}`, item])).values()].sort(
    (a, b) => RETENTION_KINDS.indexOf(a.kind) - RETENTION_KINDS.indexOf(b.kind),
  );
  if (input.decision === 'erase') {
    return { erased: await eraseItems(ctx, async () => items, input.reason, schedule), kept: 0 };
  }
  const today = todayIso(ctx);
  await ctx.unitOfWork(async (work) => {
    for (const item of items) {
      await checkDue(work.trx, item.kind, item.id, schedule, today);
      await insertReview(work.trx, {
        kind: item.kind,
        recordId: item.id,
        decision: 'keep',
        reason: input.reason,
        decidedBy: work.actor,
        decidedAt: work.at,
        reviewAgainOn: calendarMonthsAfter(today, input.keepForMonths),
      });
      work.audit(AUDITED_AS[item.kind], item.id, 'retention_keep');
      work.changed('retention_review');
    }
  });
  return { erased: 0, kept: items.length };
}

/** At most this many records per unit of work when the schedule erases without review (about a quarter of a second each). */
const UNREVIEWED_BATCH = 50;

/**
 * When the office has turned it on: erases up to one batch of what the schedule makes due, without a
 * review (the scheduler calls again until nothing is left). Refused when the office reviews.
 */
export async function eraseDueWithoutReview(ctx: CommandContext): Promise<RetentionOutcome> {
  const schedule = await retentionSchedule(ctx.reader);
  if (!schedule.eraseWithoutReview) {
    throw new DomainError('CONFLICT', 'The office reviews what is due before it is erased: nothing was erased.');
  }
  const dueNow = async (db: Db) => {
    const { cases, campaigns, people } = await dueItems(db, schedule, todayIso(ctx));
    return [
      ...campaigns.map((c) => ({ kind: 'campaign_signatures' as const, id: c.id })),
      ...cases.rows.map((c) => ({ kind: 'closed_case' as const, id: c.id })),
      ...people.rows.map((p) => ({ kind: 'inactive_person' as const, id: p.id })),
    ].slice(0, UNREVIEWED_BATCH);
  };
  // Most days nothing is due: a look first, so no write transaction or lock is taken for nothing.
  if ((await dueNow(ctx.reader)).length === 0) return { erased: 0, kept: 0 };
  const reason = `Retention schedule (erased without review, as the office set): closed cases after ${schedule.closedCaseMonths ?? '–'} months, signers’ details after ${schedule.signatureMonths ?? '–'} months, people with no open case after ${schedule.inactivePersonMonths ?? '–'} months`;
  return { erased: await eraseItems(ctx, dueNow, reason, schedule), kept: 0 };
}
