import type { ParsedInput } from '../../../../shared/contract/api';
import { sql } from 'kysely';
import type {
  DirectoryImportResult,
  PostcodeDirectoryStatus,
  PostcodeWard,
} from '../../../../shared/contract/signatures';
import { normalisePostcode } from '../../../../shared/postcode';
import { nowIso, type BackendContext, type Db } from '../../context';
import type { PostcodeWardsTable, WardNamesTable } from '../../db/schema';
import { DomainError } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { currentActor } from '../settings/settings.service';
import { decodeCsvBytes, readCsvTable } from '../signatures/csvText';
import { findDirectoryColumns, findWardNameColumns, usedColumnNames } from './onspdColumns';
import { WARD_NAME } from './wardName';

const CHUNK = 1_000;

function rejected(message: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `${message} Nothing was imported.`);
}

/** Rows of an ONS Postcode Directory extract, whichever release's column names it uses. */
function readDirectory(contentBase64: string): { rows: PostcodeWardsTable[]; skipped: number; columns: string[] } {
  const { headers, rows } = readCsvTable(decodeCsvBytes(Buffer.from(contentBase64, 'base64')).text);
  const columns = findDirectoryColumns(headers);
  if (columns.postcode === -1 || columns.ward === -1) {
    throw rejected(
      'This is not an ONS Postcode Directory extract: it needs a postcode column (pcds) and a ward code column (osward, or wd25cd and the like).',
    );
  }
  const byPostcode = new Map<string, PostcodeWardsTable>();
  let skipped = 0;
  const cell = (cells: string[], index: number) => (index === -1 ? '' : (cells[index] ?? '').trim());
  for (const cells of rows) {
    const postcode = normalisePostcode(cell(cells, columns.postcode));
    const wardCode = cell(cells, columns.ward);
    if (!postcode || !wardCode) {
      skipped++;
      continue;
    }
    byPostcode.set(postcode, {
      postcode,
      wardCode,
      wardName: cell(cells, columns.wardName),
      constituencyCode: cell(cells, columns.constituency),
    });
  }
  if (byPostcode.size === 0) throw rejected('No row has both a postcode and a ward.');
  return {
    rows: [...byPostcode.values()],
    skipped,
    columns: usedColumnNames(headers, [columns.postcode, columns.ward, columns.constituency, columns.wardName]),
  };
}

/** The ONS ward names and codes file: code → name, however many other columns it has. */
function readWardNames(contentBase64: string): { rows: WardNamesTable[]; skipped: number; columns: string[] } {
  const { headers, rows } = readCsvTable(decodeCsvBytes(Buffer.from(contentBase64, 'base64')).text);
  const columns = findWardNameColumns(headers);
  if (columns.code === -1 || columns.name === -1) {
    throw rejected(
      'This is not an ONS ward names file: it needs a ward code column and a ward name column (such as WD25CD and WD25NM).',
    );
  }
  const byCode = new Map<string, WardNamesTable>();
  let skipped = 0;
  for (const cells of rows) {
    const wardCode = (cells[columns.code] ?? '').trim();
    const wardName = (cells[columns.name] ?? '').trim();
    if (!wardCode || !wardName) skipped++;
    else byCode.set(wardCode, { wardCode, wardName });
  }
  if (byCode.size === 0) throw rejected('No row has both a ward code and a name.');
  return { rows: [...byCode.values()], skipped, columns: usedColumnNames(headers, [columns.code, columns.name]) };
}

export async function postcodeDirectoryStatus(db: Db): Promise<PostcodeDirectoryStatus> {
  const row = await db
    .selectFrom('postcodeWards as w')
    .leftJoin('wardNames as n', 'n.wardCode', 'w.wardCode')
    .select((eb) => [
      eb.fn.countAll<number>().as('postcodes'),
      eb.fn.count<number>('w.wardCode').distinct().as('wards'),
      sql<number>`count(DISTINCT CASE WHEN w.ward_name != '' OR n.ward_name IS NOT NULL THEN w.ward_code END)`.as(
        'namedWards',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { postcodes: Number(row.postcodes), wards: Number(row.wards), namedWards: Number(row.namedWards) };
}

/**
 * Replaces one of the office's reference tables (the directory, the ward names) with what a file
 * gave, in one transaction, and reports the directory as it then stands.
 */
async function replaceFromFile(
  ctx: BackendContext,
  table: 'postcodeWards' | 'wardNames',
  read: { rows: PostcodeWardsTable[] | WardNamesTable[]; skipped: number; columns: string[] },
  action: string,
): Promise<DirectoryImportResult> {
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const actor = await currentActor(ctx, trx);
    await trx.deleteFrom(table).execute();
    for (let i = 0; i < read.rows.length; i += CHUNK) {
      await trx
        .insertInto(table)
        .values(read.rows.slice(i, i + CHUNK) as never)
        .execute();
    }
    await insertAuditEntries(trx, [{ at, actor, entity: 'postcode_directory', entityId: null, action }]);
  });
  return { ...(await postcodeDirectoryStatus(ctx.db)), skipped: read.skipped, columns: read.columns };
}

/** Replaces the whole directory with the file's. */
export function importPostcodeDirectory(
  ctx: BackendContext,
  input: ParsedInput<'postcodes.importDirectory'>,
): Promise<DirectoryImportResult> {
  return replaceFromFile(ctx, 'postcodeWards', readDirectory(input.contentBase64), 'import');
}

/** Replaces the office's ward names with the file's. */
export function importWardNames(
  ctx: BackendContext,
  input: ParsedInput<'postcodes.importWardNames'>,
): Promise<DirectoryImportResult> {
  return replaceFromFile(ctx, 'wardNames', readWardNames(input.contentBase64), 'import_ward_names');
}

/** The ward of one postcode, or null when the directory does not know it (never guessed). */
export async function wardOfPostcode(db: Db, postcode: string): Promise<PostcodeWard | null> {
  if (postcode === '') return null;
  const row = await db
    .selectFrom('postcodeWards as w')
    .leftJoin('wardNames as n', 'n.wardCode', 'w.wardCode')
    .select(['w.wardCode', WARD_NAME, 'w.constituencyCode'])
    .where('w.postcode', '=', postcode)
    .executeTakeFirst();
  return row ?? null;
}
