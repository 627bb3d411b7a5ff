import { Navigate, Outlet, useLocation } from 'react-router';
import { useHasSession } from '@/lib/auth/use-session';

/** Sends visitors without a session to the login page, remembering where they wanted to go. */
export function RequireSession() {
  const hasSession = useHasSession();
  const location = useLocation();
  if (!hasSession) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
