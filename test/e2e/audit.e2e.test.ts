import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOffice } from './pages/settingsPage';
import { axeFindings } from './support/axe';
import { AppSession, callApiIn } from './support/session';

describe('audit log', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
    await loadExampleOffice(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows an administrator who did what, filtered by kind of record, with links to the records', async () => {
    const { page } = app;
    await app.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const entries = page.getByRole('table', { name: 'Audit entries' });
    await entries.getByRole('row').filter({ hasText: 'Sam Okoro' }).first().waitFor();
    expect(await entries.getByText('Example office').count()).toBeGreaterThan(0);

    await page.getByLabel('Staff member').selectOption('Sam Okoro');
    await page.getByLabel('Kind of record').selectOption({ label: 'Staff member' });
    await entries.getByText('set up office').waitFor();
    expect(page.url()).toMatch(/entity=staff/);
    // Only staff entries once the filtered table has replaced the unfiltered one.
    await expect.poll(() => entries.getByText('Example office').count()).toBe(0);
    const records = await entries.getByRole('row').filter({ hasText: 'Sam Okoro' }).allInnerTexts();
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((row) => row.includes('Staff member'))).toBe(true);
    await page.getByRole('heading', { level: 1 }).hover();
    expect(await axeFindings(page)).toEqual([]);

    // A note added to an example case (as the page would add it) shows as an entry linking to the case.
    const { rows: items } = await callApiIn<{ rows: { id: number; reference: string }[] }>(page, 'cases.list', {});
    await callApiIn(page, 'cases.addNote', { caseId: items[0]!.id, body: 'Called back' });
    await page.getByLabel('Kind of record').selectOption({ label: 'Case' });
    await entries.getByText('add note').waitFor();
    await entries
      .getByRole('link', { name: /^Case \d+$/ })
      .first()
      .click();
    await page.waitForURL(new RegExp(`#/cases/${items[0]!.id}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(items[0]!.reference) }).waitFor();
    expect(app.errors()).toEqual([]);
  });
});
