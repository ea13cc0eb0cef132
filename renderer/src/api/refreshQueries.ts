import type { QueryClient } from '@tanstack/react-query';
import { contract, isMethodName } from '../../../shared/contract/api';
import { kindsChanged, type Change } from '../../../shared/contract/changes';

/** Refreshes just the cached queries that read a kind of record that changed (every query key starts with its method). */
export function refreshQueriesFor(queryClient: QueryClient, changes: readonly Change[]): Promise<void> {
  const kinds = kindsChanged(changes);
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [method] }) =>
      typeof method === 'string' && isMethodName(method) && contract[method].reads.some((kind) => kinds.has(kind)),
  });
}
