import { Button, Card, Code, List, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AppSettings } from '../../../../shared/contract/system';
import { useJob } from '../../api/useJob';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';

/**
 * Office mode: where the office database is. In solo mode an administrator can copy this office into
 * an empty office database; the file here stays as it was.
 */
export function OfficeDatabaseCard({ settings }: { settings: AppSettings }) {
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Office database
        </Title>
        {settings.officeDatabase ? (
          <>
            <Text size="sm">Everyone in the office works on one PostgreSQL database:</Text>
            <Code block>{settings.officeDatabase}</Code>
            <Text size="sm">Back it up on the server with pg_dump (see the README).</Text>
          </>
        ) : (
          <MoveToOfficeDatabase settings={settings} />
        )}
      </Stack>
    </Card>
  );
}

function MoveToOfficeDatabase({ settings }: { settings: AppSettings }) {
  const [url, setUrl] = useState('');
  const move = useJob('office.moveToServer');
  const start = settings.hostKind === 'browser' ? 'npm run serve -- --database' : 'Postbag with that database';
  return (
    <form
      aria-label="Move this office to the office database"
      onSubmit={(e) => {
        e.preventDefault();
        move.mutate({ url });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          This office works on one laptop. To share it with colleagues on other laptops, copy everything into an empty
          PostgreSQL database on the office’s server (set up as the README says). Nothing here changes: until Postbag is
          started on the office database, this laptop carries on with its file.
        </Text>
        <PasswordInput
          label="Connection string"
          description="postgres://postbag:password@server/postbag (the password is used for the copy, not kept)"
          autoComplete="off"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={fieldErrorsOf(move.error).url}
          maw={560}
        />
        <Button type="submit" loading={move.isPending} w="fit-content">
          Move this office’s data to the office database
        </Button>
        <JobProgress job={move} label="Copying" />
        <ErrorAlert error={errorNotBesideFields(move.error)} title="Nothing was moved" />
        {move.data && (
          <Stack gap={4} role="status">
            <Text size="sm" fw={600}>
              Copied to {move.data.database}, every table counted on both sides:
            </Text>
            <List size="sm">
              {move.data.tables
                .filter((table) => table.rows > 0)
                .map((table) => (
                  <List.Item key={table.table}>
                    {table.table.replaceAll('_', ' ')}: {table.rows.toLocaleString('en-GB')}
                  </List.Item>
                ))}
            </List>
            <Text size="sm">
              Now stop Postbag here and start {start} (the same connection string) on every laptop; keep this laptop’s
              file as a backup.
            </Text>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
