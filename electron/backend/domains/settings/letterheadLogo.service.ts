import { imageSize } from 'image-size';
import { z } from 'zod';
import { MAX_LOGO_BYTES, type LetterheadLogo } from '../../../../shared/contract/system';
import type { CommandContext, Db } from '../../context';
import { DomainError } from '../../errors';
import { deleteSetting, readSetting, writeSetting } from './settings.repository';

const MEDIA_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;
const MAX_SIDE_PX = 5000;

const storedLogo = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  contentBase64: z.base64(),
});

function describeImage(bytes: Buffer): Omit<LetterheadLogo, 'contentBase64'> {
  let size: ReturnType<typeof imageSize> | undefined;
  try {
    size = imageSize(bytes);
  } catch {
    size = undefined;
  }
  const mediaType = size?.type && size.type in MEDIA_TYPES ? MEDIA_TYPES[size.type as keyof typeof MEDIA_TYPES] : null;
  if (!size || !mediaType) {
    throw new DomainError('VALIDATION', 'The logo must be a PNG or JPEG image; this file is neither.');
  }
  if (size.width > MAX_SIDE_PX || size.height > MAX_SIDE_PX) {
    throw new DomainError(
      'VALIDATION',
      `The logo is ${size.width} × ${size.height} pixels; keep each side under ${MAX_SIDE_PX.toLocaleString('en-GB')}.`,
    );
  }
  return { mediaType, widthPx: size.width, heightPx: size.height };
}

/** The office's letterhead logo, or null; a damaged stored value reads as no logo rather than breaking letters. */
export async function readLetterheadLogo(db: Db): Promise<LetterheadLogo | null> {
  const raw = await readSetting(db, 'letterheadLogo');
  if (!raw) return null;
  try {
    return storedLogo.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

export async function setLetterheadLogo(ctx: CommandContext, stagedFileId: string): Promise<LetterheadLogo> {
  const bytes = await ctx.staging.read(stagedFileId, {
    maxBytes: MAX_LOGO_BYTES,
    tooLarge: 'The logo must be at most 1 MB; save a smaller copy.',
  });
  const logo = { ...describeImage(bytes), contentBase64: bytes.toString('base64') };
  await ctx.unitOfWork(async (work) => {
    await writeSetting(work.trx, 'letterheadLogo', JSON.stringify(logo));
    work.audit('settings', null, 'set_logo');
  });
  return logo;
}

export async function removeLetterheadLogo(ctx: CommandContext): Promise<{ removed: true }> {
  await ctx.unitOfWork(async (work) => {
    await deleteSetting(work.trx, 'letterheadLogo');
    work.audit('settings', null, 'remove_logo');
  });
  return { removed: true };
}
