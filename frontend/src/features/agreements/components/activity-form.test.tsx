import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { ActivityForm } from './activity-form';

const parties = [
  { organisationId: '0ddfa8a3-453e-3aff-9d3e-85178adca030', organisationName: 'Zavod Pot' },
  { organisationId: '1ddfa8a3-453e-3aff-9d3e-85178adca031', organisationName: 'CSD Maribor' },
];

function renderForm(onSubmit = vi.fn()) {
  renderWithProviders(
    <ActivityForm
      commitmentTitle="Case discussion"
      parties={parties}
      submitting={false}
      onSubmit={onSubmit}
      onCancel={() => {}}
      today="2026-11-23"
    />,
  );
  return onSubmit;
}

describe('ActivityForm', () => {
  it('warns visibly that notes must not identify a child', () => {
    renderForm();
    expect(screen.getByText('No child-identifying data')).toBeVisible();
    expect(
      screen.getByText(
        'Notes must not identify a child: no names, initials, birth dates, addresses or case numbers.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Short notes' })).toHaveAccessibleDescription(
      'No child-identifying data. 0 of 1000 characters',
    );
  });

  it('needs a participant and refuses a date in the future', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    const date = screen.getByLabelText(/Date held/);
    await user.clear(date);
    await user.type(date, '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));

    expect(await screen.findByText('The date cannot be in the future.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one participating party.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the date, the checked parties and trimmed notes', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Zavod Pot' }));
    await user.click(screen.getByRole('checkbox', { name: 'CSD Maribor' }));
    await user.type(screen.getByRole('textbox', { name: 'Short notes' }), '  Joint meeting  ');
    await user.click(screen.getByRole('button', { name: 'Save activity' }));

    expect(onSubmit).toHaveBeenCalledWith({
      heldOn: '2026-11-23',
      organisationIds: parties.map((p) => p.organisationId),
      notes: 'Joint meeting',
    });
  });
});
