import type ExcelJS from 'exceljs';
import { DomainError } from '../../errors';
import type { CsvTable } from './csvText';

/** An .xlsx file starts like any zip: "PK\x03\x04". */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees: dates as YYYY-MM-DD, a formula's result, rich text joined up. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

function rejected(message: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `${message} Nothing was imported.`);
}

/**
 * The first worksheet of an Excel workbook as a table, read with exceljs: the first row names the
 * columns; blank rows are skipped; formulas give their results, never run.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<CsvTable> {
  // Loaded when a workbook arrives: the library is large and most offices import CSV.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw rejected(
      'The file looks like an Excel workbook but cannot be read (damaged, password-protected, or an older .xls saved under a new name).',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw rejected('The workbook has no worksheet.');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as ExcelJS.CellValue[])
      .slice(1)
      .map((value) => cellText(value).replaceAll('\u0000', ''));
    if (values.some((value) => value.trim() !== '')) records.push(values);
  });
  if (records.length === 0) throw rejected('The first worksheet is empty.');
  const [headers, ...rows] = records;
  if (rows.length === 0) throw rejected('The first worksheet has a header row but no signatures.');
  const width = headers!.length;
  return {
    headers: headers!.map((cell) => cell.trim()),
    rows: rows.map((row) => Array.from({ length: Math.max(width, row.length) }, (_, i) => row[i] ?? '')),
  };
}
