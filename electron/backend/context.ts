import type { Kysely, Transaction } from 'kysely';
import { ukDateString } from '../../shared/dates';
import type { Database } from './db/schema';

/** What the host (desktop or browser) tells the backend about where it runs. */
export interface HostInfo {
  kind: 'desktop' | 'browser';
  appVersion: string;
  dataFile: string;
  /** The OS user name, the default staff name for the audit trail. */
  defaultStaffName: string;
}

export interface BackendContext {
  db: Kysely<Database>;
  host: HostInfo;
  schemaVersion: number;
  /** Injectable so tests can move time (overdue, due dates). */
  clock: () => Date;
}

export type Db = Kysely<Database> | Transaction<Database>;

export function nowIso(ctx: BackendContext): string {
  return ctx.clock().toISOString();
}

export function todayIso(ctx: BackendContext): string {
  return ukDateString(ctx.clock());
}
