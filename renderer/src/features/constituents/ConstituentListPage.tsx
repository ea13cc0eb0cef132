import { countOf } from '../../../../shared/plural';
import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ConstituentSummary } from '../../../../shared/contract/constituents';
import { usePagedQuery } from '../../api/usePagedQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { VirtualTable, type Column } from '../../components/VirtualTable';

const COLUMNS: Column<ConstituentSummary>[] = [
  {
    key: 'name',
    header: 'Name',
    width: 'minmax(10rem, 2fr)',
    cell: (c) => (
      <Group gap={6} wrap="nowrap">
        {c.fullName}
        <ExampleBadge show={c.isExample} />
        {c.doNotContact && (
          <Badge color="red" variant="light" size="sm">
            Do not contact
          </Badge>
        )}
      </Group>
    ),
  },
  { key: 'postcode', header: 'Postcode', width: '7rem', cell: (c) => c.postcode },
  { key: 'email', header: 'Email', width: 'minmax(10rem, 2fr)', cell: (c) => c.email },
  { key: 'cases', header: 'Open cases', width: '6rem', cell: (c) => c.openCases },
];

export function ConstituentListPage() {
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(typed.trim(), 150);
  const inUrl = params.get('q') ?? '';
  // Only when the words differ: `setParams` changes with every navigation, and writing the same words
  // again while the app is leaving this page (a lazily loaded one still loading) would bring it back here.
  useEffect(() => {
    if (query !== inUrl) setParams(query ? { q: query } : {}, { replace: true });
  }, [query, inUrl, setParams]);
  const { rows, total, error, loadMore } = usePagedQuery('constituents.list', { query });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Constituents</Title>
        <Button component={Link} to="/constituents/new">
          New constituent
        </Button>
      </Group>
      <TextInput
        label="Find a constituent"
        description="Name, postcode or email"
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        maw={420}
      />
      <ErrorAlert error={error} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === undefined ? 'Loading…' : total === 0 ? 'No constituents match.' : countOf(total, 'constituent')}
      </Text>
      <VirtualTable
        label="Constituents"
        columns={COLUMNS}
        rows={rows}
        rowKey={(c) => c.id}
        rowHref={(c) => `/constituents/${c.id}`}
        onEndReached={loadMore}
      />
    </Stack>
  );
}
