import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { report } from '../components/test-report';
import { IndicatorsRoute } from './indicators';

const regions = [
  {
    id: 'r1',
    name: 'Slovenia – Podravje',
    countryCode: 'SI',
    defaultLanguage: 'sl',
    timeZone: 'Europe/Ljubljana',
    version: 1,
  },
  {
    id: 'r2',
    name: 'Germany – Saxony',
    countryCode: 'DE',
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
    version: 1,
  },
];

function renderScreen(role: 'ADMIN' | 'COORDINATOR', url = '/indicators') {
  setTokens({ accessToken: 'a', refreshToken: 'r' });
  const admin = role === 'ADMIN';
  const mocked = mockFetch((request) => {
    const p = path(request);
    if (p === '/api/v1/me') {
      return json({
        id: 'u1',
        email: 'someone@example.org',
        displayName: 'Someone',
        preferredLanguage: 'en',
        role,
        regionIds: admin ? [] : ['r1'],
        organisationId: null,
        version: 1,
      });
    }
    if (p === '/api/v1/regions') return json({ items: regions, total: 2, page: 0, size: 100 });
    if (p === '/api/v1/indicators') return json(report(admin));
    return json({}, { status: 404 });
  });
  renderRoutes([{ path: '/indicators', element: <IndicatorsRoute /> }], url);
  return mocked;
}

describe('IndicatorsRoute', () => {
  afterEach(() => clearSession());

  it('shows a coordinator of one region the key figures, without a region choice', async () => {
    const { requests } = renderScreen('COORDINATOR');
    const keyFigures = await screen.findByRole('region', { name: 'Key figures' });
    const referred = within(keyFigures).getByText('Children referred').closest('div')!;
    expect(referred).toHaveTextContent('17');
    const matched = within(keyFigures).getByText('Children matched').closest('div')!;
    expect(matched).toHaveTextContent('Suppressed: fewer than 5 children');
    expect(within(keyFigures).getByText('12 days')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Regions compared' })).not.toBeInTheDocument();
    const year = new Date().getFullYear();
    const query = new URL(requests.find((r) => path(r) === '/api/v1/indicators')!.url).searchParams;
    expect(query.get('from')).toBe(`${year}-01`);
    expect(query.get('regionId')).toBeNull();
  });

  it('offers an administrator all regions and compares them', async () => {
    renderScreen('ADMIN');
    const comparison = await screen.findByRole('region', { name: 'Regions compared' });
    // jsdom is as narrow as a phone: one card per region, then the total.
    const cards = within(comparison).getAllByRole('listitem');
    expect(cards.map((card) => card.firstChild?.textContent)).toEqual([
      'Slovenia – Podravje',
      'Germany – Saxony',
      'Total',
    ]);
    expect(within(cards[2]).getByText('Children referred').nextSibling).toHaveTextContent('51');
    const select = screen.getByRole('combobox', { name: 'Region' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All regions', 'Slovenia – Podravje', 'Germany – Saxony']);
  });

  it('explains a period that is too long instead of asking the server', async () => {
    const { requests } = renderScreen('COORDINATOR', '/indicators?from=2022-01&to=2026-01');
    expect(await screen.findByText('A period can cover at most 36 months.')).toBeInTheDocument();
    expect(requests.some((r) => path(r) === '/api/v1/indicators')).toBe(false);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });
});
