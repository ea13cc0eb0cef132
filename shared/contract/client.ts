import type { MethodInput, MethodName, MethodOutput } from './api';
import type { Change } from './changes';
import type { RequestEnvelope, ResponseEnvelope } from './envelope';
import { ApiCallError } from './errors';

export type SendEnvelope = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export type ApiClient = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export interface ApiClientOptions {
  /** Told what each successful command changed (the page refreshes the queries that read it); the call resolves after it. */
  onChanges?: (changes: Change[]) => void | Promise<void>;
  /** The signed-in session's token, sent with every call (none before signing in). */
  session?: () => string | undefined;
}

/** A typed client over any transport that carries the envelope (in-process, IPC, HTTP). */
export function createApiClient(send: SendEnvelope, options: ApiClientOptions = {}): ApiClient {
  let nextId = 1;
  return async (method, input) => {
    const session = options.session?.();
    const response = await send({ id: nextId++, method, input, ...(session ? { session } : {}) });
    if (!response.ok) throw new ApiCallError(response.error);
    if (response.changes?.length) await options.onChanges?.(response.changes);
    return response.result as never;
  };
}
