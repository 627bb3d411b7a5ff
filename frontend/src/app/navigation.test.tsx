import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { AppShellLayout } from './app-shell';
import { navItemsFor } from './navigation';

function meFor(role: string) {
  return {
    id: `id-${role}`,
    email: `${role.toLowerCase()}@example.org`,
    displayName: `Demo ${role}`,
    preferredLanguage: 'en',
    role,
    regionIds: [],
    organisationId: null,
    version: 1,
  };
}

const expected: Record<string, string[]> = {
  ADMIN: ['Organisations', 'Help offers', 'Indicators', 'Users', 'Integration clients', 'Profile'],
  COORDINATOR: [
    'Organisations',
    'Help offers',
    'Referrals',
    'Agreements',
    'Trainings',
    'Training modules',
    'Volunteers',
    'Children',
    'Matching',
    'Matches',
    'Safeguarding',
    'Indicators',
    'Users',
    'Integration clients',
    'Profile',
  ],
  PROFESSIONAL: ['Organisations', 'Help offers', 'Referrals', 'Agreements', 'Trainings', 'Profile'],
  MENTOR: ['My mentoring', 'Trainings', 'Profile'],
};

describe('role-based navigation', () => {
  afterEach(() => clearSession());

  it.each(Object.entries(expected))('%s sees exactly %j', async (role, labels) => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockFetch((request) =>
      path(request) === '/api/v1/me'
        ? json(meFor(role), { headers: { ETag: '"1"' } })
        : json({ items: [], total: 0, unread: 0, page: 0, size: 100 }),
    );
    renderRoutes([{ path: '/', element: <AppShellLayout />, children: [{ index: true }] }]);

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await within(nav).findByRole('link', { name: labels[0] });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(labels);
  });

  it('lists nothing without a known role', () => {
    expect(navItemsFor(undefined)).toEqual([]);
  });
});
