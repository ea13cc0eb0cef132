import pg from 'pg';
import { z } from 'zod';
import { ENTITY_KINDS, type Change } from '../../../shared/contract/changes';

/** The PostgreSQL channel every laptop's backend announces its changes on, and listens to. */
const CHANNEL = 'postbag_changes';
/** PostgreSQL refuses a notification payload of 8,000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_900;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

const noticeSchema = z.object({
  from: z.string(),
  changes: z.array(z.object({ entity: z.enum(ENTITY_KINDS), id: z.number().int().nullable() })),
});

/** Everything may have changed: after the listening connection was lost, the page refreshes what it shows. */
const EVERYTHING_CHANGED: Change[] = ENTITY_KINDS.map((entity) => ({ entity, id: null }));

/** The notice for a set of changes, kinds only when the records would not fit (a large import). */
function changeNotice(from: string, changes: readonly Change[]): string {
  const full = JSON.stringify({ from, changes });
  if (Buffer.byteLength(full) < MAX_PAYLOAD_BYTES) return full;
  const kinds = [...new Set(changes.map((change) => change.entity))].map((entity) => ({ entity, id: null }));
  return JSON.stringify({ from, changes: kinds });
}

export interface OfficeChanges {
  /** Tells the other laptops what this backend's command or job changed (once it has committed). */
  announce(changes: readonly Change[]): void;
  close(): Promise<void>;
}

/**
 * The office database's change channel: this backend's changes go out with `NOTIFY`; the other
 * backends' arrive through one `LISTEN`ing connection, kept open (re-opened after a drop, when
 * `heard` is told that everything may have changed).
 */
export function connectOfficeChanges(
  url: string,
  instanceId: string,
  announcer: pg.Pool,
  heard: (changes: Change[]) => void,
): OfficeChanges {
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | null = null;

  const onNotification = (message: pg.Notification) => {
    const parsed = noticeSchema.safeParse(safeJson(message.payload));
    if (parsed.success && parsed.data.from !== instanceId) heard(parsed.data.changes);
  };

  async function listen(): Promise<void> {
    const connection = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    connection.on('error', () => lost(connection));
    connection.on('end', () => lost(connection));
    connection.on('notification', onNotification);
    try {
      await connection.connect();
      await connection.query(`LISTEN ${CHANNEL}`);
    } catch {
      lost(connection);
      return;
    }
    if (closed) {
      await connection.end().catch(() => undefined);
      return;
    }
    client = connection;
    // Anything announced while this laptop was not listening is unknown: refresh all.
    if (attempt > 0) heard(EVERYTHING_CHANGED);
    attempt = 0;
  }

  function lost(connection: pg.Client) {
    connection.removeAllListeners('end');
    connection.removeAllListeners('notification');
    void connection.end().catch(() => undefined);
    if (client === connection) client = null;
    if (closed || retry) return;
    retry = setTimeout(
      () => {
        retry = null;
        void listen();
      },
      RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)],
    );
    retry.unref();
    attempt += 1;
  }

  void listen();
  return {
    announce(changes) {
      if (changes.length === 0) return;
      // A notice that cannot be sent costs colleagues a prompt refresh, never this user's work.
      announcer.query('SELECT pg_notify($1, $2)', [CHANNEL, changeNotice(instanceId, changes)]).catch(() => undefined);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const connection = client;
      client = null;
      if (connection) {
        connection.removeAllListeners('end');
        await connection.end().catch(() => undefined);
      }
    },
  };
}

function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return null;
  }
}
