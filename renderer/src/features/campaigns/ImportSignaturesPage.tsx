import { Alert, Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  signatureMappingSchema,
  type ImportPreview,
  type ImportResult,
  type SignatureMapping,
} from '../../../../shared/contract/signatures';
import { SIGNATURE_FIELDS, SIGNATURE_FIELD_LABELS } from '../../../../shared/domain/enums';
import { useApiQuery } from '../../api/queries';
import { useJob } from '../../api/useJob';
import { JobProgress } from '../../components/JobProgress';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadCsv } from '../../components/files';
import { FileUploadField, type ChosenFile } from '../../components/FileUploadField';
import { countOf } from '../../../../shared/plural';

const NOT_IN_FILE = '';

interface MappingProps {
  headers: string[];
  mapping: SignatureMapping;
  onChange: (mapping: SignatureMapping) => void;
}

function MappingControls({ headers, mapping, onChange }: MappingProps) {
  const options = [
    { value: NOT_IN_FILE, label: '— not in this file —' },
    ...headers.map((h, i) => ({ value: String(i), label: h || `Column ${i + 1}` })),
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} role="group" aria-label="Which column holds what">
      {SIGNATURE_FIELDS.map((field) => (
        <NativeSelect
          key={field}
          label={SIGNATURE_FIELD_LABELS[field]}
          value={mapping[field] === null ? NOT_IN_FILE : String(mapping[field])}
          data={options}
          onChange={(e) =>
            onChange({
              ...mapping,
              [field]: e.currentTarget.value === NOT_IN_FILE ? null : Number(e.currentTarget.value),
            })
          }
        />
      ))}
    </SimpleGrid>
  );
}

/** What the chosen mapping still lacks, in the contract's words, before anything is counted. */
function MappingProblems({ mapping }: { mapping: SignatureMapping }) {
  const result = signatureMappingSchema.safeParse(mapping);
  if (result.success) return null;
  return (
    <Alert color="yellow" variant="light" title="Tell Postbag which columns to use">
      {result.error.issues.map((issue) => (
        <Text key={issue.message} size="sm">
          {issue.message}
        </Text>
      ))}
    </Alert>
  );
}

function PreviewReport({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  return (
    <Stack gap="sm">
      <Text aria-live="polite" data-testid="import-counts">
        {countOf(preview.rowsTotal, 'row')} read ({preview.encoding}):{' '}
        <b>{preview.valid.toLocaleString('en-GB')} ready to import</b>, {countOf(preview.duplicates, 'duplicate')},{' '}
        {preview.invalid.toLocaleString('en-GB')} with problems.
      </Text>
      {preview.encoding === 'Windows-1252' && (
        <Alert color="blue" variant="light">
          This file is in the Windows-1252 encoding (Excel’s older CSV format); accented letters have been read
          accordingly. Check a few names below.
        </Alert>
      )}
      {preview.problems.length > 0 && (
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              downloadCsv(`${fileName.replace(/\.(csv|txt|xlsx)$/i, '')}-rejected-rows.csv`, [
                [...preview.headers, 'Row in the original file', 'Why it was not imported'],
                ...preview.problems.map((p) => [...preview.headers.map((_, i) => p.cells[i] ?? ''), p.row, p.reason]),
              ])
            }
          >
            Download the {countOf(preview.problems.length, 'rejected row')}, with their columns, to correct and import
            again (CSV)
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="First rows of the file" withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              {preview.headers.map((h, i) => (
                <Table.Th key={i}>{h}</Table.Th>
              ))}
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((row) => (
              <Table.Tr key={row.row} bg={row.problem ? 'var(--mantine-color-red-0)' : undefined}>
                <Table.Td>{row.row}</Table.Td>
                {preview.headers.map((_, i) => (
                  <Table.Td key={i}>{row.cells[i] ?? ''}</Table.Td>
                ))}
                <Table.Td c="red.8">{row.problem}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function ImportDone({ result, campaignId }: { result: ImportResult; campaignId: number }) {
  return (
    <Alert color="green" title="Import complete" role="status">
      <Stack gap={4}>
        <Text>
          Imported {result.imported.toLocaleString('en-GB')} of {countOf(result.rowsTotal, 'row')}.{' '}
          {countOf(result.duplicates, 'duplicate')} and {countOf(result.invalid, 'row')} with problems{' '}
          {result.duplicates + result.invalid === 1 ? 'was' : 'were'} left out.{' '}
          {result.linkedToConstituents === 1
            ? '1 signer is a constituent on file.'
            : `${countOf(result.linkedToConstituents, 'signer')} are constituents on file.`}
        </Text>
        <Anchor component={Link} to={`/campaigns/${campaignId}`}>
          Back to the campaign
        </Anchor>
      </Stack>
    </Alert>
  );
}

export function ImportSignaturesPage() {
  const campaignId = Number(useParams().id);
  const navigate = useNavigate();
  const campaign = useApiQuery('campaigns.get', { id: campaignId });
  const [file, setFile] = useState<ChosenFile | null>(null);
  const preview = useJob('signatures.previewImport');
  // The last good preview stays on screen while the user tries another mapping.
  const [ready, setReady] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<SignatureMapping | null>(null);
  const check = (chosen: ChosenFile, nextMapping?: SignatureMapping) =>
    preview.mutate(
      { campaignId, fileName: chosen.name, stagedFileId: chosen.stagedFileId, mapping: nextMapping },
      {
        onSuccess: (result) => {
          setReady(result);
          setMapping(result.mapping);
        },
      },
    );
  const runImport = useJob('signatures.import');

  const choose = (chosen: ChosenFile | null) => {
    preview.reset();
    runImport.reset();
    setReady(null);
    setFile(chosen);
    if (chosen) check(chosen);
  };

  if (runImport.data) {
    return (
      <Stack>
        <Title order={1}>Import signatures</Title>
        <ImportDone result={runImport.data} campaignId={campaignId} />
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1}>Import signatures{campaign.data ? ` to “${campaign.data.campaign.title}”` : ''}</Title>
      <Text size="sm">
        A CSV file with a header row. Each signature needs a name and a UK postcode; email and date signed are optional.
        Signers already on this campaign (same email, or same name and postcode) are not added twice.
      </Text>
      <FileUploadField
        label="CSV file or Excel workbook"
        accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={choose}
      />
      <JobProgress job={preview} label="Reading the file" />
      <ErrorAlert error={preview.error} title="This file cannot be imported" />
      {ready && file && mapping && (
        <>
          <MappingControls
            headers={ready.headers}
            mapping={mapping}
            onChange={(next) => {
              setMapping(next);
              check(file, next);
            }}
          />
          <MappingProblems mapping={mapping} />
          <PreviewReport preview={ready} fileName={file.name} />
          <Group>
            <Button
              disabled={ready.valid === 0 || preview.isError}
              loading={runImport.isPending}
              onClick={() =>
                runImport.mutate({
                  campaignId,
                  fileName: file.name,
                  stagedFileId: file.stagedFileId,
                  mapping: ready.mapping,
                })
              }
            >
              Import {countOf(ready.valid, 'valid row')}
            </Button>
            <Button variant="default" onClick={() => navigate(`/campaigns/${campaignId}`)}>
              Cancel: import nothing
            </Button>
          </Group>
          <JobProgress job={runImport} label="Importing" />
          <ErrorAlert error={runImport.error} title="Nothing was imported" />
        </>
      )}
    </Stack>
  );
}
