import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { CONTACT_METHOD_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { CaseTable } from '../cases/CaseTable';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
}

export function ConstituentDetailPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('constituents.get', { id });
  if (detail.error) return <ErrorAlert error={detail.error} title="This constituent could not be loaded" />;
  if (!detail.data) return null;
  const { constituent: c, cases } = detail.data;
  const address = [c.addressLine1, c.addressLine2, c.town.toUpperCase(), c.postcode].filter(Boolean).join(', ');

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1}>{c.fullName}</Title>
          <ExampleBadge show={c.isExample} />
          {c.doNotContact && <Badge color="red">Do not contact</Badge>}
        </Group>
        <Group>
          <Button component={Link} to={`/constituents/${c.id}/edit`} variant="default">
            Edit details
          </Button>
          <Button component={Link} to={`/cases/new?constituentId=${c.id}`}>
            Open a case
          </Button>
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label="Address" value={address} />
          <Field label="Email" value={c.email} />
          <Field label="Phone" value={c.phone} />
          <Field label="Preferred contact" value={CONTACT_METHOD_LABELS[c.preferredContact]} />
        </SimpleGrid>
      </Card>
      <Title order={2} size="h3">
        Cases ({cases.length})
      </Title>
      {cases.length === 0 ? (
        <Text c="dimmed">No cases yet.</Text>
      ) : (
        <CaseTable rows={cases} height={`${Math.min(cases.length, 10) * 44 + 4}px`} />
      )}
    </Stack>
  );
}
