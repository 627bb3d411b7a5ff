import { Navigate, Outlet, useLocation } from 'react-router';
import { sessionEndedByLogout } from '@/lib/auth/session';
import { useHasSession } from '@/lib/auth/use-session';

/**
 * Sends visitors without a session to the login page, remembering where they wanted to go — unless they
 * just logged out: the next person to sign in on this tab starts at the home page.
 */
export function RequireSession() {
  const hasSession = useHasSession();
  const location = useLocation();
  if (!hasSession) {
    const state = sessionEndedByLogout()
      ? undefined
      : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
