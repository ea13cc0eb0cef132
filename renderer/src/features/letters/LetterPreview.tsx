import type { MergeResult } from '../../../../shared/letters/mergeFields';
import { MERGE_FIELDS } from '../../../../shared/letters/mergeFields';
import classes from './Letter.module.css';
import { LetterheadLogoImage } from './LetterheadLogoImage';
import type { LetterheadView } from './useLetterhead';

/** The letter as it will print: merged values as chips on screen, plain on paper; problems in red. */
export function LetterPreview({
  letterhead,
  merged,
  label = 'Letter preview',
}: {
  letterhead: LetterheadView;
  merged: MergeResult;
  label?: string;
}) {
  return (
    <article className={classes.sheet} aria-label={label}>
      <header className={classes.letterhead}>
        {letterhead.logo && <LetterheadLogoImage logo={letterhead.logo} />}
        <strong>{letterhead.mpName || 'Set the MP’s name in Settings'}</strong>
        <div className={classes.lines}>{letterhead.officeAddress}</div>
      </header>
      <div className={classes.lines}>
        {merged.segments.map((segment, i) =>
          segment.kind === 'text' ? (
            <span key={i}>{segment.text}</span>
          ) : segment.kind === 'field' ? (
            <span key={i} className={classes.field} title={MERGE_FIELDS[segment.name]?.label}>
              {segment.value}
            </span>
          ) : (
            <span key={i} className={classes.problem} role="mark">
              {segment.problem === 'missing'
                ? `No value: ${MERGE_FIELDS[segment.name]?.label ?? segment.name}`
                : segment.problem === 'instruction'
                  ? `Replace this: ${segment.name}`
                  : `Unknown field {{${segment.name}}}`}
            </span>
          ),
        )}
      </div>
    </article>
  );
}
