/**
 * ONS Postcode Directory column names change between releases: `osward` and `pcon` until 2024,
 * year-suffixed names (`wd25cd`, `pcon24cd`, `wd25nm`) since. Each is found by pattern, the most
 * recent year winning when a file carries several.
 */
export interface DirectoryColumns {
  postcode: number;
  ward: number;
  constituency: number;
  wardName: number;
}

function newest(headers: string[], pattern: RegExp): number {
  let best = -1;
  let bestYear = -1;
  headers.forEach((header, index) => {
    const match = pattern.exec(header.trim());
    if (!match) return;
    const year = match[1] === undefined ? 0 : Number(match[1]);
    if (year > bestYear) {
      best = index;
      bestYear = year;
    }
  });
  return best;
}

export function findDirectoryColumns(headers: string[]): DirectoryColumns {
  const exact = (pattern: RegExp) => headers.findIndex((header) => pattern.test(header.trim()));
  const postcode = [/^pcds$/i, /^pcd$/i, /^pcd2$/i].map(exact).find((index) => index !== -1) ?? -1;
  return {
    postcode,
    ward: exact(/^osward$/i) !== -1 ? exact(/^osward$/i) : newest(headers, /^wd(\d{2})cd$/i),
    constituency: exact(/^pcon$/i) !== -1 ? exact(/^pcon$/i) : newest(headers, /^pcon(\d{2})cd$/i),
    wardName:
      exact(/^(osward_?name|ward_?name)$/i) !== -1
        ? exact(/^(osward_?name|ward_?name)$/i)
        : newest(headers, /^wd(\d{2})nm$/i),
  };
}

/** The ONS ward names and codes file published beside the directory: `WDyyCD` and `WDyyNM`. */
export function findWardNameColumns(headers: string[]): { code: number; name: number } {
  return { code: newest(headers, /^wd(\d{2})cd$/i), name: newest(headers, /^wd(\d{2})nm$/i) };
}

/** The header names a file's columns were read from, for the message that says which were used. */
export function usedColumnNames(headers: string[], indexes: number[]): string[] {
  return indexes.filter((index) => index !== -1).map((index) => headers[index]!.trim());
}
