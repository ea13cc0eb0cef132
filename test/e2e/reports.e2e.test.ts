import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOffice } from './pages/settingsPage';
import { axeFindings } from './support/axe';
import { pdfPageCount, printPageToPdf } from './support/pdf';
import { AppSession } from './support/session';

describe('reports', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
    await loadExampleOffice(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the example office’s year in charts and tables, takes a date range in dd/mm/yyyy, and prints on one A4 page', async () => {
    const { page } = app;
    await app.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const report = page.getByRole('article', { name: 'Report' });
    await report.getByRole('heading', { name: /^Casework from 25 Nov 2025 to 24 Nov 2026$/ }).waitFor();
    await report.getByRole('img', { name: 'Cases opened and closed per month' }).waitFor();
    const categories = report.getByRole('table', { name: 'By category' });
    expect(await categories.getByRole('row').count()).toBeGreaterThan(1);
    expect(
      await report.getByRole('table', { name: 'Replies from organisations' }).getByRole('row').count(),
    ).toBeGreaterThan(1);
    await report.hover(); // not over the menu link just clicked (its hover shade is not what is being checked)
    expect(await axeFindings(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'From' }).fill('01/11/2026');
    await page.getByRole('textbox', { name: 'From' }).press('Tab');
    await report.getByRole('heading', { name: /^Casework from 1 Nov 2026 to 24 Nov 2026$/ }).waitFor();
    expect(page.url()).toMatch(/from=2026-11-01/);

    const pdf = await printPageToPdf(page, 'report');
    expect(pdfPageCount(pdf)).toBe(1);
    expect(app.errors()).toEqual([]);
  });
});
