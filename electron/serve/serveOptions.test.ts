import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeOptions } from './serveOptions';

describe('browser host options', () => {
  it('uses the real clock, a free port and the home data folder by default', () => {
    const options = parseServeOptions([]);
    expect(options.port).toBe(0);
    expect(path.isAbsolute(options.dataDir)).toBe(true);
    expect(Math.abs(options.clock().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('starts the office clock at --clock and lets it run on', async () => {
    const { clock } = parseServeOptions(['--clock', '2026-01-21T09:00:00Z']);
    const first = clock().getTime();
    expect(first - Date.parse('2026-01-21T09:00:00Z')).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock().getTime()).toBeGreaterThan(first);
  });

  it('takes the office database from --database, else POSTBAG_DATABASE_URL, and refuses one it cannot read', () => {
    const url = 'postgres://postbag@office-server/postbag';
    expect(parseServeOptions(['--database', url]).officeDatabaseUrl).toBe(url);
    expect(parseServeOptions([], { POSTBAG_DATABASE_URL: url }).officeDatabaseUrl).toBe(url);
    expect(parseServeOptions([], {}).officeDatabaseUrl).toBeUndefined();
    expect(() => parseServeOptions(['--database', 'office-server'])).toThrow(
      '--database: Enter a connection string like postgres://postbag:password@server/postbag.',
    );
    expect(() => parseServeOptions(['--database', 'mysql://server/db'])).toThrow(/must name a PostgreSQL server/);
  });

  it('refuses a clock or port it cannot read, saying what it wants', () => {
    expect(() => parseServeOptions(['--clock', 'next Tuesday'])).toThrow(/--clock must be a date and time like/);
    expect(() => parseServeOptions(['--clock', '2026-01-21'])).toThrow(/--clock must be/);
    expect(() => parseServeOptions(['--port', '70000'])).toThrow(/--port must be a whole number/);
  });
});
