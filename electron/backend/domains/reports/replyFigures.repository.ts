import type { PublishedReplyFigure } from '../../../../shared/contract/replyFigures';
import type { Db } from '../../context';

/** The office's loaded table (none: the copy shipped with Postbag is in use). */
export async function loadedReplyFigures(db: Db) {
  return db
    .selectFrom('publishedReplyFigures')
    .select(['department', 'year', 'targetWorkingDays', 'received', 'withinTargetPercent', 'withinTwentyDaysPercent'])
    .orderBy('department')
    .execute();
}

export async function replaceReplyFigures(db: Db, year: number, rows: PublishedReplyFigure[]): Promise<void> {
  await db.deleteFrom('publishedReplyFigures').execute();
  await db
    .insertInto('publishedReplyFigures')
    .values(rows.map((row) => ({ ...row, year })))
    .execute();
}
