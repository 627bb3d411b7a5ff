import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { OrganisationEditRoute } from './organisation-edit';

const regionId = '4f2b0b6b-cbe3-3d3d-8e37-43cc93b8d77d';
const organisation = {
  id: '0ddfa8a3-453e-3aff-9d3e-85178adca030',
  regionId,
  name: 'Zavod Pot',
  helpSystem: 'ADDICTION_CARE',
  city: 'Maribor',
  version: 3,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-02T10:00:00Z',
};
const me = {
  id: 'c0000000-0000-0000-0000-000000000001',
  email: 'coordinator.si@example.org',
  displayName: 'Maja Novak',
  preferredLanguage: 'en',
  role: 'COORDINATOR',
  regionIds: [regionId],
  version: 0,
};

describe('OrganisationEditRoute', () => {
  afterEach(() => clearSession());

  it('sends If-Match and explains a 412 with a reload button', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = mockFetch((request) => {
      const p = path(request);
      if (p === '/api/v1/me') return json(me, { headers: { ETag: '"0"' } });
      if (p === '/api/v1/regions')
        return json({
          items: [
            {
              id: regionId,
              name: 'Slovenia – Podravje',
              countryCode: 'SI',
              defaultLanguage: 'sl',
              timeZone: 'Europe/Ljubljana',
              version: 0,
            },
          ],
          total: 1,
          page: 0,
          size: 100,
        });
      if (request.method === 'PUT')
        return problem(412, 'precondition_failed', 'The resource was changed meanwhile');
      return json(organisation, { headers: { ETag: '"3"' } });
    });
    renderRoutes(
      [{ path: '/organisations/:id/edit', element: <OrganisationEditRoute /> }],
      `/organisations/${organisation.id}/edit`,
    );

    const user = userEvent.setup();
    const city = await screen.findByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Ptuj');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this in the meantime.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(await put?.json()).toEqual({
      regionId,
      name: 'Zavod Pot',
      helpSystem: 'ADDICTION_CARE',
      city: 'Ptuj',
    });
  });
});
