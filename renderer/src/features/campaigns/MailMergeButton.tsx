import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MailMergeList } from '../../../../shared/contract/campaigns';
import { useApi } from '../../api/ApiProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadCsv } from '../../components/files';

const ADDRESS_COLUMNS = 4;

/** The standard reply's recipients as a formula-safe CSV for an external mail merge. */
export function MailMergeButton({ campaignId, title }: { campaignId: number; title: string }) {
  const api = useApi();
  const [result, setResult] = useState<MailMergeList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const list = await api('campaigns.mailMerge', { id: campaignId });
      setResult(list);
      const header = ['Name', ...Array.from({ length: ADDRESS_COLUMNS }, (_, i) => `Address ${i + 1}`), 'Postcode'];
      const rows = list.recipients.map((r) => [
        r.name,
        ...Array.from({ length: ADDRESS_COLUMNS }, (_, i) => r.addressLines[i] ?? ''),
        r.postcode,
      ]);
      downloadCsv(`${title.replace(/[\\/:*?"<>|]+/g, '-')} - mail merge.csv`, [header, ...rows]);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" variant="default" onClick={download}>
        Download mail-merge list (CSV)
      </Button>
      {result && (
        <Text size="xs" c="dimmed" data-testid="mail-merge-counts">
          {result.recipients.length} recipients; left out: {result.doNotContact} do-not-contact, {result.withoutAddress}{' '}
          without an address.
        </Text>
      )}
      <ErrorAlert error={error} />
    </Stack>
  );
}
