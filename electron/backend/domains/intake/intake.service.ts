import type { ParsedInput } from '../../../../shared/contract/api';
import type { LoggedContact } from '../../../../shared/contract/intake';
import { nowIso, todayIso, type BackendContext } from '../../context';
import { getCaseDetail, openCaseIn } from '../cases/case.service';
import { createConstituentIn } from '../constituents/constituent.service';
import { recordIncomingIn } from '../correspondence/correspondence.service';
import { currentActor } from '../settings/settings.service';

/** One phone call, e-mail, letter, visit or surgery appointment: the person, the contact, the case — all or nothing. */
export async function logContact(ctx: BackendContext, input: ParsedInput<'intake.logContact'>): Promise<LoggedContact> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const logged = await ctx.db.transaction().execute(async (trx) => {
    const who = { actor: await currentActor(ctx, trx), at };
    const constituentId = input.newConstituent
      ? await createConstituentIn(trx, input.newConstituent, who)
      : input.constituentId!;
    const caseId = input.openCase
      ? await openCaseIn(
          trx,
          {
            constituentId,
            title: input.summary.slice(0, 200),
            description: input.details,
            ...input.openCase,
            openedOn: input.contactOn,
            dueOn: '',
            campaignId: null,
          },
          who,
        )
      : null;
    const correspondenceId = await recordIncomingIn(
      trx,
      {
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
      },
      { ...who, today },
    );
    return { constituentId, caseId, correspondenceId };
  });
  const caseReference = logged.caseId === null ? null : (await getCaseDetail(ctx, logged.caseId)).record.reference;
  return { ...logged, caseReference };
}
