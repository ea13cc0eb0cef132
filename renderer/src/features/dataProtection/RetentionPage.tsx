import { Anchor, Button, Card, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RetentionDueItem } from '../../../../shared/contract/retention';
import { formatUkDate } from '../../../../shared/dates';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RetentionDecisionDialog } from './RetentionDecisionDialog';
import { RetentionScheduleForm } from './RetentionScheduleForm';

const keyOf = (item: Pick<RetentionDueItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

const PAGE_OF = { closed_case: 'cases', campaign_signatures: 'campaigns', inactive_person: 'constituents' } as const;

function RecordLink({ item }: { item: RetentionDueItem }) {
  return (
    <Anchor component={Link} to={`/${PAGE_OF[item.kind]}/${item.id}`}>
      {item.title}
      {item.kind === 'campaign_signatures' && ' (signers)'}
    </Anchor>
  );
}

/** The retention schedule and the records it makes due, each to erase or keep with a reason. */
export function RetentionPage() {
  const review = useApiQuery('retention.review', {});
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [decision, setDecision] = useState<'erase' | 'keep' | null>(null);
  const due = review.data?.due ?? [];
  const chosenItems = due.filter((item) => chosen.has(keyOf(item))).map(({ kind, id }) => ({ kind, id }));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };
  return (
    <Stack>
      <Title order={1}>Retention</Title>
      <Text size="sm" c="dimmed">
        The office keeps personal data no longer than it needs. Set how long after closing a record comes up for review;
        then erase it, or keep it with a reason until it comes up again.
      </Text>
      <ErrorAlert error={review.error} title="The retention review did not load" />
      {review.data && (
        <>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Schedule
            </Title>
            <RetentionScheduleForm key={JSON.stringify(review.data.schedule)} schedule={review.data.schedule} />
          </Card>
          <Title order={2} size="h3">
            Due for review ({review.data.totalDue})
          </Title>
          {due.length === 0 ? (
            <Text>Nothing is due for review.</Text>
          ) : (
            <>
              {review.data.totalDue > due.length && (
                <Text size="sm">The {due.length} due longest are shown; the rest follow as these are decided.</Text>
              )}
              <Group>
                <Button
                  color="red"
                  variant="outline"
                  disabled={chosenItems.length === 0}
                  onClick={() => setDecision('erase')}
                >
                  Erase chosen…
                </Button>
                <Button variant="default" disabled={chosenItems.length === 0} onClick={() => setDecision('keep')}>
                  Keep chosen…
                </Button>
              </Group>
              <Table striped withTableBorder aria-label="Due for review">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <Checkbox
                        aria-label="Choose every record shown"
                        checked={chosenItems.length === due.length}
                        indeterminate={chosenItems.length > 0 && chosenItems.length < due.length}
                        onChange={(e) => setChosen(e.currentTarget.checked ? new Set(due.map(keyOf)) : new Set())}
                      />
                    </Table.Th>
                    <Table.Th>Record</Table.Th>
                    <Table.Th>Whose</Table.Th>
                    <Table.Th>Closed or last active</Table.Th>
                    <Table.Th>Due</Table.Th>
                    <Table.Th>Last kept</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {due.map((item) => (
                    <Table.Tr key={keyOf(item)}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Choose ${item.title}`}
                          checked={chosen.has(keyOf(item))}
                          onChange={(e) => toggle(keyOf(item), e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <RecordLink item={item} />
                      </Table.Td>
                      <Table.Td>{item.detail}</Table.Td>
                      <Table.Td>{formatUkDate(item.closedOn)}</Table.Td>
                      <Table.Td>{formatUkDate(item.dueOn)}</Table.Td>
                      <Table.Td>
                        {item.lastKept ? `${formatUkDate(item.lastKept.on)}: ${item.lastKept.reason}` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </>
      )}
      <RetentionDecisionDialog
        decision={decision}
        items={chosenItems}
        onClose={() => setDecision(null)}
        onDone={() => {
          setDecision(null);
          setChosen(new Set());
        }}
      />
    </Stack>
  );
}
