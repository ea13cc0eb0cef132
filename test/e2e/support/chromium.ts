import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.POSTBAG_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; the flags keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
