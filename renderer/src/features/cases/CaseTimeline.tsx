import { Text, Timeline } from '@mantine/core';
import type { CaseEvent } from '../../../../shared/contract/cases';
import { formatUkDate, formatUkDateTime } from '../../../../shared/dates';
import {
  CASE_PRIORITY_LABELS,
  CASE_STATUS_LABELS,
  CASE_TRACKED_FIELD_LABELS,
  type CasePriority,
  type CaseTrackedField,
} from '../../../../shared/domain/enums';

/** A tracked field's value as the case page shows it. */
function shown(field: CaseTrackedField, value: string | null): string {
  if (!value) return field === 'assignee' ? 'nobody' : 'none';
  if (field === 'priority') return CASE_PRIORITY_LABELS[value as CasePriority] ?? value;
  if (field === 'dueOn') return formatUkDate(value);
  return value;
}

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
    case 'consent':
      return 'Consent to act';
    case 'changed':
      return `${CASE_TRACKED_FIELD_LABELS[event.field ?? 'priority']}: ${shown(event.field ?? 'priority', event.fromValue)} → ${shown(event.field ?? 'priority', event.toValue)}`;
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
