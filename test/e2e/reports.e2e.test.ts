import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOffice } from './pages/settingsPage';
import { axeFindings } from './support/axe';
import { chooseFile } from './support/fileChooser';
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
    await report.getByRole('img', { name: 'Cases opened by category' }).waitFor();
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

  it('sets a newer year’s published reply figures, loaded in Settings, beside the Home Office’s own', async () => {
    const { page } = app;
    await app.goto('/settings');
    await page
      .getByTestId('reply-figures-status')
      .getByText(/Shipped with Postbag:.*2023/)
      .waitFor();
    await page.getByRole('textbox', { name: 'Year the figures cover' }).fill('2024');
    await chooseFile(page, 'Table saved as CSV', {
      name: 'correspondence-2024.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Department or Agency,Target Response time (Working Days),Total Number of MP correspondence received,% of response achieved within target response time,% of cases responded to within 20 working days',
          'Total,-,"190,000",80%,82%',
          'Home Office,20 Days,"40,000",61%,65%',
          'Q1,20 Days,"10,000",55%,60%',
        ].join('\n'),
      ),
    });
    await page.getByText('Reply figures for 2024 loaded: 1 department or agency.').waitFor();

    await app.goto('/reports');
    const replies = page.getByRole('table', { name: 'Replies from organisations' });
    await replies.getByRole('columnheader', { name: 'Published 2024' }).waitFor();
    const homeOffice = replies.getByRole('row').filter({ hasText: 'Home Office' });
    expect(await homeOffice.getByRole('cell').last().textContent()).toBe('61%');
    await page.getByText(/Across government: 80% within target\./).waitFor();
    expect(app.errors()).toEqual([]);
  });
});
