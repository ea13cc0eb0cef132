import { Button, Group, Stack, Text, TextInput, Timeline } from '@mantine/core';
import { useState } from 'react';
import type { CampaignEvent } from '../../../../shared/contract/campaigns';
import { formatUkDate } from '../../../../shared/dates';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { useOfficeToday } from '../../api/useOfficeToday';
import { UkDateField } from '../../components/UkDateField';

export function CampaignTimeline({ events }: { events: CampaignEvent[] }) {
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label="Campaign timeline" active={events.length}>
      {events.map((event) => (
        <Timeline.Item key={event.id} title={`${formatUkDate(event.occurredOn)} · ${event.title}`}>
          {event.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {event.body}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

export function MilestoneForm({ campaignId }: { campaignId: number }) {
  const today = useOfficeToday();
  const [title, setTitle] = useState('');
  const [occurredOn, setOccurredOn] = useState(today);
  const add = useApiMutation('campaigns.addMilestone');
  const fields = fieldErrorsOf(add.error);
  return (
    <form
      aria-label="Add a milestone"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ campaignId, title, occurredOn }, { onSuccess: () => setTitle('') });
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput
            label="Milestone"
            placeholder="Uplift announced"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fields.title}
            style={{ flex: 1 }}
          />
          <UkDateField label="On" required value={occurredOn} onChange={setOccurredOn} error={fields.occurredOn} />
          <Button type="submit" variant="light" loading={add.isPending}>
            Add milestone
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(add.error)} />
      </Stack>
    </form>
  );
}
