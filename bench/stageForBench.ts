import type { Readable } from 'node:stream';
import type { BackendPort } from '../electron/backend/backend';

/** Stages an upload as the page would and gives its id (a refused upload stops the benchmark). */
export async function stageForBench(
  backend: BackendPort,
  source: Buffer | Readable,
  fileName: string,
): Promise<string> {
  const reply = await backend.stageFile(source, fileName);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result.stagedFileId;
}
