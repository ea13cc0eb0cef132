import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/queries';
import { sessionToken } from '../../api/sessionToken';

/** Ends this tab's session: the backend forgets it, the page forgets everything it read. */
export function SignOutButton() {
  const queryClient = useQueryClient();
  const signOut = useApiMutation('auth.signOut');
  return (
    <Button
      variant="default"
      size="sm"
      loading={signOut.isPending}
      onClick={() =>
        signOut.mutate(
          {},
          {
            onSettled: () => {
              sessionToken.clear();
              // Nothing read as this person stays in the page: every query starts again, as nobody.
              void queryClient.resetQueries();
            },
          },
        )
      }
    >
      Sign out
    </Button>
  );
}
