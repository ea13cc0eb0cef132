import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ResponseStats } from '../../../../shared/contract/correspondence';
import { ORGANISATION_KIND_LABELS } from '../../../../shared/domain/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { CorrespondenceTable } from './CorrespondenceLog';
import { OrganisationForm } from './OrganisationForm';
import { countOf } from '../../../../shared/plural';

const medianText = (s: ResponseStats) =>
  s.medianWorkingDays === null ? '—' : countOf(s.medianWorkingDays, 'working day');
const withinText = (s: ResponseStats) => (s.withinTargetPercent === null ? '—' : `${s.withinTargetPercent}%`);

export function OrganisationListPage() {
  const list = useApiQuery('organisations.list', {});
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Organisations</Title>
        <Button component={Link} to="/organisations/new">
          New organisation
        </Button>
      </Group>
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && <Text c="dimmed">No organisations yet.</Text>}
      {list.data && list.data.length > 0 && (
        <Table striped aria-label="Organisations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Organisation</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Median reply</Table.Th>
              <Table.Th>Within target</Table.Th>
              <Table.Th>Awaiting</Table.Th>
              <Table.Th>Overdue</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/organisations/${o.id}`}>
                      {o.name}
                    </Anchor>
                    <ExampleBadge show={o.isExample} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {ORGANISATION_KIND_LABELS[o.kind]}
                  </Text>
                </Table.Td>
                <Table.Td>{o.replyTargetDays} working days</Table.Td>
                <Table.Td>{medianText(o.stats)}</Table.Td>
                <Table.Td>{withinText(o.stats)}</Table.Td>
                <Table.Td>{o.stats.awaiting}</Table.Td>
                <Table.Td c={o.stats.overdue ? 'red' : undefined}>{o.stats.overdue}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function NewOrganisationPage() {
  const create = useApiMutation('organisations.create');
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>New organisation</Title>
      <OrganisationForm
        initialValues={{
          name: '',
          kind: 'government_department',
          address: '',
          recipientName: '',
          recipientRole: '',
          email: '',
          replyTargetDays: 20,
        }}
        submitLabel="Save organisation"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: (saved) => {
              notifications.show({ message: `${saved.name} added.` });
              navigate(`/organisations/${saved.id}`);
            },
          })
        }
      />
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700}>
        {value}
      </Text>
    </Card>
  );
}

export function OrganisationPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('organisations.get', { id });
  const update = useApiMutation('organisations.update');
  // Editing from this version: a colleague's change meanwhile is refused, not overwritten.
  const [editingFrom, setEditingFrom] = useState<number | null>(null);
  const editing = editingFrom !== null;
  if (detail.error) return <ErrorAlert error={detail.error} title="This organisation could not be loaded" />;
  if (!detail.data || detail.data.organisation.id !== id) return null;
  const { organisation: o, correspondence } = detail.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1}>{o.name}</Title>
          <ExampleBadge show={o.isExample} />
        </Group>
        <Button variant="default" onClick={() => setEditingFrom(editing ? null : o.version)}>
          {editing ? 'Close editing' : 'Edit details'}
        </Button>
      </Group>
      {editing ? (
        <OrganisationForm
          initialValues={{
            name: o.name,
            kind: o.kind,
            address: o.address,
            recipientName: o.recipientName,
            recipientRole: o.recipientRole,
            email: o.email,
            replyTargetDays: o.replyTargetDays,
          }}
          submitLabel="Save changes"
          submitting={update.isPending}
          error={update.error}
          onSubmit={(values) =>
            update.mutate({ ...values, id, version: editingFrom }, { onSuccess: () => setEditingFrom(null) })
          }
        />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {ORGANISATION_KIND_LABELS[o.kind]} · replies due within {o.replyTargetDays} working days
          {o.address ? `\n${o.address}` : ''}
          {o.email ? `\n${o.email}` : ''}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, md: 5 }} aria-label="Response times">
        <Stat label="Replies received" value={o.stats.replies} />
        <Stat label="Median reply" value={medianText(o.stats)} />
        <Stat label="Within target" value={withinText(o.stats)} />
        <Stat label="Awaiting a reply" value={o.stats.awaiting} />
        <Stat label="Overdue" value={o.stats.overdue} />
      </SimpleGrid>
      <Title order={2} size="h3">
        Correspondence
      </Title>
      <CorrespondenceTable items={correspondence} showLinks />
    </Stack>
  );
}

/** Every reply still awaited, overdue first: the chasing list. */
export function AwaitedRepliesPage() {
  const items = useApiQuery('correspondence.list', { overdueOnly: true });
  return (
    <Stack>
      <Title order={1}>Overdue replies</Title>
      <Text size="sm">
        Letters whose reply is past the organisation’s target. Chase them, or record a holding reply with the new date.
      </Text>
      <ErrorAlert error={items.error} />
      {items.data && <CorrespondenceTable items={items.data} showLinks />}
    </Stack>
  );
}
