import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** A write; on success every cached read is refreshed, so lists and counts never go stale. */
export function useApiMutation<M extends MethodName>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => api(method, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
