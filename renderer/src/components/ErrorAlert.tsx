import { Alert } from '@mantine/core';
import { ApiCallError } from '../../../shared/contract/errors';

/** The one way errors are shown: a clear message, never a stack trace. */
export function ErrorAlert({ error, title = 'That did not work' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message =
    error instanceof ApiCallError ? error.message : error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {message}
    </Alert>
  );
}

/** Field messages from a VALIDATION error, keyed by field name, for a form's `setErrors`. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError) || error.error.code !== 'VALIDATION' || !error.error.fields) return {};
  return Object.fromEntries(Object.entries(error.error.fields).map(([field, messages]) => [field, messages[0] ?? '']));
}

/** The error to show as an alert: null when its messages are already shown beside the fields. */
export function errorNotBesideFields(error: unknown): unknown {
  return Object.keys(fieldErrorsOf(error)).length > 0 ? null : error;
}
