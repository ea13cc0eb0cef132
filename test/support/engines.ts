import { describe } from 'vitest';
import type { Engine } from '../../electron/backend/db/store';
import { TEST_POSTGRES_URL } from './postgres';

/** SQLite always; PostgreSQL too when the tests are given a server (`POSTBAG_TEST_DATABASE_URL`). */
export const ENGINES: readonly Engine[] = TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A suite run once on each engine; every test's name carries `[sqlite]` or `[postgres]`. */
export function describeEachEngine(name: string, suite: (engine: Engine) => void): void {
  for (const engine of ENGINES) describe(`[${engine}] ${name}`, () => suite(engine));
}
