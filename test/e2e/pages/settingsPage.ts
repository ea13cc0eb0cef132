import type { AppSession } from '../support/session';

/** Loads the example office from the dashboard, as a newcomer would. */
export async function loadExampleOffice(app: AppSession): Promise<void> {
  await app.page.getByRole('button', { name: 'Load example data' }).click();
  await app.page.getByText('You are looking at example data').waitFor();
}

/** Sets the constituency and the letterhead (MP's name and office address) in Settings, and saves. */
export async function saveLetterhead(app: AppSession): Promise<void> {
  const { page } = app;
  await app.goto('/settings');
  await page.getByLabel('Constituency', { exact: true }).fill('Dagenham and Rainham');
  await page.getByLabel('MP’s name, as letters are signed').fill('Jon Cruddas MP');
  await page.getByLabel('Office address (letterhead)').fill('House of Commons\nLONDON\nSW1A 0AA');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Settings saved.').waitFor();
}
