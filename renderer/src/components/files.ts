import { toCsv } from '../../../shared/csvExport';

/** Saves rows as a CSV file through the browser's (or Electron's) download; the BOM makes Excel read "Zoë" as UTF-8. */
export function downloadCsv(fileName: string, rows: (string | number)[][]): void {
  saveBlob(fileName, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}

/** Saves bytes the page holds through the browser's (or Electron's) download. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
