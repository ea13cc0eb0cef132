/** Stable error codes that cross the API boundary; messages are for people, codes for code. */
export const API_ERROR_CODES = [
  'UNKNOWN_METHOD',
  'BAD_REQUEST',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  /** Not signed in (or the session ended): the page shows the sign-in screen. */
  'SIGNED_OUT',
  'IMPORT_REJECTED',
  'TOO_LARGE',
  'DISK_FULL',
  'READ_ONLY',
  'BUSY',
  'IO_ERROR',
  'DAMAGED',
  /** Office mode: the office database cannot be reached, or refused the login. */
  'OFFLINE',
  /** A long job stopped at the user's request, having written nothing. */
  'CANCELLED',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Field path (dot-joined) → messages, for VALIDATION errors. */
  fields?: Record<string, string[]>;
  /** Structured extra facts, e.g. the duplicates behind a CONFLICT. */
  details?: unknown;
}

/** Thrown by the API client when a call answers `ok: false`. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}
