import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConstituentFormPage } from './pages/ConstituentFormPage';
import { chooseFile } from './support/fileChooser';
import { AppSession, callApiIn, openAppIn } from './support/session';

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
    await openAppIn(watcher, app.serve.url);
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

describe('a long job in the page', () => {
  it('shows an import’s progress with Cancel, and a cancelled import adds nothing', async () => {
    const { page } = app;
    await app.goto('/campaigns/new');
    await page.getByLabel('Title').fill('Big petition');
    await page.getByLabel('Started on').fill('01/09/2019');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Big petition' }).waitFor();
    await page.getByRole('link', { name: 'Import signatures' }).click();
    await page.getByRole('heading', { level: 1, name: /^Import signatures/ }).waitFor();
    const rows = ['Name,Email,Postcode'];
    for (let i = 0; i < 200_000; i++) rows.push(`Signer ${i},signer${i}@example.org,RM9 ${(i % 9) + 1}XX`);
    await chooseFile(page, 'CSV file or Excel workbook', {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    const importButton = page.getByRole('button', { name: 'Import 200,000 valid rows' });
    await importButton.waitFor({ timeout: 30_000 });
    await importButton.click();
    const bar = page.getByRole('progressbar', { name: /^Importing: [\d,]+ of 200,000$/ });
    await bar.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByText('Cancelled: nothing was saved.').waitFor({ timeout: 10_000 });
    await expect.poll(() => bar.count()).toBe(0);

    await page.getByRole('button', { name: 'Cancel: import nothing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Big petition' }).waitFor();
    await expect.poll(() => page.getByText('No signatures imported yet.').count()).toBe(1);
    expect(app.errors()).toEqual([]);
  }, 90_000);
});

describe('two tabs editing one case', () => {
  it('refuses the stale edit with who changed the case and when, keeping the first edit', async () => {
    const { page } = app;
    const call = <T>(method: string, input: unknown) => callApiIn<T>(page, method, input);
    const person = await call<{ id: number }>('constituents.create', {
      firstName: 'Ada',
      lastName: 'Obi',
      email: 'ada@example.org',
      preferredContact: 'email',
    });
    const opened = await call<{ id: number }>('cases.create', {
      constituentId: person.id,
      title: 'Visa delay',
      category: 'immigration',
      openedOn: '2026-11-24',
    });
    const other = await app.browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await openAppIn(other, app.serve.url);
    for (const tab of [page, other]) {
      await tab.goto(`${app.serve.origin}/#/cases/${opened.id}`);
      await tab.getByRole('button', { name: 'Edit details' }).click();
    }

    await other.getByLabel('Title').fill('Visa delay, urgent');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('button', { name: 'Edit details' }).waitFor();

    await page.getByLabel('Title').fill('Spouse visa');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/^Sam Okoro changed this case at \d+ \w+ \d{4}, \d\d:\d\d — reload to see it/).waitFor();
    expect((await call<{ record: { title: string } }>('cases.get', { id: opened.id })).record.title).toBe(
      'Visa delay, urgent',
    );
    expect(app.errors()).toEqual([]);
  });
});
