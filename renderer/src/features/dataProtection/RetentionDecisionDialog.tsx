import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { KEEP_FOR_MONTHS, type RetentionKind } from '../../../../shared/contract/retention';
import { countOf } from '../../../../shared/plural';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';

type KeepFor = (typeof KEEP_FOR_MONTHS)[number];

/** Erase or keep the chosen records, with a reason (and, to keep, until when). */
export function RetentionDecisionDialog({
  decision,
  items,
  onClose,
  onDone,
}: {
  decision: 'erase' | 'keep' | null;
  items: { kind: RetentionKind; id: number }[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const [keepForMonths, setKeepForMonths] = useState<KeepFor>(12);
  const decide = useApiMutation('retention.decide', {
    onSuccess: (outcome) => {
      notifications.show({
        message:
          outcome.erased > 0
            ? `${countOf(outcome.erased, 'record')} erased.`
            : `${countOf(outcome.kept, 'record')} kept; they come up again in ${keepForMonths} months.`,
      });
      setReason('');
      onDone();
    },
  });
  const fields = fieldErrorsOf(decide.error);
  const title =
    decision === 'erase' ? `Erase ${countOf(items.length, 'record')}` : `Keep ${countOf(items.length, 'record')}`;
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': 'Close without deciding' }}
    >
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          if (decision) decide.mutate({ items, decision, reason, keepForMonths });
        }}
      >
        <Stack gap="sm">
          {decision === 'erase' && (
            <Text size="sm">
              This cannot be undone: cases go with their notes, letters, replies, drafts and files; people with
              everything held about them; campaigns keep their signatures counted by postcode without names, e-mails,
              addresses or comments. Backups keep a copy until they age out.
            </Text>
          )}
          <Textarea
            label="Reason"
            description={
              decision === 'erase'
                ? 'Without personal details, e.g. “Retention schedule: no further action”'
                : 'Without personal details, e.g. “Complaint to the Ombudsman still open”'
            }
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fields.reason}
            required
            autosize
            minRows={2}
            data-autofocus
          />
          {decision === 'keep' && (
            <NativeSelect
              label="Review again in"
              data={KEEP_FOR_MONTHS.map((months) => ({ value: String(months), label: `${months} months` }))}
              value={String(keepForMonths)}
              onChange={(e) => setKeepForMonths(Number(e.currentTarget.value) as KeepFor)}
            />
          )}
          <ErrorAlert error={errorNotBesideFields(decide.error)} title="Nothing was changed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={decision === 'erase' ? 'red' : undefined} loading={decide.isPending}>
              {decision === 'erase' ? 'Erase permanently' : 'Keep'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
