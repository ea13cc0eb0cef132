import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/api';
import { requestEnvelope, type ResponseEnvelope } from '../../shared/contract/envelope';
import type { ApiError } from '../../shared/contract/errors';
import type { BackendContext } from './context';
import { DomainError } from './errors';
import type { Handlers } from './handlers';

export interface Dispatcher {
  dispatch(envelope: unknown): Promise<ResponseEnvelope>;
}

export type ErrorLogger = (method: string, error: unknown) => void;

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
export function createDispatcher(ctx: BackendContext, handlers: Handlers, logError: ErrorLogger): Dispatcher {
  async function call(method: MethodName, input: unknown) {
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) throw parsed.error;
    const handler = handlers[method] as (ctx: BackendContext, input: unknown) => Promise<unknown>;
    return handler(ctx, parsed.data);
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
      try {
        return { id, ok: true, result: await call(method, input) };
      } catch (error) {
        if (error instanceof z.ZodError) return { id, ok: false, error: validationError(error) };
        if (error instanceof DomainError) {
          return { id, ok: false, error: { code: error.code, message: error.message, details: error.details } };
        }
        logError(method, error);
        return {
          id,
          ok: false,
          error: { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' },
        };
      }
    },
  };
}
