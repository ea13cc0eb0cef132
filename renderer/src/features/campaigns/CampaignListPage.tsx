import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STAGE_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { countOf } from '../../../../shared/plural';

export function CampaignListPage() {
  const list = useApiQuery('campaigns.list', {});
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Campaigns</Title>
        <Button component={Link} to="/campaigns/new">
          New campaign
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && <Text c="dimmed">No campaigns yet.</Text>}
      {list.data && list.data.length > 0 && (
        <Table striped highlightOnHover aria-label="Campaigns">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Campaign</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Signatures</Table.Th>
              <Table.Th>Waiting for a response</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/campaigns/${c.id}`}>
                      {c.title}
                    </Anchor>
                    <ExampleBadge show={c.isExample} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {CAMPAIGN_KIND_LABELS[c.kind]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{CAMPAIGN_STAGE_LABELS[c.stage]}</Badge>
                </Table.Td>
                <Table.Td>{c.targetOrganisation}</Table.Td>
                <Table.Td miw={160}>
                  {c.signatures.toLocaleString('en-GB')}
                  {c.signatureGoal ? ` of ${c.signatureGoal.toLocaleString('en-GB')}` : ''}
                  {c.signatureGoal ? (
                    <Progress
                      value={Math.min(100, (100 * c.signatures) / c.signatureGoal)}
                      size="sm"
                      mt={4}
                      aria-hidden
                    />
                  ) : null}
                </Table.Td>
                <Table.Td>{c.daysWaiting === null ? '—' : countOf(c.daysWaiting, 'day')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
