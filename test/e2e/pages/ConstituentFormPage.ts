import type { Page } from 'playwright-core';

export interface ConstituentEntry {
  firstName: string;
  lastName: string;
  postcode?: string;
  addressLine1?: string;
  town?: string;
  email?: string;
  phone?: string;
}

export class ConstituentFormPage {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(entry: ConstituentEntry) {
    await this.page.getByLabel('First name').fill(entry.firstName);
    await this.page.getByLabel('Last name').fill(entry.lastName);
    if (entry.postcode !== undefined) await this.field('Postcode').fill(entry.postcode);
    if (entry.addressLine1 !== undefined) await this.field('Address line 1').fill(entry.addressLine1);
    if (entry.town !== undefined) await this.field('Town').fill(entry.town);
    if (entry.email !== undefined) await this.field('Email').fill(entry.email);
    if (entry.phone !== undefined) await this.field('Phone').fill(entry.phone);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save constituent' }).click();
  }

  /** The message shown beside a field (its accessible description). */
  async errorFor(label: string): Promise<string> {
    const id = await this.field(label).getAttribute('aria-describedby');
    if (!id) return '';
    return (await this.page.locator(`[id="${id.split(' ')[0]}"]`).textContent()) ?? '';
  }
}
