import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasePage } from './pages/CasePage';
import { ConstituentFormPage } from './pages/ConstituentFormPage';
import { loadExampleOffice } from './pages/settingsPage';
import { AppSession } from './support/session';
import { readmeScreenshot } from './support/readmeScreenshots';

let app: AppSession;
beforeEach(async () => {
  app = await AppSession.start();
});
afterEach(async () => {
  await app?.close();
});

describe('casework in the browser host', () => {
  it('logs a constituent and a case end to end, and it survives a restart', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Add a constituent' }).click();
    const form = new ConstituentFormPage(page);
    await form.fill({
      firstName: 'Grace',
      lastName: 'Mensah',
      postcode: '  rm96xx ',
      addressLine1: '14 Heathway',
      town: 'Dagenham',
      email: 'grace.mensah@example.org',
    });
    await form.save();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Grace Mensah');
    await expect.poll(() => page.getByText('14 Heathway, DAGENHAM, RM9 6XX').count()).toBe(1);

    await page.getByRole('link', { name: 'Open a case' }).click();
    await page.getByLabel('Title').fill('Antisocial behaviour on the estate');
    await page.getByLabel('Category').selectOption({ label: 'Policing & crime' });
    await page.getByLabel('Priority').selectOption({ label: 'High' });
    await page.getByLabel('Assigned to').selectOption('Sam Okoro');
    await page.getByLabel('What happened').fill('Groups gathering late at night near the shops.');
    await page.getByRole('button', { name: 'Open case' }).click();

    const casePage = new CasePage(page);
    const year = new Date().getFullYear();
    await expect
      .poll(() => casePage.heading().textContent())
      .toBe(`PB-${year}-0001: Antisocial behaviour on the estate`);
    await casePage.addNote('Spoke to the Safer Neighbourhood Team.');
    await casePage.changeStatus('Awaiting third party');
    await casePage.close('Resolved in the constituent’s favour', 'Extra patrols agreed with the Met.');
    const caseUrl = page.url();

    await app.restartServer();
    await page.goto(caseUrl.replace(/^http:\/\/127\.0\.0\.1:\d+/, app.serve.origin));
    await expect
      .poll(() => casePage.heading().textContent())
      .toBe(`PB-${year}-0001: Antisocial behaviour on the estate`);
    expect(await casePage.status().textContent()).toBe('Closed');
    const timeline = (await casePage.timeline().textContent()) ?? '';
    for (const entry of [
      'Case closed',
      'Outcome: Resolved in the constituent’s favour — Extra patrols agreed with the Met.',
      'Status: Open → Awaiting third party',
      'Spoke to the Safer Neighbourhood Team.',
      'Case opened',
    ]) {
      expect(timeline).toContain(entry);
    }

    await app.goto('/cases?status=closed');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Grace Mensah' }).count()).toBe(1);
    expect(app.errors()).toEqual([]);
  });

  it('shows a bad postcode beside the field and keeps everything else typed', async () => {
    const { page } = app;
    await app.goto('/constituents/new');
    const form = new ConstituentFormPage(page);
    await form.fill({
      firstName: 'Tom',
      lastName: 'Quinn',
      postcode: 'RM9 6CX',
      addressLine1: '3 Ripple Road',
      email: 'tom@example.org',
    });
    await form.save();

    await expect.poll(() => form.errorFor('Postcode')).toBe('Enter a real UK postcode, like RM9 6XX');
    expect(await page.getByLabel('First name').inputValue()).toBe('Tom');
    expect(await form.field('Address line 1').inputValue()).toBe('3 Ripple Road');
    expect(await form.field('Email').inputValue()).toBe('tom@example.org');
    expect(await form.field('Postcode').inputValue()).toBe('RM9 6CX');

    await form.field('Postcode').fill('RM9 6XX');
    await form.save();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tom Quinn');
  });

  it('loads the example office, labelled, and removes it in one action', async () => {
    const { page } = app;
    await loadExampleOffice(app);
    await expect.poll(() => page.getByRole('link', { name: /^Constituents \d/ }).textContent()).toMatch(/36/);
    await readmeScreenshot(page, 'dashboard');

    await app.goto('/cases');
    await page.getByText('48 cases').waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Example' }).count()).toBeGreaterThan(5);
    await readmeScreenshot(page, 'cases');

    await app.goto('/settings');
    expect(await page.getByTestId('data-file').textContent()).toBe(path.join(app.dataDir, 'postbag.sqlite'));

    await app.goto('/');
    await page.getByRole('button', { name: 'Remove example data' }).click();
    await page.getByRole('button', { name: 'Yes, remove all example data' }).click();
    await page.getByText('Welcome to Postbag').waitFor();
    expect(app.errors()).toEqual([]);
  });
});
