import { useSyncExternalStore } from 'react';
import { hasSession, subscribeSession } from './session';

/** True while the browser holds a session (an access or a refresh token). */
export function useHasSession(): boolean {
  return useSyncExternalStore(subscribeSession, hasSession, hasSession);
}
