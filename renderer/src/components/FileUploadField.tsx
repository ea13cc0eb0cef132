import { FileInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { readFileAsBase64 } from './files';

export interface ChosenFile {
  name: string;
  contentBase64: string;
}

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  /** Called with the file's bytes once read; null when the choice is cleared. */
  onFile: (file: ChosenFile | null) => void;
}

/** A file picker that hands the API-ready bytes on, and says so if the file cannot be read. */
export function FileUploadField({ label, accept, disabled, onFile }: Props) {
  const [readError, setReadError] = useState<unknown>(null);
  const choose = async (file: File | null) => {
    setReadError(null);
    if (!file) return onFile(null);
    try {
      onFile({ name: file.name, contentBase64: await readFileAsBase64(file) });
    } catch (error) {
      setReadError(error);
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
        disabled={disabled}
        clearable
      />
      <ErrorAlert error={readError} title="The file could not be read" />
    </>
  );
}
