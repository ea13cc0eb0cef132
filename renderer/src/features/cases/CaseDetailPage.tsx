import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseRecord } from '../../../../shared/contract/cases';
import { formatUkDate } from '../../../../shared/dates';
import {
  CASE_CATEGORY_LABELS,
  CASE_PRIORITY_LABELS,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  type CaseStatus,
} from '../../../../shared/domain/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { ExampleBadge } from '../../components/ExampleBadge';
import { CorrespondenceLog } from '../correspondence/CorrespondenceLog';
import { LetterDrafts } from '../letters/LetterDrafts';
import { consentText, RecordConsentButton } from './CaseConsent';
import { CaseForm } from './CaseForm';
import { CaseTimeline } from './CaseTimeline';

function AddNote({ caseId }: { caseId: number }) {
  const [body, setBody] = useState('');
  const addNote = useApiMutation('cases.addNote');
  return (
    <form
      aria-label="Add a note"
      onSubmit={(e) => {
        e.preventDefault();
        addNote.mutate({ caseId, body }, { onSuccess: () => setBody('') });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Add a note"
          autosize
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={fieldErrorsOf(addNote.error).body}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
          description="Ctrl+Enter saves"
        />
        <Group>
          <Button type="submit" loading={addNote.isPending}>
            Save note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeStatus({ record }: { record: CaseRecord }) {
  const [status, setStatus] = useState<CaseStatus>(record.status === 'open' ? 'awaiting_third_party' : 'open');
  const [outcome, setOutcome] = useState('');
  const [outcomeNote, setOutcomeNote] = useState('');
  const outcomes = useApiQuery('caseOutcomes.list', {});
  const change = useApiMutation('cases.changeStatus');
  const choices = CASE_STATUSES.filter((s) => s !== record.status);
  const chosen = choices.includes(status) ? status : choices[0]!;
  return (
    <form
      aria-label="Change status"
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate(
          { caseId: record.id, status: chosen, outcome, outcomeNote },
          {
            onSuccess: () => {
              setOutcome('');
              setOutcomeNote('');
              notifications.show({ message: `Case ${CASE_STATUS_LABELS[chosen].toLowerCase()}.` });
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          label="New status"
          value={chosen}
          data={choices.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }))}
          onChange={(e) => setStatus(e.currentTarget.value as CaseStatus)}
        />
        {chosen === 'closed' && (
          <>
            <NativeSelect
              label="Outcome"
              description="Counted in the office's reports; add more outcomes in Settings"
              value={outcome}
              data={[{ value: '', label: 'Choose the outcome…' }, ...(outcomes.data ?? [])]}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              error={fieldErrorsOf(change.error).outcome}
            />
            <Textarea
              label="Outcome note"
              description="What happened in the end, in your words"
              autosize
              minRows={2}
              value={outcomeNote}
              onChange={(e) => setOutcomeNote(e.currentTarget.value)}
              error={fieldErrorsOf(change.error).outcomeNote}
            />
          </>
        )}
        <Group>
          <Button type="submit" variant={chosen === 'closed' ? 'filled' : 'light'} loading={change.isPending}>
            {chosen === 'closed' ? 'Close case' : 'Change status'}
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(change.error)} />
      </Stack>
    </form>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function EditCase({ record, onDone }: { record: CaseRecord; onDone: () => void }) {
  const update = useApiMutation('cases.update');
  // The version the edit started from, kept as the form opened: a colleague's change meanwhile is not overwritten.
  const [startedFrom] = useState(record.version);
  return (
    <CaseForm
      initialValues={{
        title: record.title,
        description: record.description,
        category: record.category,
        priority: record.priority,
        assignee: record.assignee,
        openedOn: record.openedOn,
        dueOn: record.dueOn,
        campaignId: record.campaignId,
      }}
      openedOnEditable={false}
      submitLabel="Save changes"
      submitting={update.isPending}
      error={update.error}
      onCancel={onDone}
      onSubmit={({ openedOn: _openedOn, ...values }) =>
        update.mutate({ ...values, id: record.id, version: startedFrom }, { onSuccess: onDone })
      }
    />
  );
}

export function CaseDetailPage() {
  const id = Number(useParams().id);
  const detail = useApiQuery('cases.get', { id });
  const [editing, setEditing] = useState(false);
  const campaigns = useApiQuery('campaigns.list', {});
  if (detail.error) return <ErrorAlert error={detail.error} title="This case could not be loaded" />;
  if (!detail.data) return null;
  const { record, events } = detail.data;
  const campaignTitle = campaigns.data?.find((c) => c.id === record.campaignId)?.title;

  return (
    <Stack>
      <Group gap="sm">
        <Title order={1}>
          {record.reference}: {record.title}
        </Title>
        <Badge color={record.status === 'closed' ? 'gray' : 'indigo'} data-testid="case-status">
          {CASE_STATUS_LABELS[record.status]}
        </Badge>
        {record.overdue && <Badge color="red">Overdue</Badge>}
        <ExampleBadge show={record.isExample} />
      </Group>
      {editing ? (
        <Card withBorder>
          <EditCase record={record} onDone={() => setEditing(false)} />
        </Card>
      ) : (
        <Card withBorder>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Fact label="Constituent">
              <Anchor component={Link} to={`/constituents/${record.constituentId}`}>
                {record.constituentName}
              </Anchor>
            </Fact>
            <Fact label="Category">{CASE_CATEGORY_LABELS[record.category]}</Fact>
            <Fact label="Priority">{CASE_PRIORITY_LABELS[record.priority]}</Fact>
            <Fact label="Assigned to">{record.assignee || 'Nobody yet'}</Fact>
            <Fact label="Opened">{formatUkDate(record.openedOn)}</Fact>
            <Fact label="Due">{record.dueOn ? formatUkDate(record.dueOn) : '—'}</Fact>
            {record.closedOn && <Fact label="Closed">{formatUkDate(record.closedOn)}</Fact>}
            <Fact label="Consent to act">{consentText(record)}</Fact>
            {record.campaignId !== null && (
              <Fact label="Campaign">
                <Anchor component={Link} to={`/campaigns/${record.campaignId}`}>
                  {campaignTitle ?? 'Open the campaign'}
                </Anchor>
              </Fact>
            )}
            {record.outcome && (
              <Fact label="Outcome">
                {record.outcome}
                {record.outcomeNote && ` — ${record.outcomeNote}`}
              </Fact>
            )}
          </SimpleGrid>
          {record.description && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {record.description}
            </Text>
          )}
          <Group mt="md">
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              Edit details
            </Button>
            <RecordConsentButton record={record} />
          </Group>
        </Card>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <AddNote caseId={record.id} />
            <Title order={2} size="h3">
              Timeline
            </Title>
            <CaseTimeline events={events} />
            <Title order={2} size="h3">
              Correspondence
            </Title>
            <LetterDrafts caseId={record.id} />
            <CorrespondenceLog caseId={record.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <ChangeStatus key={record.status} record={record} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
