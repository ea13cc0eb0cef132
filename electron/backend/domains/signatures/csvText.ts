import { CsvError, parse } from 'csv-parse/sync';
import type { CsvEncoding } from '../../../../shared/contract/signatures';
import { DomainError } from '../../errors';

export type { CsvEncoding };

/** What decoding could not read, shown in place (the rows holding it are flagged, never imported silently). */
export const UNREADABLE_CHARACTER = '\uFFFD';

function utf16Without(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  // Text in UTF-16 without a byte order mark: Latin letters leave every other byte 0.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'UTF-16 LE';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'UTF-16 BE';
  return null;
}

/**
 * Valid UTF-8 sequences of two or more bytes against bytes that cannot be UTF-8: a UTF-8 file with
 * one stray byte has many of the first; a Windows-1252 file has none of them and many of the second.
 */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return valid > 0 && valid >= invalid;
}

const decode = (label: string, bytes: Uint8Array) => new TextDecoder(label).decode(bytes);

/** Windows-1252's 0x80–0x9F, in order; the other bytes are Latin-1 (five of these are unassigned and kept). */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20.18.3+ and 22.13+ decode 'windows-1252' as Latin-1, turning ’ € – into control characters
 * (nodejs/node#60888), so the 32 bytes where the two differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_80_TO_9F[ch.charCodeAt(0) - 0x80]!);
}

/**
 * UTF-8 with or without BOM, UTF-16 either way round (Excel's "Unicode Text"), else Windows-1252
 * (Excel's "CSV" on Windows). A UTF-8 file with a stray bad byte stays UTF-8: that character shows
 * as U+FFFD and its row is flagged, rather than every accent in the file being misread.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16 BE' };
  const utf16 = utf16Without(bytes);
  if (utf16) return { text: decode(utf16 === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be', bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return looksLikeUtf8(bytes)
      ? { text: decode('utf-8', bytes), encoding: 'UTF-8' }
      : { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
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

/** csv-parse's finding, as a person reads it: which line, and what is wrong there. */
function malformed(error: CsvError, text: string): DomainError {
  const { lines, bytes } = error as CsvError & { lines?: number; bytes?: number };
  const where = lines ? `line ${lines}` : 'one line';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      // The parser reads to the end looking for the closing quote; the record it was in starts at `bytes`.
      const opened = Buffer.from(text)
        .subarray(0, bytes ?? 0)
        .toString()
        .split('\n').length;
      return rejected(
        `The file is not valid CSV: a quote opened on line ${opened} is never closed, so the rest of the file cannot be read reliably.`,
      );
    }
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return rejected(
        `The file is not valid CSV: ${where} has a quote mark inside a value that is not wrapped in quotes (in CSV such a value must be "quoted, with "" for each quote mark").`,
      );
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const [, expected, got] = /expect (\d+), got (\d+)/.exec(error.message) ?? [];
      return rejected(
        `The file is not valid CSV: ${where} has ${got ?? 'a different number of'} values where the header row has ${expected ?? 'another number'}. Every row needs the same columns.`,
      );
    }
    default:
      return rejected(`The file is not valid CSV: ${error.message}`);
  }
}

/**
 * Reads the whole file strictly: quoted fields may hold separators and line breaks; an unclosed
 * quote, a quote mark inside an unquoted value, or a row with more or fewer values than the header
 * rejects the file, naming the line. Blank lines (trailing ones included) are skipped.
 */
export function readCsvTable(text: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      // Files edited on several machines mix line ends; any of them ends a record.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) throw malformed(error, text);
    throw error;
  }
  if (records.length === 0) throw rejected('The file is empty.');
  const nulAt = records.findIndex((record) => record.some((cell) => cell.includes('\u0000')));
  if (nulAt !== -1) {
    throw rejected(
      `Row ${nulAt + 1} holds NUL characters: the file may not be text, or was saved in an encoding Postbag does not read. Save it again as CSV (UTF-8).`,
    );
  }
  const [headers, ...rows] = records;
  if (headers!.every((cell) => cell.trim() === ''))
    throw rejected('The first row should name the columns, but it is blank.');
  if (rows.length === 0) throw rejected('The file has a header row but no rows below it.');
  return { headers: headers!.map((cell) => cell.trim()), rows };
}
