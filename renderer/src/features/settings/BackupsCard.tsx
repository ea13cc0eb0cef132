import { Alert, Button, Card, Group, PasswordInput, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiCallError } from '../../../../shared/contract/errors';
import { callDesktop } from '../../api/desktopCall';
import type { BackupInfo } from '../../../../shared/contract/backups';
import { formatUkDateTime } from '../../../../shared/dates';
import { formatFileSize } from '../../../../shared/fileSize';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useJob } from '../../api/useJob';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';

const TRIGGER_LABELS: Record<BackupInfo['trigger'], string> = {
  manual: 'Backed up by hand',
  daily: 'Daily',
  quit: 'On closing',
};

function PassphraseForm({ isSet }: { isSet: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const save = useApiMutation('backups.setPassphrase');
  const fields = fieldErrorsOf(save.error);
  return (
    <form
      aria-label="Backup passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { passphrase, confirm },
          {
            onSuccess: () => {
              setPassphrase('');
              setConfirm('');
              notifications.show({ message: 'Backups from now on are encrypted with the new passphrase.' });
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Text size="sm">
          {isSet
            ? 'Backups are encrypted (AES-256) with the office’s passphrase. Keep it somewhere safe away from this laptop: without it no backup can be restored. A new passphrase is used for backups made after it.'
            : 'Backups are not encrypted. Set a passphrase to encrypt every backup (AES-256); keep it somewhere safe away from this laptop.'}
        </Text>
        <Group align="flex-start">
          <PasswordInput
            label={isSet ? 'New passphrase' : 'Passphrase'}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={fields.passphrase}
            autoComplete="new-password"
            w={260}
          />
          <PasswordInput
            label="The same again"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={fields.confirm}
            autoComplete="new-password"
            w={260}
          />
        </Group>
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {isSet ? 'Change the passphrase' : 'Encrypt backups'}
          </Button>
        </Group>
        <ErrorAlert error={errorNotBesideFields(save.error)} title="The passphrase was not set" />
      </Stack>
    </form>
  );
}

function RestoreForm({ backup, onDone }: { backup: BackupInfo; onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const restore = useJob('backups.restore');
  const fields = fieldErrorsOf(restore.error);
  return (
    <form
      aria-label={`Restore the backup of ${formatUkDateTime(backup.createdAt)}`}
      onSubmit={(e) => {
        e.preventDefault();
        restore.mutate({ name: backup.name, passphrase }, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs">
        <Text size="sm">
          Restoring replaces everything with this backup of {formatUkDateTime(backup.createdAt)}. It is checked first
          (every file, SQLite’s integrity check, that it is Postbag’s); the data in use now is kept aside beside it,
          never deleted, and people erased since the backup are erased again.
        </Text>
        <Group align="flex-end">
          {backup.encrypted && (
            <PasswordInput
              label="The passphrase it was made with"
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={fields.passphrase}
              w={280}
              data-autofocus
            />
          )}
          <Button type="submit" color="orange" loading={restore.isPending}>
            Check and restore
          </Button>
        </Group>
        <JobProgress job={restore} label="Checking" />
        <ErrorAlert error={errorNotBesideFields(restore.error)} title="Nothing was restored" />
      </Stack>
    </form>
  );
}

/** A checked restore waiting for the next start; the desktop app can restart itself to finish it. */
function RestoreReady({ createdAt }: { createdAt: string }) {
  const restart = useMutation<unknown, ApiCallError>({
    mutationFn: () => callDesktop((bridge, session) => bridge.restartToRestore(session)),
  });
  return (
    <Alert color="orange" role="status" title="A restore is ready">
      <Stack gap="xs">
        <Text size="sm">
          The backup of {formatUkDateTime(createdAt)} has been checked.{' '}
          {window.postbag
            ? 'Restart Postbag to finish restoring it (a backup of the data in use is made as it closes).'
            : 'Stop the browser host and start it again to finish restoring it.'}
        </Text>
        {window.postbag && (
          <Group>
            <Button size="xs" loading={restart.isPending || restart.isSuccess} onClick={() => restart.mutate()}>
              Restart Postbag now
            </Button>
          </Group>
        )}
        <ErrorAlert error={restart.error} title="Postbag did not restart" />
      </Stack>
    </Alert>
  );
}

/** Solo mode's backups: the list, "Back up now", the passphrase and restoring; office mode's are the server's. */
export function BackupsCard() {
  const status = useApiQuery('backups.status', {});
  const backUp = useJob('backups.create');
  const [restoring, setRestoring] = useState<string | null>(null);
  const s = status.data;
  if (status.error) return <ErrorAlert error={status.error} title="The backups could not be listed" />;
  if (!s) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Backups
        </Title>
        {!s.available ? (
          <>
            <Text size="sm">
              In office mode the office database is backed up on its server with pg_dump, as the README shows — not by
              each laptop. A pg_dump leaves no trace Postbag can see: check its log on the server.
            </Text>
            {s.server?.failingSince ? (
              <Alert color="red" role="alert" title="The server’s archiving is failing">
                Since {formatUkDateTime(s.server.failingSince)} the server has failed to archive its write-ahead log, so
                its backups may be incomplete. Ask whoever looks after the server to check archive_command.
              </Alert>
            ) : s.server?.archiving ? (
              <Text size="sm">
                The server archives its write-ahead log
                {s.server.lastArchivedAt ? ` (last on ${formatUkDateTime(s.server.lastArchivedAt)}).` : '.'}
              </Text>
            ) : null}
          </>
        ) : (
          <>
            <Text size="sm">
              Postbag backs up by itself once a day while it runs and each time it closes, keeping one for each of the
              last 7 days and one for each of the 4 weeks before, in <code>{s.folder}</code>. Copy that folder to
              another disk now and then: a backup on the same laptop does not survive the laptop. A backup keeps people
              erased after it was made until it ages out.
            </Text>
            {s.problem && (
              <Alert color="red" role="alert" title={`The backup of ${formatUkDateTime(s.problem.at)} failed`}>
                {s.problem.message}
              </Alert>
            )}
            {s.restorePending && <RestoreReady createdAt={s.restorePending.createdAt} />}
            <Group>
              <Button
                loading={backUp.isPending}
                onClick={() =>
                  backUp.mutate(
                    { trigger: 'manual' },
                    {
                      onSuccess: (made) => {
                        void status.refetch();
                        notifications.show({
                          message: `Backed up: ${formatFileSize(made.sizeBytes)}${made.encrypted ? ', encrypted' : ''}.`,
                        });
                      },
                    },
                  )
                }
              >
                Back up now
              </Button>
            </Group>
            <JobProgress job={backUp} label="Backing up" />
            <ErrorAlert error={backUp.error} title="The backup was not made" />
            {s.backups.length === 0 ? (
              <Text size="sm">No backups yet.</Text>
            ) : (
              <Table striped withTableBorder aria-label="Backups">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Made</Table.Th>
                    <Table.Th>How</Table.Th>
                    <Table.Th ta="right">Size</Table.Th>
                    <Table.Th>Encrypted</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Restore</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.backups.map((backup) => (
                    <Table.Tr key={backup.name}>
                      <Table.Td>{formatUkDateTime(backup.createdAt)}</Table.Td>
                      <Table.Td>{TRIGGER_LABELS[backup.trigger]}</Table.Td>
                      <Table.Td ta="right">{formatFileSize(backup.sizeBytes)}</Table.Td>
                      <Table.Td>{backup.encrypted ? 'Yes' : 'No'}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setRestoring(restoring === backup.name ? null : backup.name)}
                          aria-expanded={restoring === backup.name}
                          aria-label={`Restore the backup of ${formatUkDateTime(backup.createdAt)}…`}
                        >
                          Restore…
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {restoring && (
              <RestoreForm
                key={restoring}
                backup={s.backups.find((b) => b.name === restoring)!}
                onDone={() => {
                  setRestoring(null);
                  void status.refetch();
                }}
              />
            )}
            <PassphraseForm isSet={s.passphraseSet} />
          </>
        )}
      </Stack>
    </Card>
  );
}
