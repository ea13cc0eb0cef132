import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** scrypt's cost (N = 2^15, r = 8, p = 1: 32 MiB and ~0.1 s here), stored with each hash so it can be raised later. */
export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 1 };
const COST = SCRYPT_COST;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/** A 256-bit key from a secret (a password, the office's backup passphrase), its salt and scrypt's cost. */
export function scryptKey(secret: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: MAX_MEMORY });
}

/** `scrypt$N$r$p$salt$hash` (base64): what the staff table stores, never the password. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scryptKey(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether the password matches the stored hash; false for a malformed or empty one. Constant-time comparison. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return crypto.timingSafeEqual(actual, expected);
}

/** A hash no password matches: checked against when the name is unknown, so the answer takes as long either way. */
export const UNKNOWN_STAFF_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;
