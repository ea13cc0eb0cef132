import { createContext, useContext, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/contract/client';
import { ApiCallError } from '../../../shared/contract/errors';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { DownloadFile, DownloadReply, StagedFile, StageReply } from '../../../shared/contract/uploads';
import { saveBlob } from '../components/files';

export type JobStatusListener = (status: JobStatus) => void;

interface Api {
  client: ApiClient;
  stageFile: (file: File) => Promise<StageReply>;
  download: (file: DownloadFile) => Promise<DownloadReply<Blob>>;
  /** Long jobs' progress as the backend reports it; returns the way to stop listening. */
  onJobStatus: (listener: JobStatusListener) => () => void;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

function useApiContext(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiProvider>');
  return api;
}

export function useApi(): ApiClient {
  return useApiContext().client;
}

export function useJobStatus(): Api['onJobStatus'] {
  return useApiContext().onJobStatus;
}

/** Saves a file the backend prepared (a Word file, an attachment); a failure is kept to show. */
export function useDownload(): { download: (file: DownloadFile) => Promise<void>; error: unknown } {
  const api = useApiContext();
  const [error, setError] = useState<unknown>(null);
  const download = async (file: DownloadFile) => {
    setError(null);
    const reply = await api.download(file);
    if (reply.ok) saveBlob(file.fileName, reply.result.content);
    else setError(new ApiCallError(reply.error));
  };
  return { download, error };
}

/** Uploads a chosen file into the backend's staging area; a refusal comes back as an ApiCallError like any call's. */
export function useStageFile(): (file: File) => Promise<StagedFile> {
  const { stageFile } = useApiContext();
  return async (file) => {
    const reply = await stageFile(file);
    if (!reply.ok) throw new ApiCallError(reply.error);
    return reply.result;
  };
}
