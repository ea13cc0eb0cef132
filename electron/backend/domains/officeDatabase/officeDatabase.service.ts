import type { ParsedInput } from '../../../../shared/contract/api';
import type { OfficeMoveResult } from '../../../../shared/contract/officeDatabase';
import { describeOfficeDatabase } from '../../../../shared/officeDatabaseUrl';
import { copyOffice } from '../../db/copyOffice';
import { openStore } from '../../db/store';
import { DomainError } from '../../errors';
import type { JobContext } from '../../jobs/jobContext';
import { attachmentsFolder, storedAttachmentFiles } from '../attachments/attachmentFiles';
import { staffWithoutPassword } from '../staff/staff.service';

/**
 * Copies this solo office (its file and attachment copies) into an empty office database, which it
 * first brings to the same schema. The file is left as it was: until Postbag is started on the office
 * database, this laptop carries on with it.
 */
export async function moveToOfficeDatabase(
  ctx: JobContext,
  input: ParsedInput<'office.moveToServer'>,
): Promise<OfficeMoveResult> {
  if (ctx.engine !== 'sqlite') {
    throw new DomainError('CONFLICT', 'This office already works on the office database.');
  }
  const withoutPassword = await staffWithoutPassword(ctx.db);
  if (withoutPassword.length > 0) {
    throw new DomainError(
      'CONFLICT',
      `Set a password for ${withoutPassword.join(', ')} first (Settings → Staff): on the office database everyone signs in.`,
    );
  }
  const office = await openStore({ engine: 'postgres', url: input.url });
  try {
    const tables = await copyOffice(ctx.db, office.db, {
      attachmentFiles: () => storedAttachmentFiles(attachmentsFolder(ctx.host)),
      progress: (done, total) => {
        ctx.throwIfCancelled();
        ctx.progress(done, total);
      },
    });
    return { database: describeOfficeDatabase(input.url), tables };
  } finally {
    await office.close();
  }
}
