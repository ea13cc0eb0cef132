import type { Page } from 'playwright-core';

export class CasePage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  status() {
    return this.page.getByTestId('case-status');
  }

  timeline() {
    return this.page.getByLabel('Case timeline');
  }

  async addNote(text: string) {
    await this.page.getByRole('textbox', { name: 'Add a note' }).fill(text);
    await this.page.getByRole('button', { name: 'Save note' }).click();
    await this.timeline().getByText(text).waitFor();
  }

  async changeStatus(label: string) {
    await this.page.getByLabel('New status').selectOption({ label });
    await this.page.getByRole('button', { name: 'Change status' }).click();
    await this.status().getByText(label).waitFor();
  }

  async close(outcome: string, note: string) {
    await this.page.getByLabel('New status').selectOption({ label: 'Closed' });
    await this.page.getByLabel('Outcome', { exact: true }).selectOption({ label: outcome });
    await this.page.getByLabel('Outcome note').fill(note);
    await this.page.getByRole('button', { name: 'Close case' }).click();
    await this.status().getByText('Closed').waitFor();
  }
}
