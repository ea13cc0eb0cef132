/** Where the app's own pages live (a custom protocol, not file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'postbag';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Sites a link in the app may open in the user's browser; everything else is refused. */
export const EXTERNAL_HOSTS_ALLOWED = [
  'www.gov.uk',
  'petition.parliament.uk',
  'members.parliament.uk',
  'www.parliament.uk',
  'hansard.parliament.uk',
  'www.legislation.gov.uk',
] as const;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = url ? parse(url) : null;
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    (EXTERNAL_HOSTS_ALLOWED as readonly string[]).includes(parsed.hostname)
  );
}

/** `will-navigate`: the window only ever shows the app's own pages. */
export function shouldBlockNavigation(url: string): boolean {
  return !isAppUrl(url);
}

/** `setWindowOpenHandler`: never a new window; an allow-listed https link goes to the system browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}
