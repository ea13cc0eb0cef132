import { createApiClient, type ApiClient, type SendEnvelope } from '../../../shared/contract/client';
import type { ResponseEnvelope } from '../../../shared/contract/envelope';
import { takeBrowserHostKey } from './browserHostKey';

/** What the Electron preload exposes on `window.postbag`; nothing else crosses the bridge. */
export interface DesktopBridge {
  invoke(envelope: unknown): Promise<ResponseEnvelope>;
  savePdf(suggestedName: string): Promise<{ saved: boolean; path?: string }>;
}

declare global {
  interface Window {
    postbag?: DesktopBridge;
  }
}

const sendOverHttp =
  (key: string | null): SendEnvelope =>
  async (envelope) => {
    const response = await fetch('api', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Postbag-Key': key ?? '' },
      credentials: 'omit',
      body: JSON.stringify(envelope),
    });
    // Over the size limit: the host answers with an envelope that says so.
    if (response.status === 413) return { ...((await response.json()) as ResponseEnvelope), id: envelope.id };
    if (!response.ok) {
      return {
        id: envelope.id,
        ok: false,
        error: {
          code: response.status === 401 ? 'FORBIDDEN' : 'INTERNAL',
          message:
            response.status === 401
              ? 'This browser tab is no longer signed in to Postbag. Open the address printed when Postbag started.'
              : `Postbag did not answer (HTTP ${response.status}). Is it still running?`,
        },
      };
    }
    return (await response.json()) as ResponseEnvelope;
  };

/** Desktop: Electron IPC through the preload bridge. Browser host: same-origin HTTP. */
export function createTransportClient(): ApiClient {
  const bridge = window.postbag;
  return createApiClient(
    bridge
      ? (envelope) => bridge.invoke(envelope)
      : sendOverHttp(takeBrowserHostKey(window.location, window.history, window.sessionStorage)),
  );
}
