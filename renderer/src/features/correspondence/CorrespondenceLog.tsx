import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CorrespondenceItem } from '../../../../shared/contract/correspondence';
import { formatUkDate } from '../../../../shared/dates';
import {
  CORRESPONDENCE_CHANNELS,
  CORRESPONDENCE_CHANNEL_LABELS,
  type CorrespondenceChannel,
} from '../../../../shared/domain/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { Attachments } from './Attachments';
import { useOfficeToday } from '../../api/useOfficeToday';
import { UkDateField } from '../../components/UkDateField';

/** A chaser keeps the chased letter's case, campaign and organisation, so it is filed beside it. */
function chaserDraftPath(item: CorrespondenceItem): string {
  const params = new URLSearchParams({ previousId: String(item.id), purpose: 'chaser' });
  for (const key of ['caseId', 'campaignId', 'organisationId'] as const) {
    if (item[key] !== null) params.set(key, String(item[key]));
  }
  return `/letters/new?${params}`;
}

/** How a letter or contact went: letter, e-mail, phone note, visit, surgery. */
function ChannelSelect(props: {
  label: string;
  value: CorrespondenceChannel;
  onChange: (channel: CorrespondenceChannel) => void;
}) {
  return (
    <NativeSelect
      label={props.label}
      value={props.value}
      data={CORRESPONDENCE_CHANNELS.map((c) => ({ value: c, label: CORRESPONDENCE_CHANNEL_LABELS[c] }))}
      onChange={(e) => props.onChange(e.currentTarget.value as CorrespondenceChannel)}
    />
  );
}

function ReplyStatus({ item }: { item: CorrespondenceItem }) {
  if (item.direction === 'in') return <Text size="sm">{item.isHolding ? 'Holding reply' : 'Received'}</Text>;
  if (item.replyState === 'replied') {
    return (
      <Text size="sm">
        Replied {formatUkDate(item.repliedOn)} ({item.responseWorkingDays} working days)
      </Text>
    );
  }
  if (item.replyState === 'awaiting') {
    return (
      <Badge color={item.overdue ? 'red' : 'blue'} variant="light">
        {item.overdue ? 'Overdue since' : 'Reply due'} {formatUkDate(item.replyDueOn)}
      </Badge>
    );
  }
  return <Text size="sm">No reply expected</Text>;
}

