import type { PublishedReplyFigure } from '../../../../shared/contract/replyFigures';
import { foldText } from '../../../../shared/textMatching';
import { DomainError } from '../../errors';
import { decodeCsvBytes, readCsvTable } from '../signatures/csvText';

export interface ReplyFiguresTable {
  departments: PublishedReplyFigure[];
  total: PublishedReplyFigure | null;
}

type Column = keyof PublishedReplyFigure;

/** The columns the Cabinet Office's table has carried over the years, by the words of their headings. */
function columnOf(heading: string): Column | null {
  const words = foldText(heading);
  if (/\b(department|agency|organisation)\b/.test(words)) return 'department';
  if (/\bwithin 20\b|\b20 working days\b/.test(words) && !/\btarget\b/.test(words)) return 'withinTwentyDaysPercent';
  if (/\bwithin (the )?target\b|\breplies within target\b/.test(words)) return 'withinTargetPercent';
  if (/\btarget\b/.test(words)) return 'targetWorkingDays';
  if (/\breceived\b|\bnumber of\b/.test(words)) return 'received';
  return null;
}

function rejected(message: string): DomainError {
  return new DomainError('IMPORT_REJECTED', `${message} The figures in use are unchanged.`);
}

const EMPTY = /^(|-|–|—|n\/?a|\*|not available|x)$/i;

function percentOf(cell: string, where: string): number | null {
  const text = cell.trim();
  if (EMPTY.test(text)) return null;
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!match) throw rejected(`${where} should be a percentage such as 79%, but holds “${text}”.`);
  const value = Number(match[1]);
  // A spreadsheet saved without its number formats writes 79% as 0.79.
  const percent = !match[2] && match[1]!.includes('.') && value <= 1 ? value * 100 : value;
  if (percent > 100) throw rejected(`${where} is ${text}: a percentage cannot be over 100.`);
  return Math.round(percent * 10) / 10;
}

function wholeNumberOf(cell: string, where: string, unit: RegExp, largest: number): number | null {
  const text = cell.trim();
  if (EMPTY.test(text)) return null;
  const digits = text.replace(unit, '').replace(/,/g, '').trim();
  if (!/^\d+$/.test(digits) || Number(digits) > largest)
    throw rejected(`${where} should be a whole number, but holds “${text}”.`);
  return Number(digits);
}

/** A department's name as published, less footnote marks ("Home Office4", "… Strategy[footnote 1]") and list dashes. */
function departmentNameOf(cell: string): string {
  return cell
    .replace(/\[\s*footnote\s*\d+\s*\]/gi, '')
    .replace(/^[\s\-–—•]+/, '')
    .replace(/(\p{L})\d+$/u, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Quarter rows under each department ("Q1", "Q1 2023"), and blank separators, are not the year's figures. */
const isQuarterOrBlank = (cell: string) => /^\s*(q[1-4]\b.*)?$/i.test(cell);

/**
 * The Cabinet Office's yearly table, saved as CSV (UTF-8 or Windows-1252; commas, semicolons or tabs):
 * a heading row — found among the first rows, below any title — naming the department column and at
 * least one of the percentages; then one row per department (quarter rows skipped). Any cell that is
 * not a figure rejects the whole file, naming its row and column.
 */
export function readReplyFiguresTable(bytes: Uint8Array): ReplyFiguresTable {
  const { headers, rows } = readCsvTable(decodeCsvBytes(bytes).text);
  const records = [headers, ...rows];
  const headingAt = records.slice(0, 15).findIndex((record) => {
    const columns = record.map(columnOf);
    return (
      columns.includes('department') &&
      (columns.includes('withinTargetPercent') || columns.includes('withinTwentyDaysPercent'))
    );
  });
  if (headingAt === -1) {
    throw rejected(
      'No heading row names the department and the percentage replied to within target: this does not look like the Cabinet Office’s table of replies to MPs and peers.',
    );
  }
  const columns = records[headingAt]!.map(columnOf);
  const at = (column: Column) => columns.indexOf(column);
  const departments: PublishedReplyFigure[] = [];
  let total: PublishedReplyFigure | null = null;
  const seen = new Set<string>();
  records.slice(headingAt + 1).forEach((record, i) => {
    const rowNumber = headingAt + i + 2;
    const name = record[at('department')] ?? '';
    if (isQuarterOrBlank(name)) return;
    const department = departmentNameOf(name);
    const cell = (column: Column) => (at(column) === -1 ? '' : (record[at(column)] ?? ''));
    const where = (heading: string) => `Row ${rowNumber} (${department}), ${heading},`;
    const figure: PublishedReplyFigure = {
      department,
      targetWorkingDays: wholeNumberOf(cell('targetWorkingDays'), where('target'), /working|days?/gi, 60),
      received: wholeNumberOf(cell('received'), where('letters received'), /letters?/gi, 10_000_000),
      withinTargetPercent: percentOf(cell('withinTargetPercent'), where('within target')),
      withinTwentyDaysPercent: percentOf(cell('withinTwentyDaysPercent'), where('within 20 working days')),
    };
    if (/^total\b/i.test(department)) total ??= { ...figure, department: 'Total' };
    else if (!seen.has(department.toLowerCase())) {
      seen.add(department.toLowerCase());
      departments.push(figure);
    }
  });
  if (departments.length === 0) throw rejected('The table lists no departments below its heading row.');
  return { departments, total };
}
