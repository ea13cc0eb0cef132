import { oneCalendarMonthAfter } from '../../../../shared/calendarMonth';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { SubjectAccessRequest } from '../../../../shared/contract/dataProtection';
import { todayIso, type CommandContext, type QueryContext } from '../../context';
import { DomainError, notFound } from '../../errors';
import { countOpenRequests, insertRequest, markAnswered, requestLog } from './subjectAccessLog.repository';
import { subjectRow } from './subjectAccess.repository';

export async function subjectAccessLog(ctx: QueryContext): Promise<SubjectAccessRequest[]> {
  return (await requestLog(ctx.reader)).map(({ firstName, lastName, ...row }) => ({
    ...row,
    receivedBy: row.receivedBy as SubjectAccessRequest['receivedBy'],
    name: firstName === null ? null : `${firstName} ${lastName}`,
  }));
}

/** A request logged as it arrives: due one calendar month later. */
export async function recordSubjectAccessRequest(
  ctx: CommandContext,
  input: ParsedInput<'subjectAccess.record'>,
): Promise<SubjectAccessRequest[]> {
  if (input.receivedOn > todayIso(ctx)) {
    throw new DomainError('VALIDATION', 'A request cannot arrive in the future.', undefined, {
      receivedOn: ['A request cannot arrive in the future'],
    });
  }
  await ctx.unitOfWork(async (work) => {
    if (!(await subjectRow(work.trx, input.constituentId))) throw notFound('Constituent', input.constituentId);
    const id = await insertRequest(work.trx, {
      ...input,
      dueOn: oneCalendarMonthAfter(input.receivedOn),
      recordedBy: work.actor,
      createdAt: work.at,
    });
    work.audit('subject_access_request', id, 'record');
  });
  return subjectAccessLog(ctx);
}

export async function answerSubjectAccessRequest(
  ctx: CommandContext,
  input: ParsedInput<'subjectAccess.answer'>,
): Promise<SubjectAccessRequest[]> {
  await ctx.unitOfWork(async (work) => {
    if (!(await markAnswered(work.trx, input.id, work.today))) {
      throw new DomainError('CONFLICT', 'This request was already marked answered (or is not in the log).');
    }
    work.audit('subject_access_request', input.id, 'answer');
  });
  return subjectAccessLog(ctx);
}

export async function openSubjectAccessRequests(ctx: QueryContext) {
  return countOpenRequests(ctx.reader, todayIso(ctx));
}
