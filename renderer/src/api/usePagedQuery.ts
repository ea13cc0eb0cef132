import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodInput, ResultOf } from '../../../shared/contract/api';
import type { ApiCallError } from '../../../shared/contract/errors';
import { useApi } from './ApiProvider';

type PagedMethod = 'cases.list' | 'constituents.list' | 'signatures.list';
const PAGE_SIZE = 500;

/** A long list fetched a page at a time as the user scrolls; `loadMore` is safe to call often. */
export function usePagedQuery<M extends PagedMethod>(method: M, filters: Omit<MethodInput<M>, 'offset' | 'limit'>) {
  const api = useApi();
  const query = useInfiniteQuery<ResultOf<M>, ApiCallError>({
    queryKey: [method, filters],
    queryFn: ({ pageParam }) =>
      api(method, { ...filters, offset: pageParam as number, limit: PAGE_SIZE } as MethodInput<M>) as Promise<
        ResultOf<M>
      >,
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.rows.length, 0);
      // A list that stopped counting pages on until a page comes back short.
      const more = 'moreThanTotal' in last && last.moreThanTotal ? last.rows.length === PAGE_SIZE : loaded < last.total;
      return more ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    rows: (query.data?.pages ?? []).flatMap((page): ResultOf<M>['rows'][number][] => page.rows),
    total: query.data?.pages[0]?.total,
    /** The count stopped at its limit: more than `total` match. */
    moreThanTotal: (query.data?.pages[0] as { moreThanTotal?: boolean } | undefined)?.moreThanTotal ?? false,
    error: query.error,
    loadMore,
  };
}
