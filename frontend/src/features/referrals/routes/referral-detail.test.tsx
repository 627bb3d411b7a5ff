import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import type { ReferralMentoring } from '../api/get-referral-mentoring';
import type { Referral } from '../api/get-referrals';
import { ReferralDetailRoute } from './referral-detail';

const regionId = '4f2b0b6b-cbe3-3d3d-8e37-43cc93b8d77d';
const organisationId = '0ddfa8a3-453e-3aff-9d3e-85178adca030';
const referral: Referral = {
  id: '5b0c7f3e-2a41-4d4e-9f59-8f1c1e2d3a4b',
  status: 'MATCHED',
  version: 4,
  regionId,
  referrer: {
    organisationId,
    organisationName: 'Center za socialno delo Maribor',
    helpSystem: 'YOUTH_WELFARE',
    createdByName: 'Luka Horvat',
  },
  target: {
    offerId: '7c1e0c52-5f43-3d53-9a8e-1b2a0f7d8e11',
    offerName: 'Mentorski program Podravje',
    kind: 'MENTORING_PROGRAMME',
    organisationId: '2a9d7c11-6b1e-4f0a-8c3d-5e6f7a8b9c0d',
    organisationName: 'Društvo Most',
  },
  child: {
    firstName: 'Maja',
    birthYear: 2015,
    birthMonth: 4,
    gender: 'FEMALE',
    area: 'Maribor',
    languages: ['sl'],
  },
  indicators: ['SCHOOL_ABSENCE'],
  urgency: 'ROUTINE',
  affectedParents: ['FATHER'],
  addictionKinds: ['ALCOHOL'],
  submittedAt: '2026-02-02T09:00:00Z',
  overdue: false,
  timeline: [],
  createdAt: '2026-02-01T09:00:00Z',
  updatedAt: '2026-02-20T09:00:00Z',
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
const active: ReferralMentoring = {
  referralId: referral.id,
  status: 'ACTIVE',
  matchId: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
  startedOn: '2026-03-02',
  plannedEndOn: '2027-03-01',
  meetingsHeld: 7,
  lastMeetingMonth: '2026-10-01',
  matches: 2,
};

function serve(r: Referral, mentoring: () => Response) {
  return mockFetch((request) => {
    const p = path(request);
    if (p === '/api/v1/me') return json(me, { headers: { ETag: '"0"' } });
    if (p === `/api/v1/referrals/${r.id}/mentoring`) return mentoring();
    return json(r, { headers: { ETag: `"${r.version}"` } });
  });
}

function renderDetail(r: Referral) {
  setTokens({ accessToken: 'a', refreshToken: 'r' });
  return renderRoutes(
    [{ path: '/referrals/:id', element: <ReferralDetailRoute /> }],
    `/referrals/${r.id}`,
  );
}

describe('ReferralDetailRoute', () => {
  afterEach(() => clearSession());

  it('shows where the mentoring stands for an active match with meetings', async () => {
    const { requests } = serve(referral, () => json(active));
    renderDetail(referral);

    const section = await screen.findByRole('region', { name: 'Mentoring' });
    const panel = within(section);
    expect(await panel.findByText('Mentoring under way')).toBeVisible();
    const value = (label: string) => panel.getByText(label).nextElementSibling;
    expect(value('Started on')).toHaveTextContent(formatDate('2026-03-02', 'en'));
    expect(value('Planned end')).toHaveTextContent(formatDate('2027-03-01', 'en'));
    expect(value('Meetings held')).toHaveTextContent('7');
    expect(value('Last meeting')).toHaveTextContent('October 2026');
    expect(section).toHaveTextContent('This child has had 2 matches.');
    expect(panel.queryByText('Ended on')).not.toBeInTheDocument();
    expect(requests.map(path)).toContain(`/api/v1/referrals/${referral.id}/mentoring`);
  });

  it('says there is no match yet and nothing more', async () => {
    const waiting = { ...referral, status: 'ACCEPTED' as const };
    serve(waiting, () =>
      json({ referralId: referral.id, status: 'NONE', meetingsHeld: 0, matches: 0 }),
    );
    renderDetail(waiting);

    const section = await screen.findByRole('region', { name: 'Mentoring' });
    expect(await within(section).findByText('No match yet')).toBeVisible();
    expect(within(section).queryByText('Meetings held')).not.toBeInTheDocument();
    expect(section).not.toHaveTextContent('matches');
  });

  it('gives the end and its reason once the mentoring is closed', async () => {
    const closed = { ...referral, status: 'CLOSED' as const };
    serve(closed, () =>
      json({
        ...active,
        status: 'CLOSED',
        closedAt: '2026-12-15T12:00:00Z',
        closeReason: 'FAMILY_WITHDREW',
        matches: 1,
      }),
    );
    renderDetail(closed);

    const section = await screen.findByRole('region', { name: 'Mentoring' });
    const panel = within(section);
    expect(await panel.findByText('Mentoring ended')).toBeVisible();
    expect(panel.getByText('Ended on').nextElementSibling).toHaveTextContent(
      formatDate('2026-12-15', 'en'),
    );
    expect(panel.getByText('Reason for ending').nextElementSibling).toHaveTextContent(
      'The family withdrew',
    );
    expect(section).not.toHaveTextContent('This child has had');
  });

  it('shows a failed load of the mentoring as a problem', async () => {
    serve(referral, () => problem(403, 'forbidden', 'Not allowed'));
    renderDetail(referral);

    const section = await screen.findByRole('region', { name: 'Mentoring' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'You are not allowed to do this.',
    );
  });

  it('has no mentoring section for a referral to another help offer', async () => {
    const counselling: Referral = {
      ...referral,
      status: 'ACCEPTED',
      target: { ...referral.target, kind: 'FAMILY_COUNSELLING', offerName: 'Družinsko svetovanje' },
    };
    const { requests } = serve(counselling, () => json(active));
    renderDetail(counselling);

    // The caller is known once the referrer's actions are offered.
    expect(await screen.findByRole('button', { name: 'Withdraw referral' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Target and status' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Mentoring' })).not.toBeInTheDocument();
    expect(requests.map(path)).not.toContain(`/api/v1/referrals/${referral.id}/mentoring`);
  });
});
