import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { SignatureBatch } from '../../../../shared/contract/campaigns';
import { formatUkDateTime } from '../../../../shared/dates';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { countOf } from '../../../../shared/plural';

const SOURCE_LABELS: Record<SignatureBatch['source'], string> = {
  csv: 'CSV import',
  manual: 'Added by hand',
  example: 'Example data',
};

/** Undo asks first, naming how many signatures would go; Escape or "Keep them" backs out. */
function UndoBatch({ batch }: { batch: SignatureBatch }) {
  const undo = useApiMutation('signatures.undoBatch');
  const [asking, setAsking] = useState(false);
  const when = formatUkDateTime(batch.at);
  if (!asking) {
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setAsking(true)}
        aria-label={`Undo import of ${when}`}
      >
        Undo
      </Button>
    );
  }
  return (
    <Stack
      gap={4}
      role="group"
      aria-label={`Undo the import of ${when}?`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <Text size="xs">Remove the {countOf(batch.imported, 'signature')} this import added?</Text>
      <Group gap={4}>
        <Button
          size="compact-xs"
          color="red"
          loading={undo.isPending}
          onClick={() => undo.mutate({ batchId: batch.id })}
          autoFocus
        >
          Remove {countOf(batch.imported, 'signature')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => setAsking(false)}>
          Keep them
        </Button>
      </Group>
      <ErrorAlert error={undo.error} />
    </Stack>
  );
}

export function ImportBatches({ batches }: { batches: SignatureBatch[] }) {
  if (batches.length === 0) return <Text c="dimmed">No signatures imported yet.</Text>;
  return (
    <>
      <Table aria-label="Imports" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th ta="right">Imported</Table.Th>
            <Table.Th ta="right">Duplicates</Table.Th>
            <Table.Th ta="right">Invalid</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => (
            <Table.Tr key={b.id} c={b.undoneAt ? 'dimmed' : undefined}>
              <Table.Td>{formatUkDateTime(b.at)}</Table.Td>
              <Table.Td>
                {SOURCE_LABELS[b.source]}
                {b.fileName ? `: ${b.fileName}` : ''}
                {b.encoding && b.encoding !== 'UTF-8' ? ` (${b.encoding})` : ''}
              </Table.Td>
              <Table.Td ta="right">{b.imported.toLocaleString('en-GB')}</Table.Td>
              <Table.Td ta="right">{b.duplicates.toLocaleString('en-GB')}</Table.Td>
              <Table.Td ta="right">{b.invalid.toLocaleString('en-GB')}</Table.Td>
              <Table.Td>{b.actor}</Table.Td>
              <Table.Td>{b.undoneAt ? `Undone ${formatUkDateTime(b.undoneAt)}` : <UndoBatch batch={b} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
