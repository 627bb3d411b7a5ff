/**
 * Holds the session tokens: the access token only in memory, the refresh token in sessionStorage
 * (so it survives a reload of the tab, but not the closing of the browser).
 */
export type Tokens = {
  accessToken: string;
  refreshToken: string;
};

const REFRESH_TOKEN_KEY = 'mtd.refreshToken';

let accessToken: string | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function notify() {
  listeners.forEach((listener) => listener());
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getRefreshToken(): string | null {
  return storage()?.getItem(REFRESH_TOKEN_KEY) ?? null;
}

export function hasSession(): boolean {
  return accessToken !== null || getRefreshToken() !== null;
}

export function setTokens(tokens: Tokens) {
  const hadSession = hasSession();
  endedByLogout = false;
  accessToken = tokens.accessToken;
  storage()?.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
  if (!hadSession) notify();
}

let endedByLogout = false;

/** True when the last session ended with an explicit log-out (then no page is remembered for the next user). */
export function sessionEndedByLogout(): boolean {
  return endedByLogout;
}

export function clearSession({ logout = false }: { logout?: boolean } = {}) {
  const hadSession = hasSession();
  endedByLogout = logout;
  accessToken = null;
  storage()?.removeItem(REFRESH_TOKEN_KEY);
  if (hadSession) notify();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let expiredHandler: () => void = () => window.location.assign('/login');

/** The app registers how to send the user to the login page when the session cannot be renewed. */
export function onSessionExpired(handler: () => void) {
  expiredHandler = handler;
}

export function sessionExpired() {
  clearSession();
  expiredHandler();
}
