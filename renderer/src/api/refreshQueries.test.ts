import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshQueriesFor } from './refreshQueries';

/** Cached answers with no page watching them: a query is stale only once invalidated. */
function clientWith(methods: string[]): QueryClient {
  const client = new QueryClient();
  for (const method of methods) client.setQueryData([method, {}], 'cached');
  return client;
}

const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((query) => query.isStale())
    .map((query) => query.queryKey[0])
    .sort();

describe('refreshing after a change', () => {
  it('marks stale just the queries that read the changed kind of record', async () => {
    const client = clientWith(['cases.list', 'cases.get', 'letters.templates', 'settings.get', 'system.health']);
    await refreshQueriesFor(client, [{ entity: 'case', id: 3 }]);
    expect(stale(client)).toEqual(['cases.get', 'cases.list']);
  });

  it('refreshes everything that reads a record when the example office comes or goes', async () => {
    const client = clientWith(['cases.list', 'letters.templates', 'settings.get', 'system.health']);
    await refreshQueriesFor(client, [{ entity: 'example_data', id: null }]);
    expect(stale(client)).toEqual(['cases.list', 'letters.templates', 'settings.get']);
  });
});
