import { Anchor, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { SAR_CHANNEL_LABELS } from '../../../../shared/contract/dataProtection';
import { formatUkDate } from '../../../../shared/dates';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Subject access requests: open ones by due date (one calendar month from arrival), then those answered. */
export function SubjectAccessLogPage() {
  const log = useApiQuery('subjectAccess.log', {});
  const answer = useApiMutation('subjectAccess.answer');
  const today = useOfficeToday();
  return (
    <Stack>
      <Title order={1}>Subject access requests</Title>
      <Text size="sm" c="dimmed">
        A request must be answered within one calendar month of arriving. Log one from the person’s page (“Log a subject
        access request”), answer it with “Subject access export” there, then mark it answered here.
      </Text>
      <ErrorAlert error={log.error ?? answer.error} title="The log did not load or change" />
      {log.data && log.data.length === 0 && <Text>No requests logged.</Text>}
      {log.data && log.data.length > 0 && (
        <Table striped withTableBorder aria-label="Subject access requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Received</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Answered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>
                  {request.constituentId === null ? (
                    <Text size="sm" c="dimmed">
                      Erased
                    </Text>
                  ) : (
                    <Anchor component={Link} to={`/constituents/${request.constituentId}`}>
                      {request.name}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{formatUkDate(request.receivedOn)}</Table.Td>
                <Table.Td>{SAR_CHANNEL_LABELS[request.receivedBy]}</Table.Td>
                <Table.Td>
                  {formatUkDate(request.dueOn)}{' '}
                  {!request.answeredOn && request.dueOn < today && <Badge color="red">Past due</Badge>}
                </Table.Td>
                <Table.Td>
                  {request.answeredOn ? (
                    formatUkDate(request.answeredOn)
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={answer.isPending && answer.variables?.id === request.id}
                      onClick={() => answer.mutate({ id: request.id })}
                      aria-label={`Mark ${request.name ?? 'this request'}’s request of ${formatUkDate(request.receivedOn)} answered`}
                    >
                      Mark answered
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
