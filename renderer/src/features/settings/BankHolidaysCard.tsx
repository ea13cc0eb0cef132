import { Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatUkDate } from '../../../../shared/dates';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileUploadField } from '../../components/FileUploadField';

/** The bank holidays reply targets skip: the bundled list, or a newer official file. */
export function BankHolidaysCard() {
  const status = useApiQuery('bankHolidays.status', {});
  const load = useApiMutation('bankHolidays.import');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Bank holidays (England and Wales)
        </Title>
        {status.data && (
          <Text size="sm" data-testid="bank-holiday-status">
            {status.data.source === 'bundled' ? 'The list shipped with Postbag' : 'A list loaded by the office'}:{' '}
            {status.data.count} bank holidays, up to {formatUkDate(status.data.lastDate)}. Reply due dates skip them.
          </Text>
        )}
        <FileUploadField
          label="Load a newer list (bank-holidays.json from GOV.UK)"
          accept=".json,application/json"
          disabled={load.isPending}
          onFile={(file) =>
            file &&
            load.mutate(
              { stagedFileId: file.stagedFileId },
              {
                onSuccess: (s) =>
                  notifications.show({ message: `Bank holidays loaded, up to ${formatUkDate(s.lastDate)}.` }),
              },
            )
          }
        />
        <ErrorAlert error={load.error} title="The bank holiday list was not changed" />
      </Stack>
    </Card>
  );
}
