import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings } from './support/axe';
import { AppSession, callApiIn, openAppIn } from './support/session';

const VOLUNTEER = { name: 'Val Volunteer', password: 'val’s long password' };

describe('global search (Ctrl+K)', () => {
  let app: AppSession;
  let caseId: number;
  beforeAll(async () => {
    app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
    await app.goto('/');
    const person = await callApiIn<{ id: number }>(app.page, 'constituents.create', {
      firstName: 'Zoë',
      lastName: 'Brontë',
      phone: '07700 900123',
      postcode: 'RM9 6XX',
      preferredContact: 'phone',
    });
    caseId = (
      await callApiIn<{ id: number }>(app.page, 'cases.create', {
        constituentId: person.id,
        title: 'Visa delay',
        category: 'immigration',
        openedOn: '2026-11-02',
      })
    ).id;
    const other = await callApiIn<{ id: number }>(app.page, 'constituents.create', {
      firstName: 'Ann',
      lastName: 'Able',
      email: 'ann@example.org',
      preferredContact: 'email',
    });
    await callApiIn(app.page, 'cases.create', {
      constituentId: other.id,
      title: 'Housing repairs',
      category: 'housing',
      openedOn: '2026-11-02',
    });
    const homeOffice = await callApiIn<{ id: number }>(app.page, 'organisations.create', {
      name: 'Home Office',
      kind: 'government_department',
      replyTargetDays: 20,
    });
    await callApiIn(app.page, 'correspondence.recordOutgoing', {
      organisationId: homeOffice.id,
      caseId,
      channel: 'letter',
      subject: 'Visa application',
      body: 'Her biometric appointment was in April and she has heard nothing since.',
      sentOn: '2026-11-03',
    });
    await callApiIn(app.page, 'staff.create', { ...VOLUNTEER, role: 'volunteer' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds a constituent from a phone number typed with spaces, and a letter from a word of its text, by keyboard alone', async () => {
    const { page } = app;
    await app.goto('/cases');
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    // Typing waits until the dialog has put the caret in its box (it opens with a transition).
    const openSearch = async () => {
      await page.keyboard.press('Control+K');
      const box = page.getByRole('combobox', { name: 'Search for' });
      await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    };
    await openSearch();
    await page.keyboard.type('07700 900 123');
    const people = page.getByRole('group', { name: 'Constituents' });
    await people.getByRole('option', { name: /Zoë Brontë/ }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Zoë Brontë/ }).waitFor();
    expect(page.url()).toMatch(/#\/constituents\/\d+$/);

    await openSearch();
    await page.keyboard.type('biometric');
    const letter = page
      .getByRole('group', { name: 'Correspondence' })
      .getByRole('option', { name: /Visa application/ });
    await letter.waitFor();
    expect(await letter.locator('mark').allTextContents()).toEqual(['biometric']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await letter.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Visa delay/ }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/cases/${caseId}$`));
    expect(app.errors()).toEqual([]);
  });

  it('filters the case list by a word, and jumps to a case from its whole reference', async () => {
    const { page } = app;
    await app.goto('/cases');
    const words = page.getByRole('textbox', { name: 'Words or reference' });
    await page.getByText('2 cases').waitFor();
    await words.fill('brontë');
    await words.press('Enter');
    await page.getByText('1 case').waitFor();
    expect(page.url()).toMatch(/q=bront/);
    await words.fill('in');
    await words.press('Enter');
    await page.getByText('Type a word of three letters or more to find cases by their text').waitFor();
    const reference = await callApiIn<{ record: { reference: string } }>(page, 'cases.get', { id: caseId });
    await words.fill(reference.record.reference.toLowerCase());
    await words.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Visa delay/ }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/cases/${caseId}$`));
  });

  it('shows a volunteer no case, letter or constituent', async () => {
    const page = await app.browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await openAppIn(page, app.serve.url, VOLUNTEER);
    await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    await page.getByRole('button', { name: 'Search…' }).click();
    await page.getByRole('combobox', { name: 'Search for' }).fill('visa');
    await page.getByText('Nothing found for “visa”.').waitFor();
    expect(await page.getByRole('option').count()).toBe(0);
  });
});
