import { createContext, useContext } from 'react';
import { mayCall } from '../../../../shared/contract/access';
import type { MethodName } from '../../../../shared/contract/api';
import type { AuthStatus, SignedIn } from '../../../../shared/contract/staff';

interface Me extends SignedIn {
  /** Whether this office signs in (false: solo, one staff member, sign-in off). */
  signInRequired: boolean;
  mayTurnOffSignIn: boolean;
}

const MeContext = createContext<Me | null>(null);

export const MeProvider = MeContext.Provider;

export function meFrom(status: AuthStatus): Me | null {
  return status.me
    ? { ...status.me, signInRequired: status.signInRequired, mayTurnOffSignIn: status.mayTurnOffSignIn }
    : null;
}

/** The signed-in staff member. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe needs a signed-in <MeProvider>');
  return me;
}

/** Whether the signed-in person's role may call a method: the page offers only what the backend allows. */
export function useMay(): (method: MethodName) => boolean {
  const me = useContext(MeContext);
  return (method) => me !== null && mayCall(me.role, method);
}
