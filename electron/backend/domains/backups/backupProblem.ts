import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { apiErrorOf } from '../../dispatcher';

const PROBLEM_FILE = 'last-problem.json';
const problemSchema = z.object({ at: z.string(), message: z.string() });

/**
 * Kept beside the backups until one succeeds, so a failure found by an automatic backup (SQLite's
 * integrity check finding damage, a full disk) is shown to the office, not only logged.
 */
export async function recordBackupProblem(folder: string, at: string, error: unknown): Promise<void> {
  const { message } = apiErrorOf(error, 'backups.create', () => undefined);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  await fs.writeFile(path.join(folder, PROBLEM_FILE), JSON.stringify({ at, message }), { mode: 0o600 });
}

export async function clearBackupProblem(folder: string): Promise<void> {
  await fs.rm(path.join(folder, PROBLEM_FILE), { force: true });
}

export async function backupProblem(folder: string): Promise<{ at: string; message: string } | null> {
  try {
    const parsed = problemSchema.safeParse(JSON.parse(await fs.readFile(path.join(folder, PROBLEM_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
