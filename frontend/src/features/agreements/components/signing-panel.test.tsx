import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, setTokens } from '@/lib/auth/session';
import { json, mockFetch, path, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { Agreement } from '../api/get-agreement';
import { SigningPanel } from './signing-panel';

const addiction = '0ddfa8a3-453e-3aff-9d3e-85178adca030';
const welfare = '1ddfa8a3-453e-3aff-9d3e-85178adca031';
const school = '2ddfa8a3-453e-3aff-9d3e-85178adca032';

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'a0000000-0000-0000-0000-000000000001',
    regionId: 'r0000000-0000-0000-0000-000000000001',
    title: 'Cooperation Podravje',
    status: 'READY_FOR_SIGNATURE',
    language: 'sl',
    referralResponseDays: 10,
    currentVersion: 3,
    bridging: true,
    sections: [],
    parties: [
      {
        organisationId: addiction,
        organisationName: 'Zavod Pot',
        helpSystem: 'ADDICTION_CARE',
        contactName: 'Petra Kovač',
        signatoryUserId: 'u1',
        signatoryName: 'Petra Kovač',
        signature: {
          versionNumber: 3,
          signedBy: 'u1',
          signedByName: 'Petra Kovač',
          signedAt: '2026-11-20T10:00:00Z',
          sha256: 'abcdef0123456789'.repeat(4),
        },
      },
      {
        organisationId: welfare,
        organisationName: 'CSD Maribor',
        helpSystem: 'YOUTH_WELFARE',
        contactName: 'Luka Horvat',
        signatoryUserId: 'u2',
        signatoryName: 'Luka Horvat',
      },
      {
        organisationId: school,
        organisationName: 'OŠ Tabor',
        helpSystem: 'SCHOOL',
        contactName: 'Ana Zupan',
        signatoryUserId: 'u3',
        signatoryName: 'Ana Zupan',
      },
    ],
    voidedSignatures: [
      {
        organisationId: addiction,
        organisationName: 'Zavod Pot',
        versionNumber: 2,
        signedByName: 'Petra Kovač',
        signedAt: '2026-11-19T10:00:00Z',
        voidedAt: '2026-11-19T12:00:00Z',
        reason: 'The text changed in version 3: Section changed: Goals',
      },
    ],
    signableFor: [welfare],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    version: 12,
    ...overrides,
  } as Agreement;
}

describe('SigningPanel', () => {
  afterEach(() => clearSession());

  it('shows who signed, who is missing, and a Sign button only for signableFor', () => {
    renderWithProviders(<SigningPanel agreement={agreement()} />);

    const signed = screen.getByRole('region', { name: 'Signed version 3' });
    expect(within(signed).getByText('Zavod Pot')).toBeInTheDocument();
    expect(within(signed).getByText(/Signed by Petra Kovač/)).toBeInTheDocument();
    expect(within(signed).getByText('abcdef012345')).toBeInTheDocument();

    const missing = screen.getByRole('region', { name: 'Still to sign' });
    expect(within(missing).getByText('CSD Maribor')).toBeInTheDocument();
    expect(within(missing).getByText('OŠ Tabor')).toBeInTheDocument();
    expect(within(missing).getByText('Waiting for Ana Zupan')).toBeInTheDocument();

    const buttons = screen.getAllByRole('button', { name: /^Sign for/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Sign for CSD Maribor']);

    const voided = screen.getByRole('region', { name: 'Voided signatures' });
    expect(within(voided).getByText(/The text changed in version 3/)).toBeInTheDocument();
  });

  it('offers no Sign button when the user may not sign', () => {
    renderWithProviders(<SigningPanel agreement={agreement({ signableFor: [] })} />);
    expect(screen.queryByRole('button', { name: /^Sign/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Still to sign' })).toBeInTheDocument();
  });

  it('confirms the version, signs it and explains a 409 by its code', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' });
    const { requests } = mockFetch((request) =>
      path(request).endsWith('/sign')
        ? problem(409, 'version_changed', 'The text changed: version 4 is the one to sign.')
        : json(agreement()),
    );
    renderWithProviders(<SigningPanel agreement={agreement()} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Sign for CSD Maribor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign version 3' });
    expect(dialog).toHaveTextContent(
      'You sign version 3 of “Cooperation Podravje” for CSD Maribor.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Sign version 3' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The text has changed since you opened it. Read the current version, then sign again.',
    );
    const sign = requests.find((r) => path(r).endsWith('/sign'));
    expect(sign?.method).toBe('POST');
    expect(await sign?.json()).toEqual({ organisationId: welfare, versionNumber: 3 });
  });
});
