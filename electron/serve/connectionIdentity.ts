/** The subprotocol the events channel answers with; the page offers it with `key.<secret>` beside it. */
export const EVENTS_PROTOCOL = 'postbag.events';
const KEY_PREFIX = 'key.';

/** The header (and, on the events channel, the `tab` parameter) naming the browser tab a call came from. */
export const TAB_HEADER = 'x-postbag-tab';

/** The per-launch key from a WebSocket's offered subprotocols (`postbag.events, key.<secret>`). */
export function keyFromProtocols(header: string | undefined): string | undefined {
  const offered = (header ?? '').split(',').map((protocol) => protocol.trim());
  return offered.find((protocol) => protocol.startsWith(KEY_PREFIX))?.slice(KEY_PREFIX.length);
}

/** A tab's own name for itself, if well formed; it only keeps a tab's own changes from being echoed back to it. */
export function tabOrigin(given: string | string[] | undefined): string {
  return typeof given === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(given) ? `tab:${given}` : 'browser';
}
