import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { OneTimeSecret } from './one-time-secret';

const secret = {
  client: {
    id: '7a1e2b44-0c55-4f0e-9d2a-2f3b4c5d6e7f',
    name: 'Case system',
    organisationId: 'org-1',
    organisationName: 'Zavod Pot',
    regionId: 'region-1',
    scopes: ['directory:read' as const],
    writesPerMinute: 120,
    enabled: true,
    createdAt: '2026-01-01T10:00:00Z',
    version: 0,
  },
  clientSecret: 's3cr3t-value-shown-once',
};

describe('OneTimeSecret', () => {
  it('shows the secret once with the client id, the token URL and a copy button', async () => {
    // user-event puts a clipboard stub in place of the browser's.
    const user = userEvent.setup();
    const onDone = vi.fn();
    renderWithProviders(<OneTimeSecret secret={secret} onDone={onDone} />);

    const box = screen.getByRole('region', { name: 'Copy the client secret now' });
    expect(box).toHaveTextContent('This secret will not be shown again.');
    expect(box).toHaveTextContent(secret.client.id);
    expect(screen.getByTestId('client-secret')).toHaveTextContent(secret.clientSecret);
    expect(box).toHaveTextContent('/api/v1/auth/token');
    expect(box).toHaveTextContent('grant_type=client_credentials');
    expect(screen.getByRole('heading', { name: 'Copy the client secret now' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(await navigator.clipboard.readText()).toBe(secret.clientSecret);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(onDone).toHaveBeenCalled();
  });
});
