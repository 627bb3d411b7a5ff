import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { renderWithProviders } from '@/testing/test-utils';
import { TrainingForm } from './training-form';
import { toFormValues } from './training-form-values';

const modules = [
  { id: 'm1', title: 'Otroci iz družin z zasvojenostjo', durationMinutes: 90 },
  { id: 'm2', title: 'Zgodnja prepoznava', durationMinutes: 120 },
];
const trainers = [
  { id: 'u1', displayName: 'Eva Krajnc', role: 'PROFESSIONAL' as const },
  { id: 'u2', displayName: 'Maja Novak', role: 'COORDINATOR' as const },
];

function renderForm(props: Partial<Parameters<typeof TrainingForm>[0]> = {}) {
  const onSubmit = vi.fn();
  renderWithProviders(
    <TrainingForm
      mode="create"
      defaultValues={toFormValues(undefined, { regionId: 'r1', language: 'sl' })}
      regions={[]}
      modules={modules}
      trainers={trainers}
      submitting={false}
      submitLabel="Create draft"
      onSubmit={onSubmit}
      onCancel={() => {}}
      {...props}
    />,
  );
  return onSubmit;
}

describe('TrainingForm', () => {
  // Typing a whole form takes a while on a busy machine.
  it(
    'collects sessions, the programme in order, trainers and the approval switch',
    { timeout: 20_000 },
    async () => {
      const onSubmit = renderForm();
      const user = userEvent.setup();
      await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Skupni seminar');
      await user.type(screen.getByLabelText(/Enrolment deadline/), '2027-01-10T09:00');
      await user.type(screen.getByLabelText(/^Starts/), '2027-01-15T09:00');
      await user.type(screen.getByLabelText(/^Ends/), '2027-01-15T15:00');
      await user.type(screen.getByRole('textbox', { name: 'Venue' }), 'Maribor');
      await user.selectOptions(screen.getByLabelText('Add a module'), 'm2');
      await user.selectOptions(screen.getByLabelText('Add a module'), 'm1');
      await user.click(
        screen.getByRole('button', { name: 'Move “Otroci iz družin z zasvojenostjo” up' }),
      );
      await user.click(screen.getByRole('checkbox', { name: 'Eva Krajnc (Professional)' }));
      await user.click(screen.getByRole('switch', { name: /coordinator's approval/ }));
      await user.click(screen.getByRole('button', { name: 'Create draft' }));

      expect(onSubmit).toHaveBeenCalledTimes(1);
      const values = onSubmit.mock.calls[0][0];
      expect(values).toMatchObject({
        kind: 'JOINT_SEMINAR',
        title: 'Skupni seminar',
        language: 'sl',
        requiresApproval: true,
        moduleIds: ['m1', 'm2'],
        trainerIds: ['u1'],
        sessions: [{ startsAt: '2027-01-15T09:00', endsAt: '2027-01-15T15:00', venue: 'Maribor' }],
      });
    },
  );

  it('hides the balance rule for mentor courses', async () => {
    renderForm();
    const user = userEvent.setup();
    expect(screen.getByRole('spinbutton', { name: /one help system/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Kind/), 'MENTOR_PREPARATION');
    expect(screen.queryByRole('spinbutton', { name: /one help system/ })).toBeNull();
  });

  it('shows the server’s field errors at the session they belong to', async () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      errors: [
        { field: 'sessions.onlineUrl[0]', message: 'must match "^https://\\S+$"' },
        { field: 'trainerIds', message: 'not a coordinator or professional of the region' },
      ],
    });
    renderForm({ serverError: error });
    expect(await screen.findByText('must match "^https://\\S+$"')).toBeInTheDocument();
    expect(screen.getByText('not a coordinator or professional of the region')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Online link' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
