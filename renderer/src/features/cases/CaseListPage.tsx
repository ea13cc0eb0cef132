import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { usePagedQuery } from '../../api/usePagedQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CaseFilters } from './CaseFilters';
import { filtersFromSearch, searchFromFilters, toggleSort, type CaseListFilters } from './caseListSearch';
import { CaseTable } from './CaseTable';
import { countOf } from '../../../../shared/plural';

export function CaseListPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const setFilters = (next: CaseListFilters) => setParams(searchFromFilters(next), { replace: true });

  const { rows, total, moreThanTotal, error, loadMore } = usePagedQuery('cases.list', filters);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Cases</Title>
        <Button component={Link} to="/intake">
          Open a case
        </Button>
      </Group>
      <CaseFilters filters={filters} onChange={setFilters} />
      <ErrorAlert error={error} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === undefined
          ? 'Loading…'
          : total === 0
            ? 'No cases match these filters.'
            : moreThanTotal
              ? `More than ${countOf(total, 'case')}`
              : countOf(total, 'case')}
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
