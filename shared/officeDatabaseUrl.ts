import type { OfficeConnection, OfficeTlsMode } from './contract/officeDatabase';

/** What is wrong with an office database connection string, or null when it names a PostgreSQL server and database. */
export function officeDatabaseUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a connection string like postgres://postbag:password@server/postbag';
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol) || !parsed.hostname || parsed.pathname.length < 2) {
    return 'The connection string must name a PostgreSQL server and database, like postgres://postbag:password@server/postbag';
  }
  return null;
}

/** Where an office database is, for people: server, database and user, never the password. */
export function describeOfficeDatabase(url: string): string {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username) || 'the default user';
  return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${decodeURIComponent(parsed.pathname)} as ${user}`;
}

const SSL_MODE: Record<OfficeTlsMode, string> = { verified: 'verify-full', encrypted: 'no-verify', off: 'disable' };

/** The connection string for a connection set up in Settings (each part escaped; the TLS choice as `sslmode`). */
export function officeDatabaseUrlOf(connection: OfficeConnection): string {
  const host =
    connection.host.includes(':') && !connection.host.startsWith('[') ? `[${connection.host}]` : connection.host;
  const credentials =
    encodeURIComponent(connection.user) + (connection.password ? `:${encodeURIComponent(connection.password)}` : '');
  return `postgres://${credentials}@${host}:${connection.port}/${encodeURIComponent(connection.database)}?sslmode=${SSL_MODE[connection.tls]}`;
}
