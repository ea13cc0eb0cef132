import { Text, Timeline } from '@mantine/core';
import type { CaseEvent } from '../../../../shared/contract/cases';
import { formatUkDateTime } from '../../../../shared/dates';
import { CASE_STATUS_LABELS } from '../../../../shared/domain/enums';

function describe(event: CaseEvent): string {
  switch (event.kind) {
    case 'opened':
      return 'Case opened';
    case 'note':
      return 'Note';
    case 'closed':
      return 'Case closed';
    case 'reopened':
      return `Reopened as ${CASE_STATUS_LABELS[event.toStatus ?? 'open'].toLowerCase()}`;
    case 'status_changed':
      return `Status: ${CASE_STATUS_LABELS[event.fromStatus ?? 'open']} → ${CASE_STATUS_LABELS[event.toStatus ?? 'open']}`;
  }
}

export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label="Case timeline">
      {events.map((event) => (
        <Timeline.Item key={event.id} title={describe(event)}>
          {event.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {event.kind === 'closed' ? `Outcome: ${event.body}` : event.body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {event.actor}, {formatUkDateTime(event.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
