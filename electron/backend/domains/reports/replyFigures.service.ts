import { z } from 'zod';
import bundled from '../../../../resources/data/government-reply-figures.json';
import type { ParsedInput } from '../../../../shared/contract/api';
import type { PublishedReplyFigure, PublishedReplyFigures } from '../../../../shared/contract/replyFigures';
import type { CommandContext, Db } from '../../context';
import { loadedReplyFigures, replaceReplyFigures } from './replyFigures.repository';
import { readReplyFiguresTable } from './replyFiguresTable';

const percent = z.number().min(0).max(100).nullable();
const bundledFileSchema = z.object({
  year: z.number().int(),
  note: z.string(),
  rows: z.array(
    z.object({
      department: z.string().min(1),
      targetWorkingDays: z.number().int().positive().nullable(),
      received: z.number().int().nonnegative().nullable(),
      withinTargetPercent: percent,
      withinTwentyDaysPercent: percent,
    }),
  ),
});
const BUNDLED = bundledFileSchema.parse(bundled);

function figuresOf(origin: PublishedReplyFigures['origin'], year: number, rows: PublishedReplyFigure[], note = '') {
  const isTotal = (row: PublishedReplyFigure) => row.department === 'Total';
  return {
    origin,
    year,
    note,
    departments: rows.filter((row) => !isTotal(row)),
    total: rows.find(isTotal) ?? null,
  } satisfies PublishedReplyFigures;
}

/** The Cabinet Office's yearly reply figures: the office's loaded table, else the copy shipped with Postbag. */
export async function publishedReplyFigures(db: Db): Promise<PublishedReplyFigures> {
  const loaded = await loadedReplyFigures(db);
  if (loaded.length === 0) return figuresOf('bundled', BUNDLED.year, BUNDLED.rows, BUNDLED.note);
  const rows = loaded.map(({ year: _year, ...row }) => row);
  return figuresOf('loaded', loaded[0]!.year, rows);
}

/** Replaces the figures in use with the table the office saved from GOV.UK (as CSV), for the year it covers. */
export async function importReplyFigures(ctx: CommandContext, input: ParsedInput<'replyFigures.import'>) {
  const file = await ctx.staging.read(input.stagedFileId, {
    maxBytes: 2_000_000,
    tooLarge: 'This file is too large to be the Cabinet Office’s table (it has one row per department).',
  });
  const table = readReplyFiguresTable(file);
  await ctx.unitOfWork(async (work) => {
    await replaceReplyFigures(work.trx, input.year, [...(table.total ? [table.total] : []), ...table.departments]);
    work.audit('reply_figures', null, 'import');
  });
  return publishedReplyFigures(ctx.db);
}
