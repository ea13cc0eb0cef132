import { useEffect } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from './ErrorAlert';

/** Runs a contract schema as a form validator: the same rules the backend applies, first message per field. */
export function zodFormValidator<T>(schema: z.ZodType) {
  return (values: T): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      errors[key] ??= issue.message;
    }
    return errors;
  };
}

/** Puts a failed save's field messages (a VALIDATION error) beside the form's fields. */
export function useServerFieldErrors(setErrors: (errors: Record<string, string>) => void, error: unknown): void {
  useEffect(() => {
    const fields = fieldErrorsOf(error);
    if (Object.keys(fields).length > 0) setErrors(fields);
  }, [error, setErrors]);
}

/** What every record form takes: its starting values, its button, and the last save's state. */
export interface RecordFormProps<Values> {
  initialValues: Values;
  submitLabel: string;
  onSubmit: (values: Values) => void;
  submitting?: boolean;
  error?: unknown;
}
