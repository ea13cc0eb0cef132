import Papa from 'papaparse';
import { DomainError } from '../../errors';

export type CsvEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'Windows-1252';

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

export interface CsvTable {
  headers: string[];
  /** Data rows, without the header; row i is spreadsheet row i + 2. */
  rows: string[][];
}

function rejected(message: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `${message} Nothing was imported.`);
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The header row's most frequent separator (comma unless semicolons or tabs clearly win). */
function detectDelimiter(text: string): string {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = DELIMITERS.map((d) => headerLine.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? DELIMITERS[best]! : ',';
}

/**
 * Reads the whole file strictly, row by row (papaparse's streaming step): quoted fields may hold
 * commas and line breaks; an unbalanced quote rejects the file, naming the row where it broke.
 */
export function readCsvTable(text: string): CsvTable {
  const records: string[][] = [];
  let failure: DomainError | null = null;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: detectDelimiter(text),
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) {
        failure = rejected(
          `The file is not valid CSV: a quote opened on row ${records.length + 1} is never closed, so the rest of the file cannot be read reliably.`,
        );
        parser.abort();
        return;
      }
      records.push(result.data);
    },
  });
  if (failure) throw failure;
  if (records.length === 0) throw rejected('The file is empty.');
  const [headers, ...rows] = records;
  if (headers!.every((cell) => cell.trim() === ''))
    throw rejected('The first row should name the columns, but it is blank.');
  if (rows.length === 0) throw rejected('The file has a header row but no signatures.');
  return { headers: headers!.map((cell) => cell.trim()), rows };
}
