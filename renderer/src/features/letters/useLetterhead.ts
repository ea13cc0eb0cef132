import { useMemo } from 'react';
import type { LetterheadLogo } from '../../../../shared/contract/system';
import { useApiQuery } from '../../api/queries';

export interface LetterheadView {
  mpName: string;
  officeAddress: string;
  logo: LetterheadLogo | null;
}

/** The letterhead from Settings (MP's name, office address, logo), once both parts have loaded. */
export function useLetterhead(): { letterhead: LetterheadView | undefined; error: unknown } {
  const settings = useApiQuery('settings.get', {});
  const logo = useApiQuery('letterhead.logo', {});
  const letterhead = useMemo(
    () =>
      settings.data &&
      logo.data && { mpName: settings.data.mpName, officeAddress: settings.data.officeAddress, logo: logo.data.logo },
    [settings.data, logo.data],
  );
  return { letterhead, error: settings.error ?? logo.error };
}
