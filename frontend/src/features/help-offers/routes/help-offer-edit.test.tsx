import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { HelpOfferEditRoute } from './help-offer-edit';

const regionId = '4f2b0b6b-cbe3-3d3d-8e37-43cc93b8d77d';
const organisationId = '0ddfa8a3-453e-3aff-9d3e-85178adca030';
const offer = {
  id: '7c1e0c52-5f43-3d53-9a8e-1b2a0f7d8e11',
  organisationId,
  regionId,
  name: 'Družinsko svetovanje',
  description: 'Svetovanje staršem in otrokom.',
  kind: 'FAMILY_COUNSELLING',
  minAge: 0,
  maxAge: 18,
  languages: ['sl', 'hr'],
  areaServed: 'Podravje',
  capacity: 40,
  waitingList: 0,
  active: true,
  version: 3,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
};
const me = {
  id: 'c0000000-0000-0000-0000-000000000005',
  email: 'welfare.si@example.org',
  displayName: 'Luka Horvat',
  preferredLanguage: 'en',
  role: 'PROFESSIONAL',
  regionIds: [regionId],
  organisationId,
  version: 0,
};
const organisations = {
  items: [
    {
      id: organisationId,
      regionId,
      name: 'Center za socialno delo Maribor',
      helpSystem: 'YOUTH_WELFARE',
      version: 0,
      createdAt: '2026-01-01T10:00:00Z',
      updatedAt: '2026-01-01T10:00:00Z',
    },
  ],
  total: 1,
  page: 0,
  size: 100,
};

function serve(answerPut: () => Response) {
  return mockFetch((request) => {
    const p = path(request);
    if (p === '/api/v1/me') return json(me, { headers: { ETag: '"0"' } });
    if (p === '/api/v1/organisations') return json(organisations);
    if (request.method === 'PUT') return answerPut();
    return json(offer, { headers: { ETag: '"3"' } });
  });
}

async function changeAndSave() {
  renderRoutes(
    [{ path: '/help-offers/:id/edit', element: <HelpOfferEditRoute /> }],
    `/help-offers/${offer.id}/edit`,
  );
  const user = userEvent.setup();
  const waiting = await screen.findByRole('spinbutton', { name: /waiting list/ });
  await user.clear(waiting);
  await user.type(waiting, '5');
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('HelpOfferEditRoute', () => {
  afterEach(() => clearSession());

  it('sends If-Match with the version read and offers a reload on 412', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = serve(() =>
      problem(412, 'precondition_failed', 'The resource was changed meanwhile'),
    );
    await changeAndSave();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this in the meantime.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(await put?.json()).toEqual({
      organisationId,
      name: 'Družinsko svetovanje',
      description: 'Svetovanje staršem in otrokom.',
      kind: 'FAMILY_COUNSELLING',
      minAge: 0,
      maxAge: 18,
      languages: ['sl', 'hr'],
      areaServed: 'Podravje',
      capacity: 40,
      waitingList: 5,
      active: true,
    });
  });

  it('explains that the region has its mentoring programme already', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    serve(() =>
      problem(409, 'mentoring_programme_exists', 'The region has its mentoring programme already.'),
    );
    await changeAndSave();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This region already has its mentoring programme.',
    );
  });
});
