import type { ParsedInput } from '../../../../shared/contract/api';
import type { PostcodeDirectoryStatus, PostcodeWard } from '../../../../shared/contract/signatures';
import { normalisePostcode } from '../../../../shared/postcode';
import { nowIso, type BackendContext, type Db } from '../../context';
import type { PostcodeWardsTable } from '../../db/schema';
import { DomainError } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { currentActor } from '../settings/settings.service';
import { decodeCsvBytes, readCsvTable } from '../signatures/csvText';

const CHUNK = 1_000;

function findColumn(headers: string[], pattern: RegExp): number {
  return headers.findIndex((header) => pattern.test(header.trim()));
}

/** Rows of an ONS Postcode Directory extract: `pcds` and `osward` required, `pcon` and a ward-name column optional. */
function readDirectory(contentBase64: string): { rows: PostcodeWardsTable[]; skipped: number } {
  const { headers, rows } = readCsvTable(decodeCsvBytes(Buffer.from(contentBase64, 'base64')).text);
  const postcodeColumn = findColumn(headers, /^pcds$/i);
  const wardColumn = findColumn(headers, /^osward$/i);
  if (postcodeColumn === -1 || wardColumn === -1) {
    throw new DomainError(
      'IMPORT_REJECTED',
      'This is not an ONS Postcode Directory extract: it needs the columns "pcds" and "osward". Nothing was imported.',
    );
  }
  const constituencyColumn = findColumn(headers, /^pcon$/i);
  const nameColumn = findColumn(headers, /^(osward_?name|ward_?name|wd\d{2}nm)$/i);
  const byPostcode = new Map<string, PostcodeWardsTable>();
  let skipped = 0;
  for (const cells of rows) {
    const postcode = normalisePostcode(cells[postcodeColumn] ?? '');
    const wardCode = (cells[wardColumn] ?? '').trim();
    if (!postcode || !wardCode) {
      skipped++;
      continue;
    }
    byPostcode.set(postcode, {
      postcode,
      wardCode,
      wardName: nameColumn === -1 ? '' : (cells[nameColumn] ?? '').trim(),
      constituencyCode: constituencyColumn === -1 ? '' : (cells[constituencyColumn] ?? '').trim(),
    });
  }
  if (byPostcode.size === 0)
    throw new DomainError('IMPORT_REJECTED', 'No row has both a postcode and a ward. Nothing was imported.');
  return { rows: [...byPostcode.values()], skipped };
}

export async function postcodeDirectoryStatus(db: Db): Promise<PostcodeDirectoryStatus> {
  const row = await db
    .selectFrom('postcodeWards')
    .select((eb) => [eb.fn.countAll<number>().as('postcodes'), eb.fn.count<number>('wardCode').distinct().as('wards')])
    .executeTakeFirstOrThrow();
  return { postcodes: Number(row.postcodes), wards: Number(row.wards) };
}

/** Replaces the whole directory with the file's, in one transaction. */
export async function importPostcodeDirectory(
  ctx: BackendContext,
  input: ParsedInput<'postcodes.importDirectory'>,
): Promise<PostcodeDirectoryStatus & { skipped: number }> {
  const { rows, skipped } = readDirectory(input.contentBase64);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    await trx.deleteFrom('postcodeWards').execute();
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('postcodeWards')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    }
    await insertAuditEntries(trx, [{ at, actor, entity: 'postcode_directory', entityId: null, action: 'import' }]);
  });
  return { ...(await postcodeDirectoryStatus(ctx.db)), skipped };
}

/** The ward of one postcode, or null when the directory does not know it (never guessed). */
export async function wardOfPostcode(db: Db, postcode: string): Promise<PostcodeWard | null> {
  if (postcode === '') return null;
  const row = await db
    .selectFrom('postcodeWards')
    .select(['wardCode', 'wardName', 'constituencyCode'])
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return row ?? null;
}
