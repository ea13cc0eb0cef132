import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, officeConnectionOf, TEST_POSTGRES_URL } from '../support/postgres';
import { AppSession, callApiIn, E2E_STAFF, openAppIn } from './support/session';

const CASEWORKER = { name: 'Cat Caseworker', password: 'cat’s long password' };
const VOLUNTEER = { name: 'Val Volunteer', password: 'val’s long password' };

/** Two laptops (two browser hosts) on one office database, each with its own staff member signed in. */
describe.skipIf(!TEST_POSTGRES_URL)('[postgres] office mode: two laptops, one office database', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let a: AppSession;
  let b: AppSession;
  beforeAll(async () => {
    database = await freshPostgresDatabase();
    a = await AppSession.start({ database: database.url });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await database?.drop();
  });

  it('[postgres] an administrator adds colleagues; one laptop sees another’s change within 2 s; a stale edit is refused; a volunteer cannot open a case', async () => {
    // Laptop A: the administrator adds a caseworker and a volunteer in Settings.
    await a.goto('/settings');
    for (const [staff, role] of [
      [CASEWORKER, 'caseworker'],
      [VOLUNTEER, 'volunteer'],
    ] as const) {
      const form = a.page.getByRole('form', { name: 'Add a staff member' });
      await form.getByLabel('Name').fill(staff.name);
      await form.getByLabel('Role').selectOption(role);
      await form.locator('input[type=password]').fill(staff.password);
      await form.getByRole('button', { name: 'Add staff member' }).click();
      await a.page.getByRole('table', { name: 'Staff' }).getByText(staff.name).waitFor();
    }
    const person = await callApiIn<{ id: number }>(a.page, 'constituents.create', {
      firstName: 'Ada',
      lastName: 'Obi',
      email: 'ada@example.org',
      preferredContact: 'email',
    });
    const opened = await callApiIn<{ id: number }>(a.page, 'cases.create', {
      constituentId: person.id,
      title: 'Visa delay',
      category: 'immigration',
      openedOn: '2026-11-24',
    });

    // Laptop B: the caseworker signs in, opens the case to edit it, and watches the case list in another tab.
    b = await AppSession.start({ database: database.url }, CASEWORKER);
    await b.goto(`/cases/${opened.id}`);
    await b.page.getByRole('button', { name: 'Edit details' }).click();
    const watcher = await b.browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await openAppIn(watcher, b.serve.url, CASEWORKER);
    await watcher.goto(`${b.serve.origin}/#/cases`);
    await watcher.getByText('Visa delay').first().waitFor();

    // Laptop A changes the case; B's list shows it without a reload.
    await a.goto(`/cases/${opened.id}`);
    await a.page.getByRole('button', { name: 'Edit details' }).click();
    await a.page.getByLabel('Title').fill('Visa delay, urgent');
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await a.page.getByRole('button', { name: 'Edit details' }).waitFor();
    await expect.poll(() => watcher.getByText('Visa delay, urgent').count(), { timeout: 2_000 }).toBe(1);

    // B's edit started before A's change: refused, naming who changed it and when; A's change is kept.
    await b.page.getByLabel('Title').fill('Spouse visa');
    await b.page.getByRole('button', { name: 'Save changes' }).click();
    await b.page
      .getByText(
        new RegExp(`^${E2E_STAFF.name} changed this case at \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d — reload to see it`),
      )
      .waitFor();

    // The volunteer, on laptop B: no casework in the menu, and a case's address says why it will not open.
    const volunteer = await b.browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await openAppIn(volunteer, b.serve.url, VOLUNTEER);
    const menu = volunteer.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => menu.getByRole('link').allTextContents()).toEqual(['Campaigns']);
    await volunteer.goto(`${b.serve.origin}/#/cases/${opened.id}`);
    await volunteer
      .getByText(/^Volunteers cannot do this in Postbag/)
      .first()
      .waitFor();
    expect(await volunteer.getByText('Visa delay').count()).toBe(0);
    expect([...a.errors(), ...b.errors()]).toEqual([]);
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('[postgres] moving a solo office through Settings', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let solo: AppSession;
  beforeAll(async () => {
    database = await freshPostgresDatabase();
    solo = await AppSession.start();
  });
  afterAll(async () => {
    await solo?.close();
    await database?.drop();
  });

  it('[postgres] an administrator tests the details (a wrong port is said beside Port), then moves the office', async () => {
    const connection = officeConnectionOf(database.url);
    await solo.goto('/settings');
    const form = solo.page.getByRole('form', { name: 'Office database connection' });
    await form.getByLabel('Server').fill(connection.host);
    await form.getByLabel('Port').fill('1');
    await form.getByLabel('Database').fill(connection.database);
    await form.getByLabel('User name').fill(connection.user);
    await form.getByLabel('Encryption (TLS)').selectOption('off');
    await form.getByRole('button', { name: 'Test connection' }).click();
    await form.getByText(`${connection.host} refused a connection on port 1`, { exact: false }).waitFor();
    expect(await form.getByLabel('Port').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Port').fill(String(connection.port));
    await form.getByRole('button', { name: 'Test connection' }).click();
    await form
      .getByRole('status')
      .getByText(/It is empty: ready for this office’s data\./)
      .waitFor();

    await form.getByRole('button', { name: 'Move this office’s data to the office database' }).click();
    await form
      .getByText(`Copied to ${connection.host}:${connection.port}/${connection.database}`, { exact: false })
      .waitFor();
    await form.getByRole('button', { name: 'Test connection' }).click();
    await form
      .getByRole('status')
      .getByText(/It holds an office’s Postbag data: 1 staff, 0 cases\./)
      .waitFor();
    expect(solo.errors()).toEqual([]);
  });
});
