import { Button, Group, Modal, NativeSelect, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { oneCalendarMonthAfter } from '../../../../shared/calendarMonth';
import { SAR_CHANNEL_LABELS, SAR_CHANNELS } from '../../../../shared/contract/dataProtection';
import { formatUkDate } from '../../../../shared/dates';
import { useApiMutation } from '../../api/queries';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { UkDateField } from '../../components/UkDateField';
import { useMay } from '../staff/MeContext';

/** Logs a subject access request for the person on the page (administrators): when it came and how. */
export function LogSubjectAccessRequest({ constituentId, name }: { constituentId: number; name: string }) {
  const may = useMay();
  const today = useOfficeToday();
  const [opened, dialog] = useDisclosure(false);
  const [receivedOn, setReceivedOn] = useState(today);
  const [receivedBy, setReceivedBy] = useState<(typeof SAR_CHANNELS)[number]>('letter');
  const record = useApiMutation('subjectAccess.record');
  const fields = fieldErrorsOf(record.error);
  if (!may('subjectAccess.record')) return null;
  return (
    <>
      <Button variant="default" onClick={dialog.open}>
        Log a subject access request
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={`Subject access request from ${name}`}
        closeButtonProps={{ 'aria-label': 'Close without logging' }}
      >
        <form
          aria-label={`Subject access request from ${name}`}
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate(
              { constituentId, receivedOn, receivedBy },
              {
                onSuccess: () => {
                  dialog.close();
                  notifications.show({
                    message: `Logged: due by ${formatUkDate(oneCalendarMonthAfter(receivedOn))}.`,
                  });
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <UkDateField
              label="Received on"
              value={receivedOn}
              onChange={setReceivedOn}
              error={fields.receivedOn}
              required
              data-autofocus
            />
            <NativeSelect
              label="How it arrived"
              data={SAR_CHANNELS.map((value) => ({ value, label: SAR_CHANNEL_LABELS[value] }))}
              value={receivedBy}
              onChange={(e) => setReceivedBy(e.currentTarget.value as (typeof SAR_CHANNELS)[number])}
            />
            <ErrorAlert error={errorNotBesideFields(record.error)} title="The request was not logged" />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button type="submit" loading={record.isPending}>
                Log the request
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
