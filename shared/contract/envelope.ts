import { z } from 'zod';
import type { Change } from './changes';
import type { ApiError } from './errors';

/** The one message shape every transport carries. */
export const requestEnvelope = z.object({
  id: z.union([z.string().max(100), z.number()]),
  method: z.string().max(100),
  input: z.unknown(),
  /** The signed-in session's token (absent before signing in, or when this office has sign-in off). */
  session: z.string().max(100).optional(),
});
export type RequestEnvelope = z.infer<typeof requestEnvelope>;

export type ResponseEnvelope =
  | { id: string | number | null; ok: true; result: unknown; /** A command's: what it changed. */ changes?: Change[] }
  | { id: string | number | null; ok: false; error: ApiError };
