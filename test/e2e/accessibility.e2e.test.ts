import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOffice } from './pages/settingsPage';
import { axeFindings, type AxeFinding } from './support/axe';
import { AppSession } from './support/session';

let app: AppSession;
beforeAll(async () => {
  app = await AppSession.start({ clock: '2026-11-24T10:00:00Z' });
  await loadExampleOffice(app);
});
afterAll(async () => {
  await app?.close();
});

/** The main pages with the example office loaded, each with the heading that says it has drawn. */
const PAGES: [string, string | RegExp][] = [
  ['/', 'Dashboard'],
  ['/constituents', 'Constituents'],
  ['/cases', 'Cases'],
  ['/campaigns', 'Campaigns'],
  ['/organisations', 'Organisations'],
  ['/letters/templates', 'Letter templates'],
  ['/settings', 'Settings'],
  ['/subject-access', 'Subject access requests'],
  ['/retention', 'Retention'],
  ['/audit', 'Audit log'],
  ['/intake', 'Log a contact'],
];

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds no serious or critical violation on the main pages and their records', async () => {
    const { page } = app;
    const all: (AxeFinding & { page: string })[] = [];
    const visit = async (path: string) => {
      for (const finding of await axeFindings(page)) all.push({ ...finding, page: path });
    };
    for (const [path, heading] of PAGES) {
      await app.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await visit(path);
    }
    // One record of each kind from the example office, and a letter being drafted.
    for (const [path, heading] of [
      ['/cases/1', /^PB-/],
      ['/constituents/1', /.+/],
      ['/campaigns/1', /police/i],
      ['/letters/new?caseId=1', /letter/i],
    ] as const) {
      await app.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await visit(path);
    }
    const serious = all.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    const nodes = serious.reduce((sum, f) => sum + f.nodes.length, 0);
    console.log(
      `axe-core: ${nodes} serious or critical nodes\n` +
        serious
          .map((f) => `  ${f.page} ${f.id} (${f.impact}) ×${f.nodes.length}: ${f.nodes.slice(0, 3).join(' | ')}`)
          .join('\n'),
    );
    expect(serious.map((f) => `${f.page} ${f.id}: ${f.help}`)).toEqual([]);
  });

  it('keeps focus where a keyboard user needs it: skip link, page headings, a form that opens and closes', async () => {
    const { page } = app;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`
          : '';
      });
    await app.goto('/cases');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button:Skip to the page’s content');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('h1:Cases');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    await expect.poll(focused).toBe('h1:Campaigns');

    await app.goto('/organisations/1');
    const open = page.getByRole('button', { name: /^Record reply to / }).first();
    const name = (await open.getAttribute('aria-label'))!;
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^input:/);
    expect(await page.getByRole('form', { name: name.replace('Record reply to', 'Record the reply to') }).count()).toBe(
      1,
    );
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe(`button:${name}`);
  });
});
