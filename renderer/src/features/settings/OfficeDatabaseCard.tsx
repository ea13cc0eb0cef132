import {
  Button,
  Card,
  Code,
  Group,
  List,
  NativeSelect,
  NumberInput,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  OFFICE_TLS_LABELS,
  OFFICE_TLS_MODES,
  type OfficeConnection,
  type OfficeConnectionCheck,
  type OfficeTlsMode,
} from '../../../../shared/contract/officeDatabase';
import { ApiCallError } from '../../../../shared/contract/errors';
import type { AppSettings } from '../../../../shared/contract/system';
import { callDesktop } from '../../api/desktopCall';
import { useApiMutation } from '../../api/queries';
import { useJob } from '../../api/useJob';
import { ErrorAlert, errorNotBesideFields, fieldErrorsOf } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';

const TLS_OPTIONS = OFFICE_TLS_MODES.map((mode) => ({ value: mode, label: OFFICE_TLS_LABELS[mode] }));

const NEW_CONNECTION: OfficeConnection = {
  host: '',
  port: 5432,
  database: 'postbag',
  user: 'postbag',
  password: '',
  tls: 'verified',
};

/**
 * Office mode: where the office database is. An administrator fills in the server's details, tests
 * them, and (solo) copies this office into an empty office database, or (desktop) connects this
 * laptop to it — the password then kept with the computer's keychain.
 */
export function OfficeDatabaseCard({ settings }: { settings: AppSettings }) {
  const desktop = window.postbag;
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
          <Text size="sm">
            This office works on one laptop. To share it with colleagues on other laptops, ask whoever looks after the
            office’s server for an empty PostgreSQL database (set up as the README says), then copy everything into it.
            Nothing here changes: this laptop carries on with its own file until it is connected.
          </Text>
        )}
        {(desktop || !settings.officeDatabase) && <OfficeConnectionForm settings={settings} />}
      </Stack>
    </Card>
  );
}

function OfficeConnectionForm({ settings }: { settings: AppSettings }) {
  const [connection, setConnection] = useState<OfficeConnection>(NEW_CONNECTION);
  const test = useApiMutation('office.testConnection');
  const move = useJob('office.moveToServer');
  const connect = useConnectThisLaptop();
  const change = (part: Partial<OfficeConnection>) => {
    setConnection((current) => ({ ...current, ...part }));
    test.reset();
  };
  const failed = connect.error ?? move.error ?? test.error;
  const fieldErrors = fieldErrorsOf(failed);
  const busy = test.isPending || move.isPending || connect.isPending || connect.isSuccess;
  return (
    <form
      aria-label="Office database connection"
      onSubmit={(e) => {
        e.preventDefault();
        move.reset();
        connect.reset();
        test.mutate(connection);
      }}
    >
      <Stack gap="sm" maw={560}>
        <Group grow align="flex-start">
          <TextInput
            label="Server"
            description="Its name or address on the office network"
            required
            autoComplete="off"
            value={connection.host}
            onChange={(e) => change({ host: e.currentTarget.value })}
            error={fieldErrors.host}
          />
          <NumberInput
            label="Port"
            description="Usually 5432"
            required
            min={1}
            max={65535}
            allowDecimal={false}
            allowNegative={false}
            value={connection.port}
            onChange={(value) => change({ port: typeof value === 'number' ? value : Number.NaN })}
            error={fieldErrors.port}
            maw={140}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="Database"
            required
            autoComplete="off"
            value={connection.database}
            onChange={(e) => change({ database: e.currentTarget.value })}
            error={fieldErrors.database}
          />
          <TextInput
            label="User name"
            required
            autoComplete="off"
            value={connection.user}
            onChange={(e) => change({ user: e.currentTarget.value })}
            error={fieldErrors.user}
          />
        </Group>
        <PasswordInput
          label="Password"
          description={
            window.postbag
              ? 'Kept with this computer’s keychain when you connect, never in the clear'
              : 'Used for the test and the copy, not kept'
          }
          autoComplete="new-password"
          value={connection.password}
          onChange={(e) => change({ password: e.currentTarget.value })}
          error={fieldErrors.password}
        />
        <NativeSelect
          label="Encryption (TLS)"
          data={TLS_OPTIONS}
          value={connection.tls}
          onChange={(e) => change({ tls: e.currentTarget.value as OfficeTlsMode })}
          error={fieldErrors.tls}
        />
        <Group>
          <Button type="submit" variant="default" loading={test.isPending} disabled={busy && !test.isPending}>
            Test connection
          </Button>
          {!settings.officeDatabase && (
            <Button
              loading={move.isPending}
              disabled={busy && !move.isPending}
              onClick={() => {
                test.reset();
                connect.reset();
                move.mutate(connection);
              }}
            >
              Move this office’s data to the office database
            </Button>
          )}
          {window.postbag && (
            <Button
              variant={settings.officeDatabase ? 'filled' : 'default'}
              loading={connect.isPending}
              disabled={busy && !connect.isPending}
              onClick={() => {
                test.reset();
                move.reset();
                connect.mutate(connection);
              }}
            >
              Connect this laptop
            </Button>
          )}
        </Group>
        <JobProgress job={move} label="Copying" />
        <ErrorAlert error={errorNotBesideFields(failed)} title="That did not work" />
        {test.data && <ConnectionFound check={test.data} />}
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
              {window.postbag
                ? 'Now connect this laptop and every colleague’s to it (Connect this laptop); keep this laptop’s file as a backup.'
                : 'Now stop Postbag here and start npm run serve -- --database postgres://… (the same details) on every laptop; keep this laptop’s file as a backup.'}
            </Text>
          </Stack>
        )}
        {connect.isSuccess && (
          <Text size="sm" role="status" fw={600}>
            Connected to {connect.data.database}. Postbag is restarting to work on the office database…
          </Text>
        )}
      </Stack>
    </form>
  );
}

function ConnectionFound({ check }: { check: OfficeConnectionCheck }) {
  const holds =
    check.holds === 'empty'
      ? 'It is empty: ready for this office’s data.'
      : check.holds === 'postbag'
        ? `It holds an office’s Postbag data: ${check.staff ?? 0} staff, ${(check.cases ?? 0).toLocaleString('en-GB')} cases.`
        : 'It holds tables that are not Postbag’s: ask whoever looks after the server for a database of Postbag’s own.';
  return (
    <Text size="sm" role="status">
      Connected to {check.database} (PostgreSQL {check.serverVersion}). {holds}
    </Text>
  );
}

/** Desktop: the main process checks the connection through the backend, keeps it, and restarts on it. */
function useConnectThisLaptop() {
  return useMutation<OfficeConnectionCheck, ApiCallError, OfficeConnection>({
    mutationFn: (connection) =>
      callDesktop<OfficeConnectionCheck>((bridge, session) => bridge.connectOfficeDatabase(connection, session)),
  });
}
