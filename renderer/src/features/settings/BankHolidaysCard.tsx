import { Card, FileInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readFileAsBase64 } from '../../components/files';

/** The bank holidays reply targets skip: the bundled list, or a newer official file. */
export function BankHolidaysCard() {
  const status = useApiQuery('bankHolidays.status', {});
  const load = useApiMutation('bankHolidays.import');
  const [readError, setReadError] = useState<unknown>(null);
  const choose = async (file: File | null) => {
    setReadError(null);
    if (!file) return;
    try {
      load.mutate(
        { contentBase64: await readFileAsBase64(file) },
        {
          onSuccess: (s) => notifications.show({ message: `Bank holidays loaded, up to ${formatUkDate(s.lastDate)}.` }),
        },
      );
    } catch (error) {
      setReadError(error);
    }
  };
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
        <FileInput
          label="Load a newer list (bank-holidays.json from GOV.UK)"
          placeholder="Choose a file"
          accept=".json,application/json"
          onChange={choose}
          maw={420}
          disabled={load.isPending}
        />
        <ErrorAlert error={readError ?? load.error} title="The bank holiday list was not changed" />
      </Stack>
    </Card>
  );
}
