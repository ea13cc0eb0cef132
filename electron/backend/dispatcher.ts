import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/api';
import { requestEnvelope, type ResponseEnvelope } from '../../shared/contract/envelope';
import type { ApiError } from '../../shared/contract/errors';
import type { Change } from '../../shared/contract/changes';
import type { BackendContext, Caller } from './context';
import { DomainError } from './errors';
import type { Handlers } from './handlers';
import { storageFailureError } from './storageFailure';
import { commandContext } from './unitOfWork';
import { uploadUsedBy } from './files/stagingArea';
import { ACCESS_LABELS, METHOD_ACCESS, mayCall } from '../../shared/contract/access';
import { ROLE_LABELS } from '../../shared/contract/staff';

export interface Dispatcher {
  /** The transport says who is calling. */
  dispatch(envelope: unknown, caller: Caller): Promise<ResponseEnvelope>;
}

export type ErrorLogger = (method: string, error: unknown) => void;

export interface DispatcherHooks {
  logError: ErrorLogger;
  /** Runs after each command, whether it succeeded or not (the WAL checkpoint); a failure here is the command's. */
  afterCommand?: () => Promise<void>;
  /** Told what each command changed, once it has committed (the events channel). */
  onChanges?: (changes: Change[], caller: Caller) => void;
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

/**
 * What a failure tells the user: its own message for a domain failure, the cause for a storage
 * failure (disk full, read-only…), else a plain apology; anything unexpected is logged, never shown.
 */
export function apiErrorOf(error: unknown, what: string, logError: ErrorLogger): ApiError {
  if (error instanceof z.ZodError) return validationError(error);
  const known = error instanceof DomainError ? error : storageFailureError(error);
  if (known) {
    if (!(error instanceof DomainError)) logError(what, error);
    const fields = error instanceof DomainError ? error.fields : undefined;
    return { code: known.code, message: known.message, details: known.details, ...(fields ? { fields } : {}) };
  }
  logError(what, error);
  return { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' };
}

/** Why the caller may not call the method (not signed in, or not in their role), or null when they may. */
function accessRefused(method: MethodName, caller: Caller): ApiError | null {
  if (METHOD_ACCESS[method] === 'anyone') return null;
  if (caller.role === null) return { code: 'SIGNED_OUT', message: 'Please sign in to continue.' };
  if (mayCall(caller.role, method)) return null;
  return {
    code: 'FORBIDDEN',
    message: `${ROLE_LABELS[caller.role]}s cannot do this in Postbag (${ACCESS_LABELS[METHOD_ACCESS[method]]} only). Ask an administrator if you need it.`,
  };
}

/** Envelope in, envelope out: never throws, never lets a stack trace cross the boundary. */
export function createDispatcher(ctx: BackendContext, handlers: Handlers, hooks: DispatcherHooks): Dispatcher {
  async function call(method: MethodName, input: unknown, caller: Caller, changes: Change[]) {
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) throw parsed.error;
    if (contract[method].kind === 'job') return ctx.jobs.start(method, parsed.data, caller);
    const handler = handlers[method] as (ctx: BackendContext, input: unknown) => Promise<unknown>;
    // A query gets the read-only connection as its `db`: it cannot write, whatever it calls.
    if (contract[method].kind === 'query')
      return handler({ ...ctx, db: ctx.reader, caller } as BackendContext, parsed.data);
    try {
      const result = await handler(commandContext(ctx, caller, changes), parsed.data);
      // A command that used an upload is done with it; a query (a preview) leaves it for the next look.
      const upload = uploadUsedBy(parsed.data);
      if (upload !== null) await ctx.staging.discard(upload);
      return result;
    } finally {
      // Also after a failed command: a rolled-back transaction can leave its pages' bytes in the -wal.
      await hooks.afterCommand?.();
    }
  }

  return {
    async dispatch(raw, caller) {
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
      const refused = accessRefused(method, caller);
      if (refused) return { id, ok: false, error: refused };
      if (containsNul(input)) return { id, ok: false, error: NUL_REFUSED };
      const changes: Change[] = [];
      try {
        const result = await call(method, input, caller, changes);
        if (contract[method].kind !== 'command') return { id, ok: true, result };
        if (changes.length > 0) hooks.onChanges?.(changes, caller);
        return { id, ok: true, result, changes };
      } catch (error) {
        return { id, ok: false, error: apiErrorOf(error, method, hooks.logError) };
      }
    },
  };
}
