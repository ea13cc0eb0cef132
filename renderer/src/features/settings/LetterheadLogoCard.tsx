import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileUploadField } from '../../components/FileUploadField';
import { LetterheadLogoImage } from '../letters/LetterheadLogoImage';

/** The logo at the top of every letter: a PNG or JPEG of up to 1 MB. */
export function LetterheadLogoCard() {
  const current = useApiQuery('letterhead.logo', {});
  const set = useApiMutation('letterhead.setLogo');
  const remove = useApiMutation('letterhead.removeLogo');
  const logo = current.data?.logo;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Letterhead logo
        </Title>
        {logo ? (
          <Group>
            <LetterheadLogoImage logo={logo} />
            <Button variant="default" size="xs" loading={remove.isPending} onClick={() => remove.mutate({})}>
              Remove logo
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No logo: letters start with the MP’s name.
          </Text>
        )}
        <FileUploadField
          label={logo ? 'Replace the logo (PNG or JPEG, up to 1 MB)' : 'Add a logo (PNG or JPEG, up to 1 MB)'}
          accept="image/png,image/jpeg"
          disabled={set.isPending}
          onFile={(file) => file && set.mutate({ stagedFileId: file.stagedFileId })}
        />
        <ErrorAlert error={current.error ?? set.error ?? remove.error} title="The logo was not changed" />
      </Stack>
    </Card>
  );
}
