import type { Kysely, Transaction } from 'kysely';
import type { JobOutcome, JobStarted } from '../../shared/contract/jobs';
import type { StagingArea } from './files/stagingArea';
import type { Work } from './unitOfWork';
import { ukDateString } from '../../shared/dates';
import type { Database } from './db/schema';
import type { Engine } from './db/store';
import type { SessionStore } from './domains/staff/sessions';
import type { StaffRole } from '../../shared/contract/staff';

/** What the host (desktop or browser) tells the backend about where it runs. */
export interface HostInfo {
  kind: 'desktop' | 'browser';
  appVersion: string;
  dataFile: string;
}

export interface BackendContext {
  /** The connection that writes (a command's unit of work runs on it). */
  db: Kysely<Database>;
  /** The connection queries read from: it cannot write. */
  reader: Kysely<Database>;
  /** Solo (a SQLite file) or office (the office's PostgreSQL server). */
  engine: Engine;
  /** Office mode: where the office database is, for people (server, database, user; never the password). */
  officeDatabase?: string;
  host: HostInfo;
  schemaVersion: number;
  /** Injectable so tests can move time (overdue, due dates). */
  clock: () => Date;
  /** Uploads waiting to be used, by id. */
  staging: StagingArea;
  /** Long jobs, each in its own worker thread. */
  jobs: JobControl;
  /** Who is signed in on which connection (held by this backend only). */
  sessions: SessionStore;
}

/** Starts long jobs, hands over their outcome, cancels them. */
export interface JobControl {
  start(method: string, input: unknown, caller: Caller): JobStarted;
  /** Waits for the job's end: its result and changes, or its failure (CANCELLED when cancelled). */
  outcome(jobId: string): Promise<JobOutcome>;
  /** False when it had already ended. */
  cancel(jobId: string): boolean;
}

export type Db = Kysely<Database> | Transaction<Database>;

export function nowIso(ctx: BackendContext): string {
  return ctx.clock().toISOString();
}

export function todayIso(ctx: BackendContext): string {
  return ukDateString(ctx.clock());
}

/** Who is calling, as the transport tells the dispatcher. */
export interface Caller {
  /** The signed-in staff member (null before signing in). */
  staffId: number | null;
  role: StaffRole | null;
  /** The session's token, so signing out ends it. */
  session?: string;
  /** The name on audit entries, notes and timelines. */
  staffName: string;
  /** The connection the call came on (a browser tab, the desktop window): its own changes are not echoed back to it. */
  origin: string;
}

/** A query's context: it reads, and never writes. */
export interface QueryContext extends BackendContext {
  caller: Caller;
}

/** A command's context: every write goes through its one unit of work. */
export interface CommandContext extends QueryContext {
  /** `actingAs`: the actor's name when the caller has not signed in yet (signing in, setting up the office). */
  unitOfWork<T>(work: (work: Work) => Promise<T>, actingAs?: string): Promise<T>;
}
