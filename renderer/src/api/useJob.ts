import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { JobMethod, JobOutput, MethodInput } from '../../../shared/contract/api';
import type { ApiCallError } from '../../../shared/contract/errors';
import type { JobStatus } from '../../../shared/contract/jobs';
import { runJob } from '../../../shared/contract/runJob';
import { useApi, useJobStatus } from './ApiProvider';
import { refreshQueriesFor } from './refreshQueries';

/**
 * A long job (an import, the postcode directory, the standard reply's Word file): used like a
 * mutation, with its progress as the backend reports it and a way to cancel it.
 */
export function useJob<M extends JobMethod>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  const onJobStatus = useJobStatus();
  const jobId = useRef<string | null>(null);
  const [progress, setProgress] = useState<JobStatus | null>(null);
  const mutation = useMutation<JobOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: async (input) => {
      const stop = onJobStatus((status) => {
        if (status.jobId === jobId.current && status.state === 'running') setProgress(status);
      });
      try {
        const outcome = await runJob(api, method, input, (id) => (jobId.current = id));
        await refreshQueriesFor(queryClient, outcome.changes);
        return outcome.result;
      } finally {
        stop();
        jobId.current = null;
        setProgress(null);
      }
    },
  });
  const cancel = () => {
    if (jobId.current) void api('jobs.cancel', { jobId: jobId.current }).catch(() => undefined);
  };
  return { ...mutation, progress, cancel };
}

export type JobHandle = ReturnType<typeof useJob>;
