import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/contract/client';
import { ApiCallError } from '../../../shared/contract/errors';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { StagedFile, StageReply } from '../../../shared/contract/uploads';

export type JobStatusListener = (status: JobStatus) => void;

interface Api {
  client: ApiClient;
  stageFile: (file: File) => Promise<StageReply>;
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

/** Uploads a chosen file into the backend's staging area; a refusal comes back as an ApiCallError like any call's. */
export function useStageFile(): (file: File) => Promise<StagedFile> {
  const { stageFile } = useApiContext();
  return async (file) => {
    const reply = await stageFile(file);
    if (!reply.ok) throw new ApiCallError(reply.error);
    return reply.result;
  };
}
