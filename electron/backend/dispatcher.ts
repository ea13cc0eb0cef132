import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/api';
import { requestEnvelope, type ResponseEnvelope } from '../../shared/contract/envelope';
import type { ApiError } from '../../shared/contract/errors';
import type { BackendContext } from './context';
import { DomainError } from './errors';
import type { Handlers } from './handlers';
import { storageFailureError } from './storageFailure';

export interface Dispatcher {
  dispatch(envelope: unknown): Promise<ResponseEnvelope>;
}

export type ErrorLogger = (method: string, error: unknown) => void;

export interface DispatcherHooks {
  logError: ErrorLogger;
  /** Runs after each command, whether it succeeded or not (the WAL checkpoint); a failure here is the command's. */
  afterCommand?: () => Promise<void>;
}

/** NUL never reaches the database: it cuts strings short in other tools and hides text from search. */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

const NUL_REFUSED: ApiError = {
  code: 'VALIDATION',
  message:
    'Please check the details: the text contains a NUL character (often a sign of a damaged or mis-encoded file).',
};

function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  const summary = Object.entries(fields)
    .map(([field, messages]) => (field === '_' ? messages[0] : `${field}: ${messages[0]}`))
    .join('; ');
  return { code: 'VALIDATION', message: `Please check the details: ${summary}`, fields };
}

/** Envelope in, envelope out: never throws, never lets a stack trace cross the boundary. */
export function createDispatcher(ctx: BackendContext, handlers: Handlers, hooks: DispatcherHooks): Dispatcher {
  async function call(method: MethodName, input: unknown) {
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) throw parsed.error;
    const handler = handlers[method] as (ctx: BackendContext, input: unknown) => Promise<unknown>;
    if (contract[method].kind === 'query') return handler(ctx, parsed.data);
    try {
      return await handler(ctx, parsed.data);
    } finally {
      // Also after a failed command: a rolled-back transaction can leave its pages' bytes in the -wal.
      await hooks.afterCommand?.();
    }
  }

  return {
    async dispatch(raw) {
      const envelope = requestEnvelope.safeParse(raw);
      if (!envelope.success) {
        return {
          id: null,
          ok: false,
          error: { code: 'BAD_REQUEST', message: 'The request was not a valid API call.' },
        };
      }
      const { id, method, input } = envelope.data;
      if (!isMethodName(method)) {
        return {
          id,
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `There is no API method called "${method}".` },
        };
      }
      if (containsNul(input)) return { id, ok: false, error: NUL_REFUSED };
      try {
        return { id, ok: true, result: await call(method, input) };
      } catch (error) {
        if (error instanceof z.ZodError) return { id, ok: false, error: validationError(error) };
        const known = error instanceof DomainError ? error : storageFailureError(error);
        if (known) {
          if (!(error instanceof DomainError)) hooks.logError(method, error);
          return { id, ok: false, error: { code: known.code, message: known.message, details: known.details } };
        }
        hooks.logError(method, error);
        return {
          id,
          ok: false,
          error: { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' },
        };
      }
    },
  };
}
