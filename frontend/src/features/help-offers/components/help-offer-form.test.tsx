import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { renderWithProviders } from '@/testing/test-utils';
import { HELP_OFFER_KINDS } from '../api/get-help-offers';
import { HelpOfferForm } from './help-offer-form';
import { toFormValues } from './help-offer-form-values';

const organisations = [
  { id: 'welfare', name: 'Center za socialno delo Maribor', regionId: 'si' },
  { id: 'addiction', name: 'Zavod Pot', regionId: 'si' },
];

function renderForm(props: Partial<Parameters<typeof HelpOfferForm>[0]> = {}) {
  const onSubmit = vi.fn();
  renderWithProviders(
    <HelpOfferForm
      defaultValues={toFormValues()}
      organisations={organisations}
      organisationFixed={false}
      kinds={HELP_OFFER_KINDS}
      submitting={false}
      submitLabel="Create"
      onSubmit={onSubmit}
      onCancel={() => {}}
      {...props}
    />,
  );
  return onSubmit;
}

/** The text a screen reader reads as the field's description (its error among it). */
function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('HelpOfferForm', () => {
  it('shows each error at its field, tied to it for screen readers', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByRole('spinbutton', { name: /Minimum age/ }), '12');
    await user.type(screen.getByRole('spinbutton', { name: /Maximum age/ }), '6');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const name = screen.getByRole('textbox', { name: /Name/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(name)).toContain('This field is required.');
    const kind = screen.getByRole('combobox', { name: /Kind/ });
    expect(describedBy(kind)).toContain('This field is required.');
    expect(describedBy(screen.getByRole('combobox', { name: /Organisation/ }))).toContain(
      'Choose the organisation.',
    );
    expect(describedBy(screen.getByRole('spinbutton', { name: /Maximum age/ }))).toContain(
      'The maximum age must not be below the minimum age.',
    );
    expect(describedBy(screen.getByRole('group', { name: /Languages/ }))).toContain(
      'Choose at least one language.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('collects a complete offer', { timeout: 20_000 }, async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Skupina Sonček');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind/ }), 'CHILDREN_GROUP');
    await user.selectOptions(screen.getByRole('combobox', { name: /Organisation/ }), 'addiction');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Tedenska skupina');
    await user.type(screen.getByRole('spinbutton', { name: /Minimum age/ }), '7');
    await user.type(screen.getByRole('spinbutton', { name: /Maximum age/ }), '11');
    await user.click(screen.getByRole('checkbox', { name: 'Slovenian' }));
    await user.click(screen.getByRole('checkbox', { name: 'Croatian' }));
    await user.type(screen.getByRole('textbox', { name: /Area served/ }), 'Maribor');
    await user.type(screen.getByRole('spinbutton', { name: /Places/ }), '10');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      name: 'Skupina Sonček',
      kind: 'CHILDREN_GROUP',
      organisationId: 'addiction',
      minAge: '7',
      maxAge: '11',
      languages: ['sl', 'hr'],
      capacity: '10',
      waitingList: '0',
      active: true,
    });
  });

  it('shows whether the offer is active and sends the change', async () => {
    const onSubmit = renderForm({
      defaultValues: {
        ...toFormValues(undefined, { organisationId: 'welfare' }),
        name: 'Sonček',
        description: 'Skupina',
        kind: 'CHILDREN_GROUP',
        minAge: '7',
        maxAge: '11',
        languages: ['sl'],
        areaServed: 'Maribor',
      },
    });
    const active = screen.getByRole('switch', { name: /Active/ });
    expect(active).toBeChecked();
    const user = userEvent.setup();
    await user.click(active);
    expect(active).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ active: false });
  });

  it("fixes a professional's organisation and leaves out the mentoring programme", () => {
    renderForm({
      defaultValues: toFormValues(undefined, { organisationId: 'welfare' }),
      organisations: [organisations[0]],
      organisationFixed: true,
      kinds: HELP_OFFER_KINDS.filter((k) => k !== 'MENTORING_PROGRAMME'),
    });
    expect(screen.queryByRole('combobox', { name: /Organisation/ })).not.toBeInTheDocument();
    expect(screen.getByText('Center za socialno delo Maribor')).toBeInTheDocument();
    const kind = screen.getByRole('combobox', { name: /Kind/ });
    expect(kind).not.toHaveTextContent('Mentoring programme');
    expect(describedBy(kind)).toContain('kept by its coordinators');
  });

  it("puts the server's field errors at the fields", async () => {
    const serverError = new ApiError(400, {
      code: 'validation_failed',
      errors: [
        { field: 'createHelpOffer.request.areaServed', message: 'must not be blank' },
        { field: 'createHelpOffer.request.languages[0]', message: 'must match "^[a-z]{2}$"' },
        { field: 'somethingElse', message: 'is odd' },
      ],
    });
    renderForm({ serverError });
    expect(describedBy(await screen.findByRole('textbox', { name: /Area served/ }))).toContain(
      'must not be blank',
    );
    expect(describedBy(screen.getByRole('group', { name: /Languages/ }))).toContain(
      'must match "^[a-z]{2}$"',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('somethingElse: is odd');
  });
});
