import type { ParsedInput } from '../../../../shared/contract/api';
import type { LoggedContact } from '../../../../shared/contract/intake';
import type { CommandContext } from '../../context';
import { getCaseDetail, openCaseIn } from '../cases/case.service';
import { createConstituentIn } from '../constituents/constituent.service';
import { recordIncomingIn } from '../correspondence/correspondence.service';

/** One phone call, e-mail, letter, visit or surgery appointment: the person, the contact, the case — all or nothing. */
export async function logContact(ctx: CommandContext, input: ParsedInput<'intake.logContact'>): Promise<LoggedContact> {
  const logged = await ctx.unitOfWork(async (work) => {
    const constituentId = input.newConstituent
      ? await createConstituentIn(work, input.newConstituent)
      : input.constituentId!;
    const caseId = input.openCase
      ? await openCaseIn(work, {
          constituentId,
          title: input.summary.slice(0, 200),
          description: input.details,
          ...input.openCase,
          openedOn: input.contactOn,
          dueOn: '',
          campaignId: null,
        })
      : null;
    const correspondenceId = await recordIncomingIn(work, {
      constituentId,
      caseId,
      organisationId: null,
      campaignId: null,
      inReplyTo: null,
      channel: input.channel,
      subject: input.summary,
      body: input.details,
      theirReference: '',
      receivedOn: input.contactOn,
      holding: false,
      newDueOn: '',
    });
    return { constituentId, caseId, correspondenceId };
  });
  const caseReference = logged.caseId === null ? null : (await getCaseDetail(ctx, logged.caseId)).record.reference;
  return { ...logged, caseReference };
}
