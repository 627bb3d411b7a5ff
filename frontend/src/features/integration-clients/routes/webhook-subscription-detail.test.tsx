import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { WebhookSubscriptionDetailRoute } from './webhook-subscription-detail';
import { WebhookSubscriptionRedirectRoute } from './webhook-subscription-redirect';

const client = {
  id: '7a1e2b44-0c55-4f0e-9d2a-2f3b4c5d6e7f',
  name: 'Case system',
  organisationId: '0ddfa8a3-453e-3aff-9d3e-85178adca030',
  organisationName: 'Zavod Pot',
  regionId: '4f2b0b6b-cbe3-3d3d-8e37-43cc93b8d77d',
  scopes: ['referrals:read'],
  writesPerMinute: 120,
  enabled: true,
  createdAt: '2026-01-01T10:00:00Z',
  version: 2,
};

const subscription = {
  id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  clientId: client.id,
  url: 'https://cases.example.org/hooks',
  eventTypes: ['referral.status_changed', 'referral.overdue'],
  enabled: false,
  disabledReason: 'FAILING',
  pendingDeliveries: 1,
  failedDeliveries: 1,
  createdAt: '2026-01-02T10:00:00Z',
  version: 4,
};

const failed = {
  id: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
  eventId: 'e1e2e3e4-e5e6-4e7e-8e9e-aeaeaeaeaeae',
  eventType: 'referral.status_changed',
  subjectId: '0f1e2d3c-4b5a-4968-8776-655443322110',
  status: 'FAILED',
  attempts: 9,
  lastAttemptAt: '2026-01-03T09:00:00Z',
  lastResponseCode: 503,
  createdAt: '2026-01-02T09:00:00Z',
  completedAt: '2026-01-03T09:00:00Z',
};

const pending = {
  id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  eventId: 'f1f2f3f4-f5f6-4f7f-8f9f-afafafafafaf',
  eventType: 'referral.overdue',
  subjectId: '1f1e2d3c-4b5a-4968-8776-655443322110',
  status: 'PENDING',
  attempts: 2,
  nextAttemptAt: '2026-01-03T10:00:00Z',
  lastAttemptAt: '2026-01-03T09:30:00Z',
  lastError: 'ConnectException: Connection refused',
  createdAt: '2026-01-03T08:00:00Z',
};

const base = `/api/v1/webhook-subscriptions/${subscription.id}`;
const screenPath = `/integration-clients/${client.id}/webhooks/${subscription.id}`;

function serve(overrides: (request: Request) => Response | undefined = () => undefined) {
  return mockFetch((request) => {
    const answer = overrides(request);
    if (answer) return answer;
    const p = path(request);
    if (p === `/api/v1/integration-clients/${client.id}`)
      return json(client, { headers: { ETag: '"2"' } });
    if (p === `${base}/deliveries`) {
      const status = new URL(request.url).searchParams.get('status');
      const items = [pending, failed].filter((d) => !status || d.status === status);
      return json({ items, total: items.length });
    }
    return json(subscription, { headers: { ETag: '"4"' } });
  });
}

function renderDetail(at = screenPath) {
  return renderRoutes(
    [
      {
        path: '/integration-clients/:clientId/webhooks/:id',
        element: <WebhookSubscriptionDetailRoute />,
      },
      { path: '/webhook-subscriptions/:id', element: <WebhookSubscriptionRedirectRoute /> },
    ],
    at,
  );
}

describe('WebhookSubscriptionDetailRoute', () => {
  afterEach(() => clearSession());

  it('explains a subscription turned off by failures and switches it on again with If-Match', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = serve((request) =>
      request.method === 'PUT'
        ? json(
            { ...subscription, enabled: true, disabledReason: undefined, version: 5 },
            { headers: { ETag: '"5"' } },
          )
        : undefined,
    );
    renderDetail();
    const user = userEvent.setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Webhook subscription' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to Case system' })).toHaveAttribute(
      'href',
      `/integration-clients/${client.id}`,
    );
    expect(screen.getByText('Turned off after failing deliveries')).toBeVisible();
    expect(screen.getByText(/kept failing for 24 hours/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Switch on again' }));
    expect(await screen.findByRole('button', { name: 'Switch off' })).toBeInTheDocument();
    expect(screen.queryByText('Turned off after failing deliveries')).not.toBeInTheDocument();

    const put = requests.find((r) => r.method === 'PUT');
    expect(path(put!)).toBe(base);
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(await put?.json()).toEqual({
      url: subscription.url,
      eventTypes: ['referral.status_changed', 'referral.overdue'],
      enabled: true,
    });
  });

  it('lists deliveries, filters them by status and sends one again', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = serve((request) =>
      request.method === 'POST' ? json({ ...failed, status: 'PENDING' }) : undefined,
    );
    renderDetail();
    const user = userEvent.setup();

    const log = await screen.findByRole('list', { name: 'Delivery log' });
    const rows = within(log).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Referral overdue');
    expect(rows[0]).toHaveTextContent('Pending');
    expect(rows[0]).toHaveTextContent('ConnectException: Connection refused');
    expect(rows[0]).toHaveTextContent('Next attempt');
    expect(rows[1]).toHaveTextContent('Referral status changed');
    expect(rows[1]).toHaveTextContent('Failed');
    expect(rows[1]).toHaveTextContent('HTTP 503');
    expect(rows[1]).toHaveTextContent(failed.subjectId);
    expect(rows[1]).toHaveTextContent('Attempts:9');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'FAILED');
    expect(await within(log).findAllByRole('listitem')).toHaveLength(1);
    const filtered = requests.filter((r) => path(r) === `${base}/deliveries`).at(-1)!;
    expect(new URL(filtered.url).searchParams.get('status')).toBe('FAILED');

    const before = requests.filter((r) => path(r) === `${base}/deliveries`).length;
    await user.click(screen.getByRole('button', { name: /^Redeliver: Referral status changed/ }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '“Referral status changed” will be sent again shortly.',
    );
    const post = requests.find((r) => r.method === 'POST');
    expect(path(post!)).toBe(`${base}/deliveries/${failed.id}/redeliver`);
    // The log is read again.
    expect(requests.filter((r) => path(r) === `${base}/deliveries`).length).toBeGreaterThan(before);
  });

  it('rotates the signing secret after asking and shows it once', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = serve((request) =>
      request.method === 'POST' && path(request) === `${base}/secret`
        ? json({ subscription: { ...subscription, version: 5 }, secret: 'whsec_bmV3LXNlY3JldA==' })
        : undefined,
    );
    renderDetail();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate the signing secret' });
    await user.click(within(dialog).getByRole('button', { name: 'Create new secret' }));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_bmV3LXNlY3JldA==');
    expect(screen.getByRole('region', { name: 'Copy the signing secret now' })).toHaveTextContent(
      'webhook-id',
    );
    expect(requests.some((r) => r.method === 'POST' && path(r) === `${base}/secret`)).toBe(true);
  });

  it('opens a subscription known by its id alone under its client', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    serve();
    const { router } = renderDetail(`/webhook-subscriptions/${subscription.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Webhook subscription' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(screenPath);
  });
});
