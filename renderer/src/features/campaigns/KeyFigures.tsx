import { Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { KeyFigure } from '../../../../shared/contract/campaigns';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { COMPACT_TABLE } from './SignatureCharts';

interface KeyFigureTableProps {
  figures: KeyFigure[];
  onRemove?: (id: number) => void;
  compact?: boolean;
}

export function KeyFigureTable({ figures, onRemove, compact }: KeyFigureTableProps) {
  return (
    <Table aria-label="Key figures" withTableBorder {...(compact ? COMPACT_TABLE : {})}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Figure</Table.Th>
          <Table.Th ta="right">Value</Table.Th>
          <Table.Th>Source</Table.Th>
          {onRemove && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figures.map((f) => (
          <Table.Tr key={f.id}>
            <Table.Td>{f.label}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {f.value}
            </Table.Td>
            <Table.Td>{f.source}</Table.Td>
            {onRemove && (
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onRemove(f.id)}
                  aria-label={`Remove ${f.label}`}
                >
                  Remove
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function KeyFigures({ campaignId, figures }: { campaignId: number; figures: KeyFigure[] }) {
  const [draft, setDraft] = useState({ label: '', value: '', source: '' });
  const add = useApiMutation('campaigns.addFigure');
  const remove = useApiMutation('campaigns.removeFigure');
  const fields = fieldErrorsOf(add.error);
  return (
    <Stack gap="sm">
      {figures.length > 0 && <KeyFigureTable figures={figures} onRemove={(id) => remove.mutate({ id })} />}
      <form
        aria-label="Add a key figure"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ campaignId, ...draft }, { onSuccess: () => setDraft({ label: '', value: '', source: '' }) });
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Figure"
            placeholder="Met officers, 2010"
            value={draft.label}
            onChange={(e) => setDraft({ ...draft, label: e.currentTarget.value })}
            error={fields.label}
            style={{ flex: 2 }}
          />
          <TextInput
            label="Value"
            placeholder="33,367"
            value={draft.value}
            onChange={(e) => setDraft({ ...draft, value: e.currentTarget.value })}
            error={fields.value}
            w={120}
          />
          <TextInput
            label="Source"
            placeholder="Home Office data"
            value={draft.source}
            onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" loading={add.isPending}>
            Add figure
          </Button>
        </Group>
      </form>
      <ErrorAlert error={errorNotBesideFields(add.error) ?? remove.error} />
    </Stack>
  );
}
