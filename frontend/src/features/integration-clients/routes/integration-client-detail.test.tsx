import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { IntegrationClientDetailRoute } from './integration-client-detail';

const client = {
  id: '7a1e2b44-0c55-4f0e-9d2a-2f3b4c5d6e7f',
  name: 'Case system',
  organisationId: '0ddfa8a3-453e-3aff-9d3e-85178adca030',
  organisationName: 'Zavod Pot',
  regionId: '4f2b0b6b-cbe3-3d3d-8e37-43cc93b8d77d',
  scopes: ['referrals:write', 'directory:read'],
  writesPerMinute: 120,
  enabled: true,
  createdAt: '2026-01-01T10:00:00Z',
  version: 2,
};

describe('IntegrationClientDetailRoute', () => {
  afterEach(() => clearSession());

  it('disables the client with a PUT that sends the ETag in If-Match', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = mockFetch((request) => {
      if (path(request).endsWith('/webhook-subscriptions')) return json([]);
      return request.method === 'PUT'
        ? json({ ...client, enabled: false, version: 3 }, { headers: { ETag: '"3"' } })
        : json(client, { headers: { ETag: '"2"' } });
    });
    renderRoutes(
      [{ path: '/integration-clients/:id', element: <IntegrationClientDetailRoute /> }],
      `/integration-clients/${client.id}`,
    );

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Disable' }));
    expect(await screen.findByRole('button', { name: 'Enable' })).toBeInTheDocument();

    const put = requests.find((r) => r.method === 'PUT');
    expect(path(put!)).toBe(`/api/v1/integration-clients/${client.id}`);
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(await put?.json()).toEqual({
      name: 'Case system',
      scopes: ['directory:read', 'referrals:write'],
      writesPerMinute: 120,
      enabled: false,
    });
  });

  it('has a webhooks section that explains which scope events need', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = mockFetch((request) =>
      path(request).endsWith('/webhook-subscriptions')
        ? json([])
        : json(client, { headers: { ETag: '"2"' } }),
    );
    renderRoutes(
      [{ path: '/integration-clients/:id', element: <IntegrationClientDetailRoute /> }],
      `/integration-clients/${client.id}`,
    );

    const section = await screen.findByRole('region', { name: 'Webhooks' });
    expect(
      await within(section).findByText('This client has no webhook subscriptions yet.'),
    ).toBeVisible();
    // The client holds referrals:write but not referrals:read, which referral events need.
    expect(section).toHaveTextContent('This client holds no scope that allows events.');
    expect(requests.map(path)).toContain(
      `/api/v1/integration-clients/${client.id}/webhook-subscriptions`,
    );
  });
});
