/** The logo's printed size in CSS pixels (96 per inch): at most 2 cm high and 6 cm wide, never enlarged. */
export function logoPrintSize(logo: { widthPx: number; heightPx: number }): { width: number; height: number } {
  const maxHeight = 76;
  const maxWidth = 227;
  const scale = Math.min(1, maxHeight / logo.heightPx, maxWidth / logo.widthPx);
  return { width: Math.round(logo.widthPx * scale), height: Math.round(logo.heightPx * scale) };
}
