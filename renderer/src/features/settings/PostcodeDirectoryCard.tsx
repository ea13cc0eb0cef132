import { Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileUploadField, type ChosenFile } from '../../components/FileUploadField';
import { countOf } from '../../../../shared/plural';

/** The ONS Postcode Directory extract that turns signers' postcodes into wards. */
export function PostcodeDirectoryCard() {
  const status = useApiQuery('postcodes.status', {});
  const load = useApiMutation('postcodes.importDirectory');
  const choose = (file: ChosenFile | null) =>
    file &&
    load.mutate(
      { fileName: file.name, contentBase64: file.contentBase64 },
      {
        onSuccess: (r) =>
          notifications.show({
            message: `Postcode directory loaded: ${countOf(r.postcodes, 'postcode')} in ${countOf(r.wards, 'ward')}${r.skipped ? ` (${countOf(r.skipped, 'row')} without a postcode or ward skipped)` : ''}.`,
          }),
      },
    );
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Postcode directory (wards)
        </Title>
        <Text size="sm" data-testid="postcode-directory-status">
          {status.data && status.data.postcodes > 0
            ? `${countOf(status.data.postcodes, 'postcode')} in ${countOf(status.data.wards, 'ward')}.`
            : 'None loaded: campaign signatures are grouped by postcode district until you load one.'}
        </Text>
        <Text size="sm" c="dimmed">
          An extract of the ONS Postcode Directory as CSV, with the columns pcds (postcode) and osward (ward code); pcon
          and a ward-name column (such as wd23nm) are used when present. Loading a file replaces the previous one.
        </Text>
        <FileUploadField
          label="Load a postcode directory extract (CSV)"
          accept=".csv,text/csv"
          onFile={choose}
          disabled={load.isPending}
        />
        <ErrorAlert error={load.error} title="The postcode directory was not loaded" />
      </Stack>
    </Card>
  );
}
