import type { ApiErrorCode } from '../../shared/contract/errors';

/** A failure the user can act on; crosses the API boundary as `{code, message, details}`. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
    /** For VALIDATION: field → messages, shown beside the form's fields. */
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: number): DomainError {
  return new DomainError('NOT_FOUND', `${what} ${id} does not exist (it may have been removed).`);
}
