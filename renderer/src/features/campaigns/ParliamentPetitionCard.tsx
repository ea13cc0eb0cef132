import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ConstituencyMatch, ParliamentPetition } from '../../../../shared/contract/parliamentPetitions';
import { formatUkDate, formatUkDateTime } from '../../../../shared/dates';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileUploadField } from '../../components/FileUploadField';
import { countOf } from '../../../../shared/plural';

const ordinal = (n: number) => {
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n.toLocaleString('en-GB')}${suffix}`;
};

export function ParliamentPetitionFacts({ petition }: { petition: ParliamentPetition }) {
  return (
    <Stack gap={4} data-testid="parliament-petition">
      <Text fw={600}>{petition.action}</Text>
      <Text size="sm">
        {countOf(petition.signatureCount, 'signature')} nationally ({petition.state}).{' '}
        {petition.constituencyRank > 0
          ? `${petition.constituencyName}: ${petition.constituencyCount.toLocaleString('en-GB')}, ${ordinal(petition.constituencyRank)} of ${petition.constituenciesTotal.toLocaleString('en-GB')} constituencies.`
          : `No signatures listed from ${petition.constituencyName || petition.constituencyCode}.`}
      </Text>
      {petition.responseSummary && (
        <Text size="sm">
          <b>Government response{petition.respondedOn ? ` (${formatUkDate(petition.respondedOn)})` : ''}:</b>{' '}
          {petition.responseSummary}
        </Text>
      )}
    </Stack>
  );
}

const MATCH_MESSAGES: Record<ConstituencyMatch, (p: ParliamentPetition) => string> = {
  code: (p) => `Petition loaded; ${p.constituencyName} found by its ONS code (${p.constituencyCode}).`,
  name: (p) =>
    `Petition loaded; ${p.constituencyName} found by name (the file has no matching ONS code: codes changed at the 2024 boundary review).`,
  none: (p) =>
    `Petition loaded, but ${p.constituencyName || 'the constituency in Settings'} is not in its list: check the constituency's name and code in Settings.`,
};

/** A national petition on petition.parliament.uk, recorded from its published JSON file. */
export function ParliamentPetitionCard({
  campaignId,
  petition,
}: {
  campaignId: number;
  petition: ParliamentPetition | null;
}) {
  const load = useApiMutation('campaigns.importParliamentPetition');
  const [pending, setPending] = useState<{ fileName: string; stagedFileId: string } | null>(null);
  const send = (file: { fileName: string; stagedFileId: string }, replace: boolean) =>
    load.mutate(
      { campaignId, ...file, replace },
      {
        onSuccess: (loaded) => {
          setPending(null);
          notifications.show({ autoClose: 10_000, message: MATCH_MESSAGES[loaded.matchedBy](loaded) });
        },
        onError: (error) => setPending(error.error.code === 'CONFLICT' ? file : null),
      },
    );
  return (
    <Stack gap="sm">
      {petition ? (
        <>
          <ParliamentPetitionFacts petition={petition} />
          {petition.responseDetails && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {petition.responseDetails}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            From {petition.fileName || 'the petition file'}, loaded {formatUkDateTime(petition.importedAt)}.
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          For a petition on petition.parliament.uk: download its JSON file (add .json to the petition’s address) and
          load it here.
        </Text>
      )}
      <FileUploadField
        label={petition ? 'Load a newer copy of the petition file' : 'Load the petition’s JSON file'}
        accept=".json,application/json"
        disabled={load.isPending}
        onFile={(file) => file && send({ fileName: file.name, stagedFileId: file.stagedFileId }, false)}
      />
      {pending ? (
        <Alert color="yellow" title="A different petition is recorded for this campaign" role="alert">
          <Stack gap="xs">
            <Text size="sm">{load.error?.message}</Text>
            <Group>
              <Button size="xs" color="red" onClick={() => send(pending, true)} loading={load.isPending}>
                Replace it
              </Button>
              <Button size="xs" variant="default" onClick={() => setPending(null)}>
                Keep the one recorded
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <ErrorAlert error={load.error} title="The petition file was not loaded" />
      )}
    </Stack>
  );
}
