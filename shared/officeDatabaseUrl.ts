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
  return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname} as ${user}`;
}
