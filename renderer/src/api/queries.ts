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
export function useApiMutation<M extends MethodName>(method: M) {
  const api = useApi();
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => api(method, input),
  });
}
