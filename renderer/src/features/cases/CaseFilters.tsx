import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  type CaseCategory,
  type CaseStatus,
} from '../../../../shared/domain/enums';
import { DEFAULT_SORT, type CaseListFilters } from './caseListSearch';

interface Props {
  filters: CaseListFilters;
  onChange: (filters: CaseListFilters) => void;
  /** Why the text filter was refused, beside it. */
  textError?: string;
}

const ANY = '';

/** Typed freely; applied on Enter or when focus leaves, so the URL does not change on every key. */
function CommittedTextFilter({
  label,
  placeholder,
  value,
  error,
  onCommit,
}: {
  label: string;
  placeholder: string;
  value: string;
  error?: string;
  onCommit: (value: string) => void;
}) {
  const [typed, setTyped] = useState(value);
  const commit = () => {
    if (typed.trim() !== value) onCommit(typed.trim());
  };
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={typed}
      error={error}
      onChange={(e) => setTyped(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

export function CaseFilters({ filters, onChange, textError }: Props) {
  return (
    <Group align="flex-start" role="search" aria-label="Filter cases">
      <CommittedTextFilter
        key={`text-${filters.text ?? ''}`}
        label="Words or reference"
        placeholder="e.g. mould, PB-2026-0012"
        value={filters.text ?? ''}
        error={textError}
        onCommit={(text) => onChange({ ...filters, text: text || undefined })}
      />
      <NativeSelect
        label="Status"
        value={filters.status ?? ANY}
        data={[
          { value: ANY, label: 'Any status' },
          ...CASE_STATUSES.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] })),
        ]}
        onChange={(e) =>
          onChange({ ...filters, status: (e.currentTarget.value || undefined) as CaseStatus | undefined })
        }
      />
      <NativeSelect
        label="Category"
        value={filters.category ?? ANY}
        data={[
          { value: ANY, label: 'Any category' },
          ...CASE_CATEGORIES.map((c) => ({ value: c, label: CASE_CATEGORY_LABELS[c] })),
        ]}
        onChange={(e) =>
          onChange({ ...filters, category: (e.currentTarget.value || undefined) as CaseCategory | undefined })
        }
      />
      <CommittedTextFilter
        key={`assignee-${filters.assignee ?? ''}`}
        label="Assigned to"
        placeholder="Anyone"
        value={filters.assignee ?? ''}
        onCommit={(assignee) => onChange({ ...filters, assignee: assignee || undefined })}
      />
      <Checkbox
        label="Overdue only"
        checked={filters.overdue ?? false}
        onChange={(e) => onChange({ ...filters, overdue: e.currentTarget.checked || undefined })}
        mb={8}
      />
      <Button variant="subtle" onClick={() => onChange({ ...DEFAULT_SORT })}>
        Clear filters
      </Button>
    </Group>
  );
}
