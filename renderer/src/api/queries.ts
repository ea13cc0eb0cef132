import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/api';
import type { ApiCallError } from '../../../shared/contract/errors';
import { useApi } from './ApiProvider';

export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
) {
  const api = useApi();
  return useQuery<MethodOutput<M>, ApiCallError>({
    queryKey: [method, input],
    queryFn: () => api(method, input),
    placeholderData: keepPreviousData,
    ...options,
  });
}

/** A write; the client refreshes the queries that read what its reply says changed. */
/**
 * A command. `onSuccess` given here still runs when the calling component has gone meanwhile (a page
 * whose record the command removed), unlike one given to `mutate`.
 */
export function useApiMutation<M extends MethodName>(
  method: M,
  options: { onSuccess?: (result: MethodOutput<M>) => void } = {},
) {
  const api = useApi();
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => api(method, input),
    onSuccess: options.onSuccess,
  });
}
