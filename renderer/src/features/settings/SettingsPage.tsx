import { Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AppSettings } from '../../../../shared/contract/system';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert, fieldErrorsOf } from '../../components/ErrorAlert';
import { PostcodeDirectoryCard } from './PostcodeDirectoryCard';

function StaffNameForm({ settings }: { settings: AppSettings }) {
  const [name, setName] = useState(settings.staffName);
  const update = useApiMutation('settings.update');
  return (
    <form
      aria-label="Your name"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ staffName: name }, { onSuccess: () => notifications.show({ message: 'Your name is saved.' }) });
      }}
    >
      <Group align="flex-end">
        <TextInput
          label="Your name"
          description="Shown on notes, status changes and the audit trail"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrorsOf(update.error).staffName}
          w={320}
        />
        <Button type="submit" loading={update.isPending}>
          Save
        </Button>
      </Group>
    </form>
  );
}

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  if (settings.error) return <ErrorAlert error={settings.error} title="Settings could not load" />;
  if (!settings.data) return null;
  const s = settings.data;
  return (
    <Stack>
      <Title order={1}>Settings</Title>
      <Card withBorder>
        <StaffNameForm settings={s} />
      </Card>
      <PostcodeDirectoryCard />
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Data
          </Title>
          <Text size="sm">All of the office’s records are in this one file:</Text>
          <Code block data-testid="data-file">
            {s.dataFile}
          </Code>
          <Text size="sm">
            To back it up, close Postbag{s.hostKind === 'browser' ? ' (stop npm run serve)' : ''} and copy the file,
            with any files beside it whose names end in -wal or -shm, to a safe, encrypted place.
          </Text>
          <Text size="sm" c="dimmed">
            Postbag {s.appVersion} · data format version {s.schemaVersion} · running{' '}
            {s.hostKind === 'desktop' ? 'as a desktop app' : 'in a browser'}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
