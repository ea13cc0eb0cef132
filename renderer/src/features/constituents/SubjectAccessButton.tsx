import { Button } from '@mantine/core';
import { useApiMutation } from '../../api/queries';
import { useDownload } from '../../api/ApiProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMay } from '../staff/MeContext';

/** Everything held about the person, as one zip (summary, JSON, attachments) — administrators only. */
export function SubjectAccessButton({ constituentId }: { constituentId: number }) {
  const may = useMay();
  const exportData = useApiMutation('dataProtection.exportSubjectAccess');
  const saveFile = useDownload();
  if (!may('dataProtection.exportSubjectAccess')) return null;
  return (
    <>
      <Button
        variant="default"
        loading={exportData.isPending}
        onClick={() =>
          exportData.mutate(
            { constituentId },
            {
              onSuccess: (file) => void saveFile.download(file),
            },
          )
        }
      >
        Subject access export
      </Button>
      <ErrorAlert error={exportData.error ?? saveFile.error} title="The export was not made" />
    </>
  );
}
