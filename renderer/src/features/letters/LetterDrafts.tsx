import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatUkDateTime } from '../../../../shared/dates';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Letters being written about this case, saved as they were typed: reopen one, or discard it. */
export function LetterDrafts({ caseId }: { caseId: number }) {
  const drafts = useApiQuery('letters.drafts', { caseId });
  const discard = useApiMutation('letters.discardDraft');
  if (!drafts.data || drafts.data.length === 0) return <ErrorAlert error={drafts.error} />;
  return (
    <>
      <List aria-label="Letters in draft" size="sm" spacing={4}>
        {drafts.data.map((draft) => (
          <List.Item key={draft.id}>
            <Group gap="xs">
              <Anchor component={Link} to={`/letters/new?draftId=${draft.id}`}>
                {draft.subject || 'Untitled letter'}
              </Anchor>
              <Text size="xs" c="dimmed">
                {draft.organisationName ? `to ${draft.organisationName}, ` : ''}saved{' '}
                {formatUkDateTime(draft.updatedAt)} by {draft.updatedBy}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={`Discard the draft “${draft.subject || 'Untitled letter'}”`}
                onClick={() => discard.mutate({ id: draft.id })}
              >
                Discard
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
      <ErrorAlert error={discard.error} />
    </>
  );
}
