import { Badge, Group } from '@mantine/core';
import { formatUkDate } from '../../../../shared/dates';
import type { CaseListRow } from '../../../../shared/contract/cases';
import {
  CASE_CATEGORY_LABELS,
  CASE_PRIORITY_LABELS,
  CASE_STATUS_LABELS,
  type CaseSortField,
} from '../../../../shared/domain/enums';
import { ExampleBadge } from '../../components/ExampleBadge';
import { VirtualTable, type Column } from '../../components/VirtualTable';

const COLUMNS: Column<CaseListRow>[] = [
  { key: 'reference', header: 'Reference', width: '7rem', sortKey: 'reference', cell: (c) => c.reference },
  {
    key: 'title',
    header: 'Case',
    width: 'minmax(6rem, 3fr)',
    cell: (c) => (
      <Group gap={6} wrap="nowrap">
        {c.title}
        <ExampleBadge show={c.isExample} />
      </Group>
    ),
  },
  { key: 'constituent', header: 'Constituent', width: 'minmax(6rem, 2fr)', cell: (c) => c.constituentName },
  { key: 'category', header: 'Category', width: '7rem', cell: (c) => CASE_CATEGORY_LABELS[c.category] },
  {
    key: 'priority',
    header: 'Priority',
    width: '4.5rem',
    sortKey: 'priority',
    cell: (c) => CASE_PRIORITY_LABELS[c.priority],
  },
  { key: 'status', header: 'Status', width: '9rem', sortKey: 'status', cell: (c) => CASE_STATUS_LABELS[c.status] },
  { key: 'assignee', header: 'Assigned to', width: '7rem', cell: (c) => c.assignee },
  { key: 'opened', header: 'Opened', width: '6.5rem', sortKey: 'openedOn', cell: (c) => formatUkDate(c.openedOn) },
  {
    key: 'due',
    header: 'Due',
    width: '7.5rem',
    sortKey: 'dueOn',
    cell: (c) =>
      c.overdue ? (
        <Badge color="red" variant="light">
          {formatUkDate(c.dueOn)}
        </Badge>
      ) : c.dueOn ? (
        formatUkDate(c.dueOn)
      ) : (
        ''
      ),
  },
];

interface Props {
  rows: CaseListRow[];
  sort?: { key: CaseSortField; direction: 'asc' | 'desc' };
  onSort?: (key: CaseSortField) => void;
  onEndReached?: () => void;
  height?: string;
}

export function CaseTable({ rows, sort, onSort, onEndReached, height }: Props) {
  return (
    <VirtualTable
      label="Cases"
      columns={COLUMNS}
      rows={rows}
      rowKey={(c) => c.id}
      rowHref={(c) => `/cases/${c.id}`}
      sort={sort}
      onSort={onSort as ((key: string) => void) | undefined}
      onEndReached={onEndReached}
      height={height}
    />
  );
}
