import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Signer } from '../../../../shared/contract/signatures';
import { formatUkDate } from '../../../../shared/dates';
import { countOf } from '../../../../shared/plural';
import { useApi } from '../../api/ApiProvider';
import { usePagedQuery } from '../../api/usePagedQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadCsv } from '../../components/files';
import { VirtualTable, type Column } from '../../components/VirtualTable';

const COLUMNS: Column<Signer>[] = [
  { key: 'name', header: 'Name', width: '2fr', cell: (s) => s.fullName },
  { key: 'email', header: 'E-mail', width: '2fr', cell: (s) => s.email || '—' },
  { key: 'postcode', header: 'Postcode', width: '7rem', cell: (s) => s.postcode },
  { key: 'signed', header: 'Signed', width: '8rem', cell: (s) => (s.signedOn ? formatUkDate(s.signedOn) : '—') },
  { key: 'comment', header: 'Comment', width: '3fr', cell: (s) => s.comment || '' },
];

/** A campaign's signers: searchable, drawn a screenful at a time, and exported for the office's e-mail tool. */
export function SignersList({ campaignId, title }: { campaignId: number; title: string }) {
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 200);
  const { rows, total, error, loadMore } = usePagedQuery('signatures.list', { campaignId, query });
  const [exportError, setExportError] = useState<unknown>(null);
  const exportAll = async () => {
    setExportError(null);
    try {
      const signers = await api('signatures.export', { campaignId });
      downloadCsv(`${title.replace(/[\\/:*?"<>|]+/g, '-')} - signers.csv`, [
        ['Name', 'Email', 'Postcode', 'Address', 'Signed', 'Comment'],
        ...signers.map((s) => [s.fullName, s.email, s.postcode, s.address, s.signedOn, s.comment]),
      ]);
    } catch (failure) {
      setExportError(failure);
    }
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between">
        <TextInput
          label="Find a signer"
          description="Name, e-mail or postcode"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={320}
        />
        <Button variant="default" onClick={() => void exportAll()}>
          Download signers with e-mail addresses (CSV)
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === undefined ? 'Loading…' : query ? `${countOf(total, 'signer')} match` : countOf(total, 'signer')}. The
        download leaves out anyone whose constituent record says do not contact.
      </Text>
      <ErrorAlert error={error ?? exportError} />
      <VirtualTable
        label="Signers"
        columns={COLUMNS}
        rows={rows}
        rowKey={(s) => s.id}
        onEndReached={loadMore}
        height="420px"
      />
    </Stack>
  );
}
