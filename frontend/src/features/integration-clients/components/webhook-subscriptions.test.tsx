import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { WebhookSubscriptions } from './webhook-subscriptions';

const client = {
  id: '7a1e2b44-0c55-4f0e-9d2a-2f3b4c5d6e7f',
  name: 'Case system',
  organisationId: '0ddfa8a3-453e-3aff-9d3e-85178adca030',
  organisationName: 'Zavod Pot',
  regionId: '4f2b0b6b-cbe3-3d3d-8e37-43cc93b8d77d',
  scopes: ['directory:read' as const, 'referrals:read' as const],
  writesPerMinute: 120,
  enabled: true,
  createdAt: '2026-01-01T10:00:00Z',
  version: 2,
};

const failing = {
  id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  clientId: client.id,
  url: 'https://cases.example.org/old-hooks',
  eventTypes: ['referral.overdue' as const],
  enabled: false,
  disabledReason: 'FAILING' as const,
  pendingDeliveries: 2,
  failedDeliveries: 1,
  createdAt: '2026-01-02T10:00:00Z',
  version: 4,
};

const created = {
  id: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  clientId: client.id,
  url: 'https://cases.example.org/hooks',
  eventTypes: ['referral.status_changed' as const],
  enabled: true,
  pendingDeliveries: 0,
  failedDeliveries: 0,
  createdAt: '2026-01-03T10:00:00Z',
  version: 0,
};

const listPath = `/api/v1/integration-clients/${client.id}/webhook-subscriptions`;

describe('WebhookSubscriptions', () => {
  afterEach(() => clearSession());

  it('lists the subscriptions and offers only the events the client’s scopes allow', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(() => json([failing]));
    renderWithProviders(<WebhookSubscriptions client={client} />);

    const list = await screen.findByRole('list', { name: 'Webhook subscriptions' });
    const link = within(list).getByRole('link', { name: failing.url });
    expect(link).toHaveAttribute(
      'href',
      `/integration-clients/${client.id}/webhooks/${failing.id}`,
    );
    expect(list).toHaveTextContent('Turned off: deliveries failed');
    expect(list).toHaveTextContent('Pending: 2 · Failed: 1');

    const events = screen.getByRole('group', { name: /Events/ });
    expect(
      within(events)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['referral.status_changed', 'referral.overdue']);
    expect(events).toHaveAccessibleDescription(/Read agreements, Read trainings, Read mentoring/);
  });

  it('shows the server’s refusal of the URL at the field, then the secret once', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    let posts = 0;
    const { requests } = mockFetch((request) => {
      if (request.method !== 'POST') return json(posts > 1 ? [created] : []);
      posts += 1;
      return posts === 1
        ? new Response(
            JSON.stringify({
              type: 'urn:mtd:problem:validation_failed',
              title: 'Validation failed',
              status: 400,
              code: 'validation_failed',
              errors: [
                {
                  field: 'url',
                  message:
                    'The URL resolves to a loopback, private, link-local or reserved address.',
                },
              ],
            }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          )
        : json(
            { subscription: created, secret: 'whsec_c2VjcmV0LXNob3duLW9uY2U=' },
            { status: 201 },
          );
    });
    renderWithProviders(<WebhookSubscriptions client={client} />);
    const user = userEvent.setup();

    expect(await screen.findByText('This client has no webhook subscriptions yet.')).toBeVisible();
    const url = screen.getByRole('textbox', { name: /Receiver URL/ });
    await user.type(url, 'https://10.0.0.5/hooks');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Choose at least one event.')).toBeVisible();
    expect(posts).toBe(0);

    await user.click(screen.getByRole('checkbox', { name: /Referral status changed/ }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText(/resolves to a loopback/)).toBeVisible();
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('resolves to a loopback, private, link-local or reserved address'),
    );
    expect(url).toHaveAttribute('aria-invalid', 'true');

    await user.clear(url);
    await user.type(url, created.url);
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));

    const box = await screen.findByRole('region', { name: 'Copy the signing secret now' });
    expect(screen.getByTestId('webhook-secret')).toHaveTextContent(
      'whsec_c2VjcmV0LXNob3duLW9uY2U=',
    );
    expect(box).toHaveTextContent('This secret will not be shown again.');
    expect(box).toHaveTextContent('webhook-signature');
    expect(box).toHaveTextContent('webhook-timestamp');
    expect(box).toHaveTextContent('HMAC-SHA256');
    expect(screen.getByRole('heading', { name: 'Copy the signing secret now' })).toHaveFocus();
    expect(await screen.findByRole('link', { name: created.url })).toBeInTheDocument();

    const last = requests.filter((r) => r.method === 'POST').at(-1)!;
    expect(path(last)).toBe(listPath);
    expect(await last.json()).toEqual({
      url: created.url,
      eventTypes: ['referral.status_changed'],
      enabled: true,
    });

    await user.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Receiver URL/ })).toHaveValue('');
  });

  it('explains that a client without a fitting scope cannot subscribe', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(() => json([]));
    renderWithProviders(
      <WebhookSubscriptions client={{ ...client, scopes: ['directory:read'] }} />,
    );
    expect(await screen.findByText(/This client holds no scope that allows events/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Subscribe' })).not.toBeInTheDocument();
  });
});
