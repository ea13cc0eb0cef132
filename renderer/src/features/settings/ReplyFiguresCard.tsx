import { Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { PUBLISHED_FIGURES_SOURCE } from '../../../../shared/contract/replyFigures';
import { countOf } from '../../../../shared/plural';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useOfficeToday } from '../../api/useOfficeToday';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { FileUploadField } from '../../components/FileUploadField';

/** The Cabinet Office's yearly reply figures the Reports page sets beside each department: shipped, or a newer table. */
export function ReplyFiguresCard() {
  const status = useApiQuery('replyFigures.status', {});
  const load = useApiMutation('replyFigures.import');
  const [year, setYear] = useState<number | string>(Number(useOfficeToday().slice(0, 4)) - 1);
  const fields = fieldErrorsOf(load.error);
  const figures = status.data;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Government reply figures
        </Title>
        {figures && (
          <Text size="sm" data-testid="reply-figures-status">
            {figures.origin === 'bundled' ? 'Shipped with Postbag' : 'Loaded by the office'}:{' '}
            {PUBLISHED_FIGURES_SOURCE(figures.year)},{' '}
            {countOf(figures.departments.length, 'department or agency', 'departments and agencies')}
            {figures.total?.withinTwentyDaysPercent != null &&
              `; across government ${figures.total.withinTwentyDaysPercent}% answered within 20 working days`}
            . Reports show each department’s figure beside the office’s own.
          </Text>
        )}
        {figures?.note && (
          <Text size="sm" c="dimmed">
            {figures.note}
          </Text>
        )}
        <Text size="sm">
          To load a newer year, open the table on GOV.UK (“Data on responses to correspondence from MPs and Peers”),
          save it as CSV, give its year and choose the file.
        </Text>
        <Group align="flex-end">
          <NumberInput
            label="Year the figures cover"
            min={2010}
            max={2100}
            allowDecimal={false}
            value={year}
            onChange={setYear}
            error={fields.year}
            w={180}
          />
          <FileUploadField
            label="Table saved as CSV"
            accept=".csv,text/csv"
            disabled={load.isPending}
            onFile={(file) =>
              file &&
              load.mutate(
                { stagedFileId: file.stagedFileId, year: Number(year) },
                {
                  onSuccess: (loaded) =>
                    notifications.show({
                      message: `Reply figures for ${loaded.year} loaded: ${countOf(loaded.departments.length, 'department or agency', 'departments and agencies')}.`,
                    }),
                },
              )
            }
          />
        </Group>
        <ErrorAlert error={errorNotBesideFields(load.error)} title="The reply figures were not changed" />
      </Stack>
    </Card>
  );
}
