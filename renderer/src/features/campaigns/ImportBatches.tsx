import { Button, Table, Text } from '@mantine/core';
import type { SignatureBatch } from '../../../../shared/contract/campaigns';
import { formatUkDateTime } from '../../../../shared/dates';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';

const SOURCE_LABELS: Record<SignatureBatch['source'], string> = {
  csv: 'CSV import',
  manual: 'Added by hand',
  example: 'Example data',
};

export function ImportBatches({ batches }: { batches: SignatureBatch[] }) {
  const undo = useApiMutation('signatures.undoBatch');
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
              <Table.Td>
                {b.undoneAt ? (
                  `Undone ${formatUkDateTime(b.undoneAt)}`
                ) : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => undo.mutate({ batchId: b.id })}
                    aria-label={`Undo import of ${formatUkDateTime(b.at)}`}
                  >
                    Undo
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorAlert error={undo.error} />
    </>
  );
}
