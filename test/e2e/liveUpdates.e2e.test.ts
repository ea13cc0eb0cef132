import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConstituentFormPage } from './pages/ConstituentFormPage';
import { AppSession } from './support/session';

let app: AppSession;
beforeEach(async () => {
  app = await AppSession.start();
});
afterEach(async () => {
  await app?.close();
});

describe('live updates between tabs', () => {
  it('shows a constituent added in one tab in another tab’s list within 2 s, without a reload', async () => {
    const watcher = await app.browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await watcher.goto(app.serve.url);
    await watcher.goto(`${app.serve.origin}/#/constituents`);
    await watcher.getByRole('heading', { level: 1, name: 'Constituents' }).waitFor();
    await expect.poll(() => watcher.getByText('Grace Mensah').count()).toBe(0);
    const navigations: string[] = [];
    watcher.on('framenavigated', (frame) => navigations.push(frame.url()));

    const { page } = app;
    await page.getByRole('link', { name: 'Add a constituent' }).click();
    const form = new ConstituentFormPage(page);
    await form.fill({ firstName: 'Grace', lastName: 'Mensah', email: 'grace.mensah@example.org' });
    await form.save();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Grace Mensah');

    await expect.poll(() => watcher.getByText('Grace Mensah').count(), { timeout: 2_000 }).toBe(1);
    expect(navigations).toEqual([]);
    expect(app.errors()).toEqual([]);
  });
});
