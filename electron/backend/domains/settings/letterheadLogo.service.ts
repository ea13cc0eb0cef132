import { imageSize } from 'image-size';
import { z } from 'zod';
import type { LetterheadLogo } from '../../../../shared/contract/system';
import { nowIso, type BackendContext, type Db } from '../../context';
import { DomainError } from '../../errors';
import { insertAuditEntries } from '../audit/audit.repository';
import { currentActor } from './settings.service';
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

export async function setLetterheadLogo(ctx: BackendContext, contentBase64: string): Promise<LetterheadLogo> {
  const logo = { ...describeImage(Buffer.from(contentBase64, 'base64')), contentBase64 };
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await writeSetting(trx, 'letterheadLogo', JSON.stringify(logo));
    await insertAuditEntries(trx, [
      { at, actor: await currentActor(ctx, trx), entity: 'settings', entityId: null, action: 'set_logo' },
    ]);
  });
  return logo;
}

export async function removeLetterheadLogo(ctx: BackendContext): Promise<{ removed: true }> {
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSetting(trx, 'letterheadLogo');
    await insertAuditEntries(trx, [
      { at, actor: await currentActor(ctx, trx), entity: 'settings', entityId: null, action: 'remove_logo' },
    ]);
  });
  return { removed: true };
}
