import { Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApiQuery } from '../../api/queries';
import { useJob } from '../../api/useJob';
import { JobProgress } from '../../components/JobProgress';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileUploadField, type ChosenFile } from '../../components/FileUploadField';
import { countOf } from '../../../../shared/plural';
import type { DirectoryImportResult } from '../../../../shared/contract/signatures';

function report(r: DirectoryImportResult, what: string) {
  notifications.show({
    autoClose: 10_000,
    message:
      `${what} loaded from the columns ${r.columns.join(', ')}: ${countOf(r.postcodes, 'postcode')} in ${countOf(r.wards, 'ward')}, ` +
      `${r.namedWards.toLocaleString('en-GB')} of them named.` +
      (r.skipped
        ? ` ${countOf(r.skipped, 'row')} without the values needed ${r.skipped === 1 ? 'was' : 'were'} skipped.`
        : ''),
  });
}

/** One of the office's reference files (the directory, the ward names): chosen, loaded as a job, reported. */
function ReferenceFileLoader({
  method,
  what,
  label,
  progressLabel,
  failureTitle,
}: {
  method: 'postcodes.importDirectory' | 'postcodes.importWardNames';
  what: string;
  label: string;
  progressLabel: string;
  failureTitle: string;
}) {
  const load = useJob(method);
  const choose = (file: ChosenFile | null) =>
    file &&
    load.mutate({ fileName: file.name, stagedFileId: file.stagedFileId }, { onSuccess: (r) => report(r, what) });
  return (
    <>
      <FileUploadField label={label} accept=".csv,text/csv" onFile={choose} disabled={load.isPending} />
      <JobProgress job={load} label={progressLabel} />
      <ErrorAlert error={load.error} title={failureTitle} />
    </>
  );
}

/** The ONS Postcode Directory extract that turns signers' postcodes into wards. */
export function PostcodeDirectoryCard() {
  const status = useApiQuery('postcodes.status', {});
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Postcode directory (wards)
        </Title>
        <Text size="sm" data-testid="postcode-directory-status">
          {status.data && status.data.postcodes > 0
            ? `${countOf(status.data.postcodes, 'postcode')} in ${countOf(status.data.wards, 'ward')}, ${status.data.namedWards.toLocaleString('en-GB')} of them named.`
            : 'None loaded: campaign signatures are grouped by postcode district until you load one.'}
        </Text>
        <Text size="sm" c="dimmed">
          An extract of the ONS Postcode Directory as CSV: a postcode (pcds) and a ward code (osward, or wd25cd and the
          like in newer releases); the constituency code (pcon, pcon24cd) and a ward-name column are used when present.
          Postcodes in another constituency than the one in Settings are counted apart. Loading a file replaces the
          previous one.
        </Text>
        <ReferenceFileLoader
          method="postcodes.importDirectory"
          what="Postcode directory"
          label="Load a postcode directory extract (CSV)"
          progressLabel="Loading the directory"
          failureTitle="The postcode directory was not loaded"
        />
        <Text size="sm" c="dimmed">
          Ward names: the ONS “Ward names and codes” file published beside the directory (columns such as WD25CD and
          WD25NM), so campaigns show wards by name.
        </Text>
        <ReferenceFileLoader
          method="postcodes.importWardNames"
          what="Ward names"
          label="Load the ward names file (CSV)"
          progressLabel="Loading the ward names"
          failureTitle="The ward names were not loaded"
        />
      </Stack>
    </Card>
  );
}
