import { execFileSync } from 'node:child_process';

/** The text of a PDF, via poppler's pdftotext (installed by .ci/run). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Page 1 as a PNG at `pngBase` + `.png`. */
export function pdfFirstPageToPng(file: string, pngBase: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, pngBase]);
}
