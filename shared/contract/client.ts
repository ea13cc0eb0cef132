import type { MethodInput, MethodName, MethodOutput } from './api';
import type { RequestEnvelope, ResponseEnvelope } from './envelope';
import { ApiCallError } from './errors';

export type SendEnvelope = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export type ApiClient = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** A typed client over any transport that carries the envelope (in-process, IPC, HTTP). */
export function createApiClient(send: SendEnvelope): ApiClient {
  let nextId = 1;
  return async (method, input) => {
    const response = await send({ id: nextId++, method, input });
    if (!response.ok) throw new ApiCallError(response.error);
    return response.result as never;
  };
}
