import type { ParsedInput } from '../../../../shared/contract/api';
import type {
  OfficeConnection,
  OfficeConnectionCheck,
  OfficeMoveResult,
} from '../../../../shared/contract/officeDatabase';
import { describeOfficeDatabase, officeDatabaseUrlOf } from '../../../../shared/officeDatabaseUrl';
import { copyOffice } from '../../db/copyOffice';
import { POSTGRES_VERSION_TABLE } from '../../db/migrate';
import { lookAtPostgres } from '../../db/postgresConnection';
import { openStore, type OpenedStore } from '../../db/store';
import { DomainError } from '../../errors';
import type { JobContext } from '../../jobs/jobContext';
import { attachmentsFolder, storedAttachmentFiles } from '../attachments/attachmentFiles';
import { staffWithoutPassword } from '../staff/staff.service';
import { countStaffAndCases, serverFacts } from './officeDatabase.repository';
import { officeConnectionProblem } from './officeConnectionProblem';

/** The oldest PostgreSQL Postbag runs on (`server_version_num`). */
const OLDEST_SERVER = 150000;

/** "Test connection": signs in to the server read-only and says what is there; changes nothing. */
export async function testOfficeConnection(connection: OfficeConnection): Promise<OfficeConnectionCheck> {
  const url = officeDatabaseUrlOf(connection);
  try {
    return await lookAtPostgres(url, async (db) => {
      const server = await serverFacts(db);
      if (server.versionNumber < OLDEST_SERVER) {
        throw new DomainError(
          'CONFLICT',
          `Postbag needs PostgreSQL 15 or later; ${connection.host} runs ${server.version}.`,
        );
      }
      const holds =
        server.tables.length === 0 ? 'empty' : server.tables.includes(POSTGRES_VERSION_TABLE) ? 'postbag' : 'other';
      const counts = holds === 'postbag' && server.tables.includes('staff') ? await countStaffAndCases(db) : null;
      return {
        database: describeOfficeDatabase(url),
        serverVersion: server.version,
        holds,
        staff: counts?.staff ?? null,
        cases: counts?.cases ?? null,
      };
    });
  } catch (error) {
    throw officeConnectionProblem(error, connection) ?? error;
  }
}

async function openOfficeDatabase(connection: OfficeConnection): Promise<OpenedStore> {
  try {
    return await openStore({ engine: 'postgres', url: officeDatabaseUrlOf(connection) });
  } catch (error) {
    throw officeConnectionProblem(error, connection) ?? error;
  }
}

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
  const office = await openOfficeDatabase(input);
  try {
    const tables = await copyOffice(ctx.db, office.db, {
      attachmentFiles: () => storedAttachmentFiles(attachmentsFolder(ctx.host)),
      progress: (done, total) => {
        ctx.throwIfCancelled();
        ctx.progress(done, total);
      },
    });
    return { database: describeOfficeDatabase(officeDatabaseUrlOf(input)), tables };
  } finally {
    await office.close();
  }
}
