import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppSession } from './support/session';

let app: AppSession;
beforeEach(async () => {
  app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
});
afterEach(async () => {
  await app?.close();
});

/** The keyboard alone, counted: every key pressed (a chord counts once) and every character typed. */
class CountingKeyboard {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    this.count += times;
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
    this.count += text.length;
  }
}

describe('intake from the dashboard, by keyboard alone', () => {
  it('logs a phoned-in concern for a new constituent and opens the case, counting the keystrokes', async () => {
    const { page } = app;
    const keys = new CountingKeyboard(page);

    await keys.press('Control+Shift+L');
    const search = page.getByLabel('Find the constituent');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await keys.type('grace mensah');
    await page.getByText('Nobody on record matches').waitFor();
    await keys.press('Tab'); // to "Someone new", the only choice
    await keys.press('Space');
    await expect.poll(() => page.getByLabel('Last name').inputValue()).toBe('Mensah');
    await keys.press('Tab', 3); // first name, last name, to phone
    await keys.type('07700 900456');
    await keys.press('Tab', 4); // email, postcode, address, to how they got in touch (phone is chosen)
    await keys.press('Tab', 2); // the date (today), to "what it is about"
    await keys.type('Damp in the flat, landlord not responding');
    await keys.press('Tab', 3); // details, open a case (ticked), to category
    await keys.type('h'); // Housing
    await keys.press('Control+Enter');

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('PB-2026-0001: Damp in the flat, landlord not responding');
    const facts = (await page.getByRole('main').textContent()) ?? '';
    expect(facts).toContain('Grace Mensah');
    expect(facts).toContain('Housing');
    expect(facts).toContain('22 Dec 2026'); // 20 working days from 24 Nov 2026
    console.log(`Intake by keyboard: ${keys.count} keystrokes`);
    expect(keys.count).toBeLessThan(85);
    expect(app.errors()).toEqual([]);
  });

  it('finds a known constituent despite a typing slip and files the call on them', async () => {
    const { page } = app;
    await app.goto('/constituents/new');
    await page.getByLabel('First name').fill('Tom');
    await page.getByLabel('Last name').fill('Whitfield');
    await page.getByLabel('Phone').fill('07700 900123');
    await page.getByLabel('Preferred way to contact').selectOption({ label: 'Phone' });
    await page.getByRole('button', { name: 'Save constituent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tom Whitfield' }).waitFor();

    await page.getByRole('main').getByRole('link', { name: 'Log a contact' }).click();
    await page.getByLabel('Find the constituent').fill('whitfeld');
    await page.getByRole('radio', { name: /Tom Whitfield/ }).check();
    await page.getByRole('radio', { name: 'Visit to the office' }).check();
    await page.getByLabel('What it is about').fill('Brought in a letter from the council');
    await page.getByLabel('Open a case for this').uncheck();
    await page.getByRole('button', { name: 'Log contact', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tom Whitfield' }).waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Correspondence' }).textContent())
      .toContain('Brought in a letter from the council');
    expect(app.errors()).toEqual([]);
  });

  it('warns before a letter is drafted to someone who asked not to be contacted', async () => {
    const { page } = app;
    await app.goto('/constituents/new');
    await page.getByLabel('First name').fill('Nadia');
    await page.getByLabel('Last name').fill('Quiet');
    await page.getByLabel('Email').fill('nadia@example.org');
    await page.getByLabel('Do not contact (they asked us not to get in touch)').check();
    await page.getByRole('button', { name: 'Save constituent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nadia Quiet' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Log a contact' }).click();
    await page.getByLabel('What it is about').fill('Benefits appeal');
    await page.getByLabel('Category').selectOption({ label: 'Benefits' });
    await page.getByRole('button', { name: 'Log contact and open case' }).click();
    await page.getByRole('heading', { level: 1, name: /^PB-2026-\d{4}: Benefits appeal$/ }).waitFor();

    await page.getByRole('link', { name: 'Draft a letter' }).click();
    await page.getByRole('alert').getByText('Nadia Quiet asked not to be contacted').waitFor();
    expect(await page.getByRole('textbox', { name: 'Letter', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Draft a letter to them anyway' }).click();
    await page.getByRole('textbox', { name: 'Letter', exact: true }).waitFor();
    expect(app.errors()).toEqual([]);
  });
});
