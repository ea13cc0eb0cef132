import { Anchor, Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { attachmentTooLarge, MAX_ATTACHMENT_BYTES, type Attachment } from '../../../../shared/contract/attachments';
import { formatFileSize } from '../../../../shared/fileSize';
import type { CorrespondenceItem } from '../../../../shared/contract/correspondence';
import { useApi, useDownload, useStageFile } from '../../api/ApiProvider';
import { useApiMutation } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';

function AttachmentRow({ attachment, onError }: { attachment: Attachment; onError: (error: unknown) => void }) {
  const api = useApi();
  const saveFile = useDownload();
  const remove = useApiMutation('attachments.remove');
  const [confirming, setConfirming] = useState(false);
  const download = () => api('attachments.download', { id: attachment.id }).then(saveFile.download, onError);
  if (confirming) {
    return (
      <Group gap={4}>
        <Text size="xs">Remove {attachment.fileName}?</Text>
        <Button
          size="compact-xs"
          color="red"
          loading={remove.isPending}
          onClick={() => remove.mutate({ id: attachment.id }, { onError })}
        >
          Remove
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
          Keep
        </Button>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Anchor
        component="button"
        type="button"
        size="xs"
        mih={24}
        onClick={download}
        aria-label={`Download ${attachment.fileName}`}
      >
        {attachment.fileName}
      </Anchor>
      <Text size="xs" c="dimmed">
        {formatFileSize(attachment.sizeBytes)}
      </Text>
      <CloseButton size="xs" aria-label={`Remove ${attachment.fileName}`} onClick={() => setConfirming(true)} />
      <ErrorAlert error={saveFile.error} title={`${attachment.fileName} could not be downloaded`} />
    </Group>
  );
}

/** A letter's attached files (scans, the department's reply): download, add, remove. */
export function Attachments({ item }: { item: CorrespondenceItem }) {
  const add = useApiMutation('attachments.add');
  const stageFile = useStageFile();
  const [error, setError] = useState<unknown>(null);
  const attach = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return setError(new Error(attachmentTooLarge(file.name)));
    }
    try {
      const { stagedFileId } = await stageFile(file);
      add.mutate({ correspondenceId: item.id, fileName: file.name, stagedFileId }, { onError: setError });
    } catch (uploadError) {
      setError(uploadError);
    }
  };
  return (
    <Stack gap={2} mt={4} align="flex-start">
      {item.attachments.map((attachment) => (
        <AttachmentRow key={attachment.id} attachment={attachment} onError={setError} />
      ))}
      <FileButton onChange={attach}>
        {(props) => (
          <Button
            {...props}
            size="compact-xs"
            variant="subtle"
            loading={add.isPending}
            aria-label={`Attach file to ${item.subject}`}
          >
            Attach file
          </Button>
        )}
      </FileButton>
      <ErrorAlert error={error} title="The attachment did not work" />
    </Stack>
  );
}
