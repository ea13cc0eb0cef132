import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ApiCallError } from '../../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CaseFilters } from './CaseFilters';
import { filtersFromSearch, searchFromFilters, toggleSort, type CaseListFilters } from './caseListSearch';
import { CaseTable } from './CaseTable';

const PAGE_SIZE = 500;

export function CaseListPage() {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const setFilters = (next: CaseListFilters) => setParams(searchFromFilters(next), { replace: true });

  const list = useInfiniteQuery({
    queryKey: ['cases.list', filters],
    queryFn: ({ pageParam }) => api('cases.list', { ...filters, offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Cases</Title>
        <Button component={Link} to="/constituents" variant="default">
          Open a case for a constituent
        </Button>
      </Group>
      <CaseFilters filters={filters} onChange={setFilters} />
      <ErrorAlert error={list.error as ApiCallError | null} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {list.isPending
          ? 'Loading…'
          : total === 0
            ? 'No cases match these filters.'
            : `${total.toLocaleString('en-GB')} cases`}
      </Text>
      <CaseTable
        rows={rows}
        sort={{ key: filters.sort, direction: filters.direction }}
        onSort={(key) => setFilters(toggleSort(filters, key))}
        onEndReached={loadMore}
      />
    </Stack>
  );
}
