import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { PostcodeWard } from '../../../../shared/contract/signatures';
import { formatUkDate } from '../../../../shared/dates';
import { CAMPAIGN_STAGE_LABELS, CONTACT_METHOD_LABELS, SALUTATION_LABELS } from '../../../../shared/domain/enums';
import { CorrespondenceLog } from '../correspondence/CorrespondenceLog';
import { useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { CaseTable } from '../cases/CaseTable';
import { LogSubjectAccessRequest } from '../dataProtection/LogSubjectAccessRequest';
import { ErasePersonButton } from './ErasePersonButton';
import { SubjectAccessButton } from './SubjectAccessButton';

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

/** The ward as the postcode directory has it, or why there is none; never guessed. */
function wardText(ward: PostcodeWard | null, officeConstituency: string): string {
  if (!ward) return 'Not known (postcode not in the postcode directory)';
  const name = ward.wardName || ward.wardCode;
  return officeConstituency && ward.constituencyCode && ward.constituencyCode !== officeConstituency
    ? `${name} (outside the constituency)`
    : name;
}

export function ConstituentDetailPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('constituents.get', { id });
  const settings = useApiQuery('settings.get', {});
  if (detail.error) return <ErrorAlert error={detail.error} title="This constituent could not be loaded" />;
  if (!detail.data) return null;
  const { constituent: c, cases, campaigns, ward } = detail.data;
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
          <Button component={Link} to={`/cases/new?constituentId=${c.id}`} variant="default">
            Open a case
          </Button>
          <Button component={Link} to={`/intake?constituentId=${c.id}`}>
            Log a contact
          </Button>
          <LogSubjectAccessRequest constituentId={c.id} name={c.fullName} />
          <SubjectAccessButton constituentId={c.id} />
          <ErasePersonButton constituentId={c.id} name={`${c.firstName} ${c.lastName}`} />
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label="Address" value={address} />
          <Field label="Email" value={c.email} />
          <Field label="Phone" value={c.phone} />
          <Field label="Preferred contact" value={CONTACT_METHOD_LABELS[c.preferredContact]} />
          <Field label="Ward" value={wardText(ward, settings.data?.constituencyCode ?? '')} />
          <Field label="Letters greet them by" value={SALUTATION_LABELS[c.salutation]} />
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
      <Title order={2} size="h3">
        Campaigns and petitions ({campaigns.length})
      </Title>
      {campaigns.length === 0 ? (
        <Text c="dimmed">Not linked to a campaign and no signature on record.</Text>
      ) : (
        <List aria-label="Campaigns and petitions">
          {campaigns.map((g) => (
            <List.Item key={g.id}>
              <Anchor component={Link} to={`/campaigns/${g.id}`}>
                {g.title}
              </Anchor>{' '}
              — {CAMPAIGN_STAGE_LABELS[g.stage].toLowerCase()}
              {g.signedOn !== null && `; signed${g.signedOn ? ` ${formatUkDate(g.signedOn)}` : ''}`}
              {g.linked && '; wrote in about it'}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={2} size="h3">
        Correspondence
      </Title>
      <CorrespondenceLog constituentId={c.id} />
    </Stack>
  );
}
