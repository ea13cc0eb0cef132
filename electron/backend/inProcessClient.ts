import { createApiClient, type ApiClient, type ApiClientOptions } from '../../shared/contract/client';
import type { ResponseEnvelope } from '../../shared/contract/envelope';
import type { BackendPort } from './backend';

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The in-process transport (integration tests, benchmarks): calls and replies go through JSON both
 * ways, as they would over IPC or HTTP, so nothing that cannot cross the wire slips through.
 */
export function inProcessClient(port: BackendPort, origin = 'in-process', options: ApiClientOptions = {}): ApiClient {
  return createApiClient(
    async (envelope) => overTheWire<ResponseEnvelope>(await port.call(overTheWire(envelope), origin)),
    options,
  );
}
