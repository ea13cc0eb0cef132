import type { ApiClient } from '../../shared/contract/client';
import type { BackendPort } from '../../electron/backend/backend';
import { inProcessClient } from '../../electron/backend/inProcessClient';

/** Every test and benchmark staff member's password. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** An in-process client whose calls carry a session: `session.token` is read at each call. */
export function sessionClient(backend: BackendPort, session: { token?: string }, origin = 'in-process'): ApiClient {
  return inProcessClient(backend, origin, { session: () => session.token });
}

/**
 * A client signed in as `name` (the first administrator, set up on a new database; signed in on one
 * already set up, such as a second laptop's), and its session token.
 */
export async function signedInClient(
  backend: BackendPort,
  name: string,
  origin?: string,
): Promise<{ api: ApiClient; token: string }> {
  const session: { token?: string } = {};
  const api = sessionClient(backend, session, origin);
  const credentials = { name, password: TEST_PASSWORD };
  session.token = (await api('auth.status', {})).setUp
    ? (await api('auth.signIn', credentials)).sessionToken
    : (await api('auth.setUp', credentials)).sessionToken;
  return { api, token: session.token };
}
