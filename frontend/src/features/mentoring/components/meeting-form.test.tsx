import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { todayIso } from '@/lib/format';
import { renderWithProviders } from '@/testing/test-utils';
import { MeetingForm } from './meeting-form';

function renderForm() {
  const onSubmit = vi.fn();
  renderWithProviders(
    <MeetingForm
      childName="Zoja"
      submitting={false}
      serverError={null}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return onSubmit;
}

describe('MeetingForm', () => {
  it(
    'logs a meeting with a few taps: duration, activities, mood',
    { timeout: 20_000 },
    async () => {
      const onSubmit = renderForm();
      const user = userEvent.setup();
      expect(screen.getByLabelText(/^Date/)).toHaveValue(todayIso());
      await user.click(screen.getByRole('radio', { name: '1.5 hr' }));
      await user.click(screen.getByRole('checkbox', { name: 'Playground' }));
      await user.click(screen.getByRole('checkbox', { name: 'Talking' }));
      await user.click(screen.getByRole('radio', { name: 'Great' }));
      await user.click(screen.getByRole('button', { name: 'Save meeting' }));

      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(onSubmit.mock.calls[0][0]).toEqual({
        metOn: todayIso(),
        durationMinutes: 90,
        activities: ['PLAYGROUND', 'TALKING'],
        activityNote: undefined,
        mood: 'GREAT',
        note: undefined,
        concern: false,
        concernText: undefined,
      });
    },
  );

  it('asks for a description once the concern switch is on', { timeout: 20_000 }, async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '1 hr' }));
    await user.click(screen.getByRole('radio', { name: 'Difficult' }));
    expect(screen.queryByRole('textbox', { name: /What worries you/ })).toBeNull();
    await user.click(screen.getByRole('switch', { name: /^I am worried about the child/ }));
    const description = screen.getByRole('textbox', { name: /What worries you/ });
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(description).toHaveAccessibleDescription('Describe what worries you.');

    await user.type(description, 'She was alone at home all weekend.');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      durationMinutes: 60,
      mood: 'DIFFICULT',
      concern: true,
      concernText: 'She was alone at home all weekend.',
    });
  });

  it('says what is missing', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Choose how long you met.')).toBeInTheDocument();
    expect(screen.getByText('Choose how it went.')).toBeInTheDocument();
  });
});
