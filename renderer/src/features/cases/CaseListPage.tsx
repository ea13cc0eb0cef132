import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePagedQuery } from '../../api/usePagedQuery';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { CaseFilters } from './CaseFilters';
import { filtersFromSearch, searchFromFilters, toggleSort, type CaseListFilters } from './caseListSearch';
import { CaseTable } from './CaseTable';
import { countOf } from '../../../../shared/plural';

export function CaseListPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const setFilters = (next: CaseListFilters) => setParams(searchFromFilters(next), { replace: true });

  const { rows, total, moreThanTotal, error, loadMore } = usePagedQuery('cases.list', filters);
  const navigate = useNavigate();
  // A whole reference typed in the text filter goes straight to its case.
  const referenced =
    filters.text && rows.length === 1 && rows[0]!.reference.toLowerCase() === filters.text.toLowerCase()
      ? rows[0]!.id
      : null;
  useEffect(() => {
    if (referenced !== null) void navigate(`/cases/${referenced}`);
  }, [referenced, navigate]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Cases</Title>
        <Button component={Link} to="/intake">
          Open a case
        </Button>
      </Group>
      <CaseFilters filters={filters} onChange={setFilters} textError={fieldErrorsOf(error).text} />
      <ErrorAlert error={errorNotBesideFields(error)} />
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
