import { repeatInBackground } from '../../backgroundTask';
import type { BackendContext, Caller } from '../../context';
import { backupsFolder, finishedBackups } from './backupFiles';

const CHECK_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The backend itself, as the actor on automatic backups. */
export const AUTOMATIC_BACKUP_CALLER: Caller = {
  staffId: null,
  role: 'administrator',
  staffName: 'Postbag (automatic backup)',
  origin: 'postbag',
};

async function lastBackupAt(ctx: BackendContext): Promise<number> {
  const [newest] = await finishedBackups(backupsFolder(ctx.host));
  return newest ? Date.parse(newest.manifest.createdAt) : 0;
}

/** Runs a backup as a job (its own thread and connection) and waits for it; a failure is logged, never thrown. */
async function backUp(ctx: BackendContext, trigger: 'daily' | 'quit', log: (error: unknown) => void): Promise<void> {
  try {
    const { jobId } = ctx.jobs.start('backups.create', { trigger }, AUTOMATIC_BACKUP_CALLER);
    await ctx.jobs.outcome(jobId);
  } catch (error) {
    log(error);
  }
}

/**
 * Solo mode's automatic backups: one a day while the app runs (checked hourly, and at start), and
 * one as it closes (`beforeClose`).
 */
export function scheduleAutomaticBackups(ctx: BackendContext, log: (error: unknown) => void) {
  const daily = repeatInBackground(
    async () => {
      if (ctx.clock().getTime() - (await lastBackupAt(ctx)) >= DAY_MS) await backUp(ctx, 'daily', log);
    },
    CHECK_EVERY_MS,
    log,
  );
  return {
    async beforeClose(): Promise<void> {
      await daily.stop();
      await backUp(ctx, 'quit', log);
    },
  };
}
