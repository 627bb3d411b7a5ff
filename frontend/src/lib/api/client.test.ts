import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { api } from './client';
import {
  clearSession,
  getAccessToken,
  getRefreshToken,
  onSessionExpired,
  setTokens,
} from '@/lib/auth/session';

const me = {
  id: '00000000-0000-0000-0000-000000000001',
  email: 'admin@example.org',
  displayName: 'Admin',
  preferredLanguage: 'en',
  role: 'ADMIN',
  regionIds: [],
  organisationId: null,
  version: 1,
};

const tokens = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  tokenType: 'Bearer',
  expiresIn: 900,
});

describe('api client', () => {
  const expired = vi.fn();

  beforeEach(() => {
    setTokens({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    onSessionExpired(expired);
  });

  afterEach(() => {
    clearSession();
    expired.mockReset();
  });

  it('sends the access token as a bearer token', async () => {
    const { requests } = mockFetch(() => json(me));
    const { data } = await api.GET('/api/v1/me');
    expect(data?.email).toBe('admin@example.org');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('refreshes once after a 401 and retries the request with the new token', async () => {
    const { requests } = mockFetch(async (request) => {
      if (path(request) === '/api/v1/auth/refresh') {
        expect(await request.json()).toEqual({ refreshToken: 'refresh-1' });
        return json(tokens(2));
      }
      if (request.headers.get('Authorization') === 'Bearer access-2') return json(me);
      return problem(401, 'unauthorized', 'Token expired');
    });

    const { data, response } = await api.GET('/api/v1/me');

    expect(response.status).toBe(200);
    expect(data?.displayName).toBe('Admin');
    expect(requests.map((r) => `${r.method} ${path(r)}`)).toEqual([
      'GET /api/v1/me',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/me',
    ]);
    expect(requests[2].headers.get('Authorization')).toBe('Bearer access-2');
    expect(getAccessToken()).toBe('access-2');
    expect(getRefreshToken()).toBe('refresh-2');
    expect(expired).not.toHaveBeenCalled();
  });

  it('sends the body again when it retries a write', async () => {
    const bodies: unknown[] = [];
    mockFetch(async (request) => {
      if (path(request) === '/api/v1/auth/refresh') return json(tokens(2));
      bodies.push(await request.json());
      if (request.headers.get('Authorization') === 'Bearer access-2') return json(me);
      return problem(401, 'unauthorized', 'Token expired');
    });

    await api.PUT('/api/v1/me', {
      params: { header: { 'If-Match': '"1"' } },
      body: { displayName: 'New name', preferredLanguage: 'de' },
    });

    expect(bodies).toEqual([
      { displayName: 'New name', preferredLanguage: 'de' },
      { displayName: 'New name', preferredLanguage: 'de' },
    ]);
  });

  it('clears the session and sends the user to login when the refresh fails', async () => {
    const { requests } = mockFetch((request) =>
      path(request) === '/api/v1/auth/refresh'
        ? problem(401, 'invalid_refresh_token', 'Refresh token is not valid')
        : problem(401, 'unauthorized', 'Token expired'),
    );

    const { response } = await api.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(requests).toHaveLength(2);
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does not loop when the retried request is refused again', async () => {
    const { requests } = mockFetch((request) =>
      path(request) === '/api/v1/auth/refresh'
        ? json(tokens(2))
        : problem(401, 'unauthorized', 'Token refused'),
    );

    const { response } = await api.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(requests).toHaveLength(3);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between concurrent requests', async () => {
    const { requests } = mockFetch((request) => {
      if (path(request) === '/api/v1/auth/refresh') return json(tokens(2));
      if (request.headers.get('Authorization') === 'Bearer access-2') return json(me);
      return problem(401, 'unauthorized', 'Token expired');
    });

    await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/me')]);

    expect(requests.filter((r) => path(r) === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('renews the access token first when only the refresh token survived a reload', async () => {
    clearSession();
    window.sessionStorage.setItem('mtd.refreshToken', 'refresh-1');
    const { requests } = mockFetch((request) =>
      path(request) === '/api/v1/auth/refresh' ? json(tokens(2)) : json(me),
    );

    await api.GET('/api/v1/me');

    expect(requests.map((r) => path(r))).toEqual(['/api/v1/auth/refresh', '/api/v1/me']);
    expect(requests[1].headers.get('Authorization')).toBe('Bearer access-2');
  });
});
