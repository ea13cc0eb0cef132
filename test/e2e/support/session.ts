import type { Browser, Page } from 'playwright-core';
import { makeTempDir } from '../../support/tempBackend';
import { launchChromium } from './chromium';
import { startServe, type ServeFlags, type ServeProcess } from './serveProcess';

/** The first administrator of every e2e office. */
export const E2E_STAFF = { name: 'Sam Okoro', password: 'correct horse battery staple' };

/** Opens the app at the printed URL in a tab, and signs in as E2E_STAFF: set-up on a new office, sign-in after. */
export async function openAppIn(page: Page, url: string, staff = E2E_STAFF): Promise<void> {
  await page.goto(url);
  const app = page.getByRole('navigation', { name: 'Main' });
  const setUp = page.getByRole('form', { name: 'Create the administrator and sign in' });
  const signIn = page.getByRole('form', { name: 'Sign in', exact: true });
  await app.or(setUp).or(signIn).first().waitFor();
  for (const form of [setUp, signIn]) {
    if (!(await form.isVisible())) continue;
    await form.getByLabel('Your name').fill(staff.name);
    await form.locator('input[type=password]').fill(staff.password);
    await form.locator('button[type=submit]').click();
  }
  await app.waitFor();
}

/** An API call through a signed-in tab's own connection, key and session, as the app makes it. */
export function callApiIn<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const response = await fetch('api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Postbag-Key': sessionStorage.getItem('postbag.key') ?? '' },
        body: JSON.stringify({ id: 1, method: m, input: i, session: sessionStorage.getItem('postbag.session') }),
      });
      return ((await response.json()) as { result: unknown }).result;
    },
    [method, input] as const,
  ) as Promise<T>;
}

/** One browser host on a fresh data folder, one Chromium, one page; restartable like the real thing. */
export class AppSession {
  private constructor(
    readonly dataDir: string,
    public serve: ServeProcess,
    readonly browser: Browser,
    readonly page: Page,
    private readonly pageErrors: string[],
    readonly staff: typeof E2E_STAFF,
  ) {}

  static async start(flags: ServeFlags = {}, staff = E2E_STAFF): Promise<AppSession> {
    const dataDir = makeTempDir('postbag-e2e-');
    const serve = await startServe(dataDir, flags);
    const browser = await launchChromium();
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const session = new AppSession(dataDir, serve, browser, page, errors, staff);
    await session.openApp();
    return session;
  }

  /** Follows the printed URL (which gives the tab the key), signs in (setting up the office the first time), and waits for the app. */
  async openApp(): Promise<void> {
    await openAppIn(this.page, this.serve.url, this.staff);
  }

  async goto(hashPath: string): Promise<void> {
    await this.page.goto(`${this.serve.origin}/#${hashPath}`);
  }

  /** Stops the browser host and starts it again on the same data folder (a new secret), perhaps at another time. */
  async restartServer(flags: ServeFlags = {}): Promise<void> {
    await this.serve.stop();
    this.serve = await startServe(this.dataDir, flags);
    await this.openApp();
  }

  /** Errors the page logged; a clean run has none. */
  errors(): string[] {
    return [...this.pageErrors];
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.serve.stop();
  }
}
