import path from 'node:path';
import type { Page } from 'playwright-core';
import { pdfFirstPageToPng } from './pdf';

/**
 * The README's pictures are committed files: the e2e suite refreshes them only when asked
 * (`npm run screenshots`), so an ordinary test run never rewrites the working tree.
 */
const refreshing = process.env.POSTBAG_REFRESH_SCREENSHOTS === '1';
const folder = path.join(import.meta.dirname, '../screenshots');

export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (refreshing) await page.screenshot({ path: path.join(folder, `${name}.png`) });
}

export function readmePdfPicture(pdf: string, name: string): void {
  if (refreshing) pdfFirstPageToPng(pdf, path.join(folder, name));
}
