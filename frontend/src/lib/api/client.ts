import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import {
  getAccessToken,
  getRefreshToken,
  sessionExpired,
  setTokens,
  clearSession,
} from '@/lib/auth/session';

// Resolve fetch at call time so tests can stub it at the boundary.
const callFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

// Same origin as the page; absolute so that Request objects can be built outside a browser, too.
const baseUrl = window.location.origin;

/** A client without the auth middleware, used to renew tokens. */
const plainClient = createClient<paths>({ baseUrl, fetch: callFetch });

const REFRESH_PATH = '/api/v1/auth/refresh';
const LOGIN_PATH = '/api/v1/auth/login';

let refreshing: Promise<boolean> | null = null;

/** Renews the tokens with the stored refresh token; concurrent callers share one request. */
export function refreshTokens(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const refreshToken = getRefreshToken();
      if (!refreshToken) return false;
      try {
        const { data, response } = await plainClient.POST(REFRESH_PATH, {
          body: { refreshToken },
        });
        if (!response.ok || !data) {
          clearSession();
          return false;
        }
        setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
        return true;
      } catch {
        return false;
      }
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

function isAuthEndpoint(url: string): boolean {
  const path = new URL(url, window.location.origin).pathname;
  return path === LOGIN_PATH || path === REFRESH_PATH;
}

function withBearer(request: Request, token: string | null): Request {
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  else headers.delete('Authorization');
  return new Request(request, { headers });
}

// A copy of each outgoing request, so it can be sent again after a refresh (a body is read once).
const pending = new WeakMap<Request, Request>();

export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    if (isAuthEndpoint(request.url)) return request;
    // After a reload only the refresh token is left: renew before the first call.
    if (!getAccessToken() && getRefreshToken()) await refreshTokens();
    const authorised = withBearer(request, getAccessToken());
    pending.set(authorised, authorised.clone());
    return authorised;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || isAuthEndpoint(request.url)) return response;
    const copy = pending.get(request);
    pending.delete(request);
    if (!copy || !(await refreshTokens())) {
      sessionExpired();
      return response;
    }
    const retried = await callFetch(withBearer(copy, getAccessToken()));
    if (retried.status === 401) sessionExpired();
    return retried;
  },
};

/** The one typed API client of the app. */
export const api = createClient<paths>({ baseUrl, fetch: callFetch });
api.use(authMiddleware);
