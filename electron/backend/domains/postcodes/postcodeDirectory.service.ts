import type { ParsedInput } from '../../../../shared/contract/api';
import type {
  DirectoryImportResult,
  PostcodeDirectoryStatus,
  PostcodeWard,
} from '../../../../shared/contract/signatures';
import { normalisePostcode } from '../../../../shared/postcode';
import type { BackendContext } from '../../context';
import type { JobContext } from '../../jobs/jobContext';
import type { PostcodeWardsTable, WardNamesTable } from '../../db/schema';
import { DomainError } from '../../errors';
import { decodeCsvBytes, readCsvTable } from '../signatures/csvText';
import { findDirectoryColumns, findWardNameColumns, usedColumnNames } from './onspdColumns';
import { directoryCounts, findWardOfPostcode, replaceReferenceTable, type ReferenceTable } from './postcode.repository';

function rejected(message: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `${message} Nothing was imported.`);
}

/** Rows of an ONS Postcode Directory extract, whichever release's column names it uses. */
function readDirectory(file: Buffer): { rows: PostcodeWardsTable[]; skipped: number; columns: string[] } {
  const { headers, rows } = readCsvTable(decodeCsvBytes(file).text);
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
function readWardNames(file: Buffer): { rows: WardNamesTable[]; skipped: number; columns: string[] } {
  const { headers, rows } = readCsvTable(decodeCsvBytes(file).text);
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

/**
 * Replaces one of the office's reference tables (the directory, the ward names) with what a file
 * gave, in one unit of work, and reports the directory as it then stands.
 */
async function replaceFromFile(
  ctx: JobContext,
  stagedFileId: string,
  table: ReferenceTable,
  read: (file: Buffer) => { rows: PostcodeWardsTable[] | WardNamesTable[]; skipped: number; columns: string[] },
  action: string,
): Promise<DirectoryImportResult> {
  const { rows, skipped, columns } = read(await ctx.staging.read(stagedFileId));
  ctx.progress(0, rows.length);
  await ctx.unitOfWork(async (work) => {
    await replaceReferenceTable(work.trx, table, rows, (inserted) => {
      ctx.throwIfCancelled();
      ctx.progress(inserted, rows.length);
    });
    work.audit('postcode_directory', null, action);
  });
  return { ...(await postcodeDirectoryStatus(ctx)), skipped, columns };
}

export function postcodeDirectoryStatus(ctx: BackendContext): Promise<PostcodeDirectoryStatus> {
  return directoryCounts(ctx.db);
}

/** Replaces the whole directory with the file's. */
export function importPostcodeDirectory(
  ctx: JobContext,
  input: ParsedInput<'postcodes.importDirectory'>,
): Promise<DirectoryImportResult> {
  return replaceFromFile(ctx, input.stagedFileId, 'postcodeWards', readDirectory, 'import');
}

/** Replaces the office's ward names with the file's. */
export function importWardNames(
  ctx: JobContext,
  input: ParsedInput<'postcodes.importWardNames'>,
): Promise<DirectoryImportResult> {
  return replaceFromFile(ctx, input.stagedFileId, 'wardNames', readWardNames, 'import_ward_names');
}

/** The ward of one postcode, or null when the directory does not know it (never guessed). */
export function wardOfPostcode(ctx: BackendContext, postcode: string): Promise<PostcodeWard | null> {
  return postcode === '' ? Promise.resolve(null) : findWardOfPostcode(ctx.db, postcode);
}
