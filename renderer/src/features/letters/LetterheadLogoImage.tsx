import type { LetterheadLogo } from '../../../../shared/contract/system';
import { logoPrintSize } from '../../../../shared/letters/logoSize';
import classes from './Letter.module.css';

/** The logo at the size it prints on letters (the Word export uses the same size). */
export function LetterheadLogoImage({ logo }: { logo: LetterheadLogo }) {
  const { width, height } = logoPrintSize(logo);
  return (
    <img
      className={classes.logo}
      src={`data:${logo.mediaType};base64,${logo.contentBase64}`}
      alt="Office logo"
      width={width}
      height={height}
    />
  );
}
