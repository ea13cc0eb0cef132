import type { ResponseEnvelope } from '../../../shared/contract/envelope';
import { ApiCallError } from '../../../shared/contract/errors';
import { sessionToken } from './sessionToken';
import type { DesktopBridge } from './transport';

/**
 * A desktop-only bridge call (connecting the office database, restarting for a restore), made with the
 * signed-in session so the backend checks the caller; a refusal comes back as an ApiCallError like any call's.
 */
export async function callDesktop<T>(
  call: (bridge: DesktopBridge, session: string | undefined) => Promise<ResponseEnvelope>,
): Promise<T> {
  const reply = await call(window.postbag!, sessionToken.get());
  if (!reply.ok) throw new ApiCallError(reply.error);
  return reply.result as T;
}
