import type { JobMethod, JobOutput, MethodInput } from './api';
import type { ApiClient } from './client';
import type { JobOutcome } from './jobs';

/** Starts a job and waits for its end: the result and what it changed, or its failure as an ApiCallError. */
export async function runJob<M extends JobMethod>(
  api: ApiClient,
  method: M,
  input: MethodInput<M>,
  onStarted: (jobId: string) => void = () => undefined,
): Promise<JobOutcome<JobOutput<M>>> {
  const { jobId } = (await api(method, input)) as { jobId: string };
  onStarted(jobId);
  return (await api('jobs.result', { jobId })) as JobOutcome<JobOutput<M>>;
}
