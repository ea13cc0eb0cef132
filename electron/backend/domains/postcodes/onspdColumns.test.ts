import { describe, expect, it } from 'vitest';
import { findDirectoryColumns, findWardNameColumns } from './onspdColumns';

describe('ONS Postcode Directory columns, release by release', () => {
  it('reads the pre-2025 names', () => {
    expect(findDirectoryColumns(['pcd', 'pcds', 'osward', 'pcon', 'wd23nm'])).toEqual({
      postcode: 1,
      ward: 2,
      constituency: 3,
      wardName: 4,
    });
  });

  it('reads year-suffixed names, in any case, the newest year winning', () => {
    expect(findDirectoryColumns(['PCDS', 'WD24CD', 'WD25CD', 'PCON24CD', 'PCON10CD', 'WD25NM'])).toEqual({
      postcode: 0,
      ward: 2,
      constituency: 3,
      wardName: 5,
    });
    expect(findDirectoryColumns(['pcd2', 'lad25cd'])).toMatchObject({ postcode: 0, ward: -1, constituency: -1 });
  });

  it('finds the codes and names in the ward names file', () => {
    expect(findWardNameColumns(['WD24CD', 'WD24NM', 'WD24NMW', 'LAD24CD', 'FID'])).toEqual({ code: 0, name: 1 });
    expect(findWardNameColumns(['code', 'name'])).toEqual({ code: -1, name: -1 });
  });
});
