import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeTempDir } from '../../support/tempBackend';

/** Prints the page as Chromium would to paper (what "Save as PDF" gives); returns the PDF's path. */
export async function printPageToPdf(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(makeTempDir('postbag-pdf-'), name);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/** The text of a PDF, via poppler's pdftotext (installed by .ci/run). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** How many images the PDF draws (poppler's pdfimages lists one per line after a two-line header). */
export function pdfImageCount(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}

/** Page 1 as a PNG at `pngBase` + `.png`. */
export function pdfFirstPageToPng(file: string, pngBase: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, pngBase]);
}
