import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { createApiClient } from '../../../shared/contract/client';
import { ApiProvider, type JobStatusListener } from '../api/ApiProvider';
import { refreshQueriesFor } from '../api/refreshQueries';
import type { Transport } from '../api/transport';
import { routes } from './routes';
import { sessionToken } from '../api/sessionToken';
import { AuthGate } from '../features/staff/AuthGate';
import { cssVariablesResolver, theme } from './theme';

export function App({ transport }: { transport: Transport }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 5_000 } } }),
  );
  // A command's reply says what it changed; just the queries that read it are refreshed.
  const [jobListeners] = useState(() => new Set<JobStatusListener>());
  const [api] = useState(() => ({
    client: createApiClient(
      async (envelope) => {
        const reply = await transport.send(envelope);
        // A new session is kept before the reply's changes refresh anything: read without it, the
        // refreshed sign-in state would show the sign-in form for a moment after setting up.
        if (reply.ok && (envelope.method === 'auth.setUp' || envelope.method === 'auth.signIn')) {
          sessionToken.set((reply.result as { sessionToken: string }).sessionToken);
        }
        // The session ended (expired, signed out elsewhere, the backend restarted): back to the sign-in form.
        if (!reply.ok && reply.error.code === 'SIGNED_OUT') {
          sessionToken.clear();
          void queryClient.invalidateQueries({ queryKey: ['auth.status'] });
        }
        return reply;
      },
      { onChanges: (changes) => refreshQueriesFor(queryClient, changes), session: sessionToken.get },
    ),
    stageFile: transport.stageFile,
    download: transport.download,
    onJobStatus: (listener: JobStatusListener) => {
      jobListeners.add(listener);
      return () => void jobListeners.delete(listener);
    },
  }));
  useEffect(
    () =>
      transport.subscribe({
        onEvent: (event) => {
          if (event.type === 'changed') void refreshQueriesFor(queryClient, event.changes);
          else for (const listener of jobListeners) listener(event.job);
        },
        onResync: () => void queryClient.invalidateQueries(),
      }),
    [transport, queryClient, jobListeners],
  );
  const [router] = useState(() => createHashRouter(routes));
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <ApiProvider api={api}>
        <QueryClientProvider client={queryClient}>
          <AuthGate>
            <RouterProvider router={router} />
          </AuthGate>
        </QueryClientProvider>
      </ApiProvider>
    </MantineProvider>
  );
}
