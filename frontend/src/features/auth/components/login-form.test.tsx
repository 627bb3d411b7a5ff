import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { getRefreshToken } from '@/lib/auth/session';
import { LoginForm } from './login-form';

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /e-mail/i }), email);
  await user.type(screen.getByLabelText(/password/i, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: /sign in/i }));
}

describe('LoginForm', () => {
  it('shows the lockout message with the seconds from Retry-After for a 429 problem', async () => {
    mockFetch(() =>
      problem(429, 'too_many_attempts', 'Too many failed login attempts', { 'Retry-After': '42' }),
    );
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await submit('coordinator.si@example.org', 'wrong-password-1');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Try again in 42 seconds.',
    );
  });

  it('shows the wrong-credentials message for a 401 problem', async () => {
    mockFetch(() => problem(401, 'invalid_credentials', 'Invalid credentials'));
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await submit('admin@example.org', 'not-the-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The e-mail address or the password is wrong.',
    );
  });

  it('keeps the tokens and reports success', async () => {
    const { requests } = mockFetch(() =>
      json({ accessToken: 'a', refreshToken: 'r', tokenType: 'Bearer', expiresIn: 900 }),
    );
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await submit('admin@example.org', 'demo-password-2026');

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(path(requests[0])).toBe('/api/v1/auth/login');
    expect(await requests[0].json()).toEqual({
      email: 'admin@example.org',
      password: 'demo-password-2026',
    });
    expect(getRefreshToken()).toBe('r');
  });

  it('validates the fields before calling the server', async () => {
    const { fn } = mockFetch(() => json({}));
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await userEvent.setup().click(screen.getByRole('button', { name: /sign in/i }));

    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(fn).not.toHaveBeenCalled();
  });
});