function RecordReplyForm({ item, onDone }: { item: CorrespondenceItem; onDone: () => void }) {
  const today = useOfficeToday();
  const [values, setValues] = useState({
    subject: `Re: ${item.subject}`,
    receivedOn: today,
    theirReference: '',
    holding: false,
    newDueOn: '',
  });
  const record = useApiMutation('correspondence.recordIncoming');
  const fields = fieldErrorsOf(record.error);
  return (
    <form
      aria-label={`Record the reply to ${item.subject}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(
          { inReplyTo: item.id, channel: 'letter', ...values, newDueOn: values.holding ? values.newDueOn : '' },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput
            label="Reply subject"
            autoFocus
            value={values.subject}
            onChange={(e) => setValues({ ...values, subject: e.currentTarget.value })}
            error={fields.subject}
            style={{ flex: 1 }}
          />
          <UkDateField
            label="Received on"
            required
            value={values.receivedOn}
            onChange={(receivedOn) => setValues({ ...values, receivedOn })}
            error={fields.receivedOn}
          />
          <TextInput
            label="Their reference"
            value={values.theirReference}
            onChange={(e) => setValues({ ...values, theirReference: e.currentTarget.value })}
            error={fields.theirReference}
            w={160}
          />
        </Group>
        <Group align="flex-end">
          <Checkbox
            label="Holding reply (keeps the wait open)"
            checked={values.holding}
            onChange={(e) => setValues({ ...values, holding: e.currentTarget.checked })}
          />
          {values.holding && (
            <UkDateField
              label="New date promised"
              value={values.newDueOn}
              onChange={(newDueOn) => setValues({ ...values, newDueOn })}
              error={fields.newDueOn}
            />
          )}
          <Button type="submit" size="xs" loading={record.isPending}>
            Save reply
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(record.error)} />
      </Stack>
    </form>
  );
}

/** Letters and emails both ways, with each wait for a reply. */
export function CorrespondenceTable({
  items,
  showLinks = false,
}: {
  items: CorrespondenceItem[];
  showLinks?: boolean;
}) {
  const [replyingTo, setReplyingTo] = useState<number | null>(null);
  // When the reply form closes (saved, cancelled, Escape), focus goes back to the button that opened it.
  const returnFocusTo = useRef<number | null>(null);
  const closeReply = () => {
    returnFocusTo.current = replyingTo;
    setReplyingTo(null);
  };
  if (items.length === 0) return <Text c="dimmed">No correspondence yet.</Text>;
  return (
    <Table aria-label="Correspondence" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Way</Table.Th>
          <Table.Th>With</Table.Th>
          <Table.Th>Subject</Table.Th>
          <Table.Th>Reply</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>{formatUkDate(item.datedOn)}</Table.Td>
            <Table.Td>
              {item.direction === 'out' ? 'Sent' : 'Received'} · {CORRESPONDENCE_CHANNEL_LABELS[item.channel]}
            </Table.Td>
            <Table.Td>
              {item.organisationId ? (
                <Anchor component={Link} to={`/organisations/${item.organisationId}`}>
                  {item.organisationName}
                </Anchor>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>
              {item.subject}
              {item.theirReference && (
                <Text size="xs" c="dimmed">
                  Their ref: {item.theirReference}
                </Text>
              )}
              {showLinks && item.caseId && (
                <Text size="xs">
                  <Anchor component={Link} to={`/cases/${item.caseId}`}>
                    {item.ourReference || 'Case'}
                  </Anchor>
                </Text>
              )}
              {showLinks && !item.caseId && item.campaignId && (
                <Text size="xs">
                  <Anchor component={Link} to={`/campaigns/${item.campaignId}`}>
                    Campaign
                  </Anchor>
                </Text>
              )}
              {item.direction === 'out' && item.channel === 'letter' && item.body && (
                <Text size="xs">
                  <Anchor
                    component={Link}
                    to={`/letters/sent/${item.id}`}
                    aria-label={`View the letter as sent: ${item.subject}`}
                  >
                    View the letter as sent
                  </Anchor>
                </Text>
              )}
              <Attachments item={item} />
              {replyingTo === item.id && <RecordReplyForm item={item} onDone={closeReply} />}
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <ReplyStatus item={item} />
                {item.overdue && (
                  <Button
                    component={Link}
                    to={chaserDraftPath(item)}
                    size="compact-xs"
                    variant="light"
                    color="red"
                    aria-label={`Draft chaser for ${item.subject}`}
                  >
                    Draft chaser
                  </Button>
                )}
                {item.replyState === 'awaiting' && replyingTo !== item.id && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setReplyingTo(item.id)}
                    aria-label={`Record reply to ${item.subject}`}
                    ref={(button) => {
                      if (button && returnFocusTo.current === item.id) {
                        returnFocusTo.current = null;
                        button.focus();
                      }
                    }}
                  >
                    Record reply
                  </Button>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RecordOutgoingForm({ links }: { links: LogLinks }) {
  const today = useOfficeToday();
  const organisations = useApiQuery('organisations.list', {});
  const record = useApiMutation('correspondence.recordOutgoing');
  const [values, setValues] = useState({
    organisationId: '',
    channel: 'letter' as CorrespondenceChannel,
    subject: '',
    sentOn: today,
    expectsReply: true,
  });
  const fields = fieldErrorsOf(record.error);
  return (
    <form
      aria-label="Record a letter sent"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(
          { ...links, ...values, organisationId: values.organisationId ? Number(values.organisationId) : null },
          { onSuccess: () => setValues({ ...values, subject: '' }) },
        );
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <NativeSelect
            label="To"
            value={values.organisationId}
            data={[
              { value: '', label: '— no organisation —' },
              ...(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name })),
            ]}
            onChange={(e) => setValues({ ...values, organisationId: e.currentTarget.value })}
          />
          <ChannelSelect label="As" value={values.channel} onChange={(channel) => setValues({ ...values, channel })} />
          <UkDateField
            label="Sent on"
            required
            value={values.sentOn}
            onChange={(sentOn) => setValues({ ...values, sentOn })}
            error={fields.sentOn}
          />
        </Group>
        <TextInput
          label="Subject"
          value={values.subject}
          onChange={(e) => setValues({ ...values, subject: e.currentTarget.value })}
          error={fields.subject}
        />
        <Group>
          <Checkbox
            label="Expect a reply (due by the organisation’s target)"
            checked={values.expectsReply}
            onChange={(e) => setValues({ ...values, expectsReply: e.currentTarget.checked })}
          />
          <Button type="submit" size="xs" loading={record.isPending}>
            Record letter sent
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(record.error)} />
      </Stack>
    </form>
  );
}

type LogLinks = { caseId?: number; campaignId?: number; constituentId?: number };

/** Something that came in unprompted — a letter, an e-mail, a call, a visit — filed on this record. */
function RecordReceivedForm({ links }: { links: LogLinks }) {
  const today = useOfficeToday();
  const blank = { channel: 'letter' as CorrespondenceChannel, receivedOn: today, subject: '', body: '' };
  const [values, setValues] = useState(blank);
  const record = useApiMutation('correspondence.recordIncoming');
  const fields = fieldErrorsOf(record.error);
  return (
    <form
      aria-label="Record something received"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({ ...links, ...values }, { onSuccess: () => setValues({ ...blank, channel: values.channel }) });
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <ChannelSelect
            label="Received as"
            value={values.channel}
            onChange={(channel) => setValues({ ...values, channel })}
          />
          <UkDateField
            label="Received on"
            required
            value={values.receivedOn}
            onChange={(receivedOn) => setValues({ ...values, receivedOn })}
            error={fields.receivedOn}
          />
        </Group>
        <TextInput
          label="About"
          value={values.subject}
          onChange={(e) => setValues({ ...values, subject: e.currentTarget.value })}
          error={fields.subject}
        />
        <Textarea
          label="What it said"
          autosize
          minRows={2}
          value={values.body}
          onChange={(e) => setValues({ ...values, body: e.currentTarget.value })}
          error={fields.body}
        />
        <Group>
          <Button type="submit" size="xs" loading={record.isPending}>
            Record it received
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(record.error)} />
      </Stack>
    </form>
  );
}

function draftPath(links: LogLinks): string {
  if (links.caseId) return `/letters/new?caseId=${links.caseId}`;
  if (links.campaignId) return `/letters/new?campaignId=${links.campaignId}`;
  return '/letters/new';
}

/** The correspondence of one case, campaign or constituent, with forms to record a letter sent or something received. */
export function CorrespondenceLog(links: LogLinks) {
  const items = useApiQuery('correspondence.list', links);
  return (
    <Stack gap="sm">
      <ErrorAlert error={items.error} />
      {items.data && <CorrespondenceTable items={items.data} />}
      {links.constituentId === undefined && (
        <Group>
          <Button component={Link} to={draftPath(links)} size="xs">
            Draft a letter
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RecordOutgoingForm links={links} />
        <RecordReceivedForm links={links} />
      </SimpleGrid>
    </Stack>
  );
}
