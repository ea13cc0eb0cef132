import { z } from 'zod';
import { officeDatabaseUrlProblem } from '../officeDatabaseUrl';

export const moveToOfficeDatabaseInput = z.object({
  url: z
    .string()
    .trim()
    .max(1000, 'The connection string must be at most 1,000 characters')
    .superRefine((url, check) => {
      const problem = officeDatabaseUrlProblem(url);
      if (problem) check.addIssue({ code: 'custom', message: problem });
    }),
});

export interface OfficeMoveResult {
  /** Where the office now is: server, database and user (never the password). */
  database: string;
  /** Rows copied, table by table (each compared with the office database's count before it committed). */
  tables: { table: string; rows: number }[];
}
