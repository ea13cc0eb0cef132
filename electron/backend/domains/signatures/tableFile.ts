import type { CsvEncoding } from '../../../../shared/contract/signatures';
import { decodeCsvBytes, readCsvTable, type CsvTable } from './csvText';
import { isZipFile, readXlsxTable } from './spreadsheetTable';

/** A signatures file as a table, whichever it is: an Excel workbook, or CSV in any of the encodings read. */
export async function readTableFile(bytes: Uint8Array): Promise<CsvTable & { encoding: CsvEncoding }> {
  if (isZipFile(bytes)) return { ...(await readXlsxTable(bytes)), encoding: 'Excel workbook (.xlsx)' };
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ...readCsvTable(text), encoding };
}
