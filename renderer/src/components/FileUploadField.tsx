import { FileInput } from '@mantine/core';
import { useState } from 'react';
import { useStageFile } from '../api/ApiProvider';
import { ErrorAlert } from './ErrorAlert';

export interface ChosenFile {
  name: string;
  /** The upload, staged in the backend: calls refer to it by this id. */
  stagedFileId: string;
}

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  /** Called once the file is uploaded; null when the choice is cleared. */
  onFile: (file: ChosenFile | null) => void;
}

/** A file picker that uploads the chosen file's bytes, and says so if the file cannot be read or is refused. */
export function FileUploadField({ label, accept, disabled, onFile }: Props) {
  const stageFile = useStageFile();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const choose = async (file: File | null) => {
    setUploadError(null);
    if (!file) return onFile(null);
    setUploading(true);
    try {
      onFile({ name: file.name, stagedFileId: (await stageFile(file)).stagedFileId });
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };
  return (
    <>
      <FileInput
        label={label}
        placeholder="Choose a file"
        accept={accept}
        onChange={choose}
        maw={420}
        disabled={disabled || uploading}
        description={uploading ? 'Uploading…' : undefined}
        clearable
      />
      <ErrorAlert error={uploadError} title="The file could not be taken" />
    </>
  );
}
