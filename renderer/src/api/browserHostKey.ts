const STORAGE_KEY = 'postbag.key';

/**
 * The browser host's per-launch key arrives once in the address (`/?key=…`). It is kept in this
 * tab's sessionStorage (scoped to this exact origin, port included, unlike a cookie) and taken
 * out of the address bar, then sent with each API call in a header only our own page can set.
 */
export function takeBrowserHostKey(location: Location, history: History, storage: Storage): string | null {
  const params = new URLSearchParams(location.search);
  const fromAddress = params.get('key');
  if (fromAddress) {
    storage.setItem(STORAGE_KEY, fromAddress);
    params.delete('key');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromAddress;
  }
  return storage.getItem(STORAGE_KEY);
}
