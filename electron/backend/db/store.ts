import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Change } from '../../../shared/contract/changes';
import { connectOfficeChanges } from './officeChanges';
import { openDatabase, openWorkerConnection } from './connection';
import { openPostgresDatabase, openPostgresWorkerConnection } from './postgresConnection';
import type { Database } from './schema';

/** Where the office's records live: a SQLite file on this computer (solo) or the office's PostgreSQL server. */
export type DatabaseLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export type Engine = DatabaseLocation['engine'];

/** An open database, whichever engine: the same services run on either. */
export interface OpenedStore {
  engine: Engine;
  /** The connection (pool) commands write through. */
  db: Kysely<Database>;
  /** Connections that cannot write: queries read through them. */
  reader: Kysely<Database>;
  schemaVersion: number;
  /** After every command and writing job (SQLite empties its -wal so removed values are not left readable). */
  afterWrite(): Promise<void>;
  /** Tells the office's other backends what changed here (office mode; nothing to tell in solo mode). */
  announce(changes: readonly Change[]): void;
  close(): Promise<void>;
}

export interface StoreOptions {
  nativeBinding?: string;
  targetVersion?: number;
  /** Office mode: told what the office's other backends changed (this one's own notices are not echoed). */
  heard?: (changes: Change[]) => void;
}

export async function openStore(location: DatabaseLocation, options: StoreOptions = {}): Promise<OpenedStore> {
  if (location.engine === 'postgres') {
    const opened = await openPostgresDatabase(location.url, options);
    const officeChanges = connectOfficeChanges(
      location.url,
      crypto.randomUUID(),
      opened.pool,
      options.heard ?? (() => undefined),
    );
    return {
      engine: 'postgres',
      db: opened.db,
      reader: opened.reader,
      schemaVersion: opened.schemaVersion,
      afterWrite: async () => undefined,
      announce: officeChanges.announce,
      close: async () => {
        await officeChanges.close();
        await opened.close();
      },
    };
  }
  const opened = await openDatabase(location.file, options);
  return {
    engine: 'sqlite',
    db: opened.db,
    reader: opened.reader,
    schemaVersion: opened.schemaVersion,
    // Waits for the one connection, so it never runs inside a transaction.
    afterWrite: () => opened.db.connection().execute(async () => opened.checkpoint()),
    announce: () => undefined,
    close: opened.close,
  };
}

/** A long job's own connection to a database the backend has already opened and migrated. */
export function openJobConnection(location: DatabaseLocation, nativeBinding?: string): Kysely<Database> {
  return location.engine === 'postgres'
    ? openPostgresWorkerConnection(location.url)
    : openWorkerConnection(location.file, nativeBinding);
}
