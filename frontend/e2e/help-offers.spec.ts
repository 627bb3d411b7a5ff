import { expect, test, type Page } from '@playwright/test';
import { accounts, expectNoAxeViolations, loginAndWait, navigateTo, screenshot } from './support';

test('a professional finds a help offer for a child by kind, age and language', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.welfareSi);
  await navigateTo(page, testInfo, 'Help offers');
  await expect(page.getByRole('heading', { level: 1, name: 'Help offers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mentorski program Podravje' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Leuchtturm' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('Kind').selectOption({ label: "Children's group" });
  await page.getByLabel("Child's age").selectOption('8');
  await expect(page.getByRole('heading', { name: 'Skupina za otroke Sonček' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mentorski program Podravje' })).toHaveCount(0);

  await page.getByLabel("Child's age").selectOption('12');
  await expect(page.getByText('No help offers match these filters.')).toBeVisible();

  await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
  await page.getByLabel("Child's age").selectOption({ label: 'Any age' });
  await page.getByRole('textbox', { name: 'Language' }).fill('hr');
  await expect(page.getByRole('heading', { name: 'Družinsko svetovanje' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skupina za otroke Sonček' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

/** The value of a field on the offer page. */
const detail = (page: Page, label: string) =>
  page
    .locator('dl > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

test('a coordinator publishes a help offer, finds it in the directory and edits it', async ({
  page,
}, testInfo) => {
  // Unique per project and run: both projects share one server.
  const name = `Podpora staršem ${testInfo.project.name} ${Date.now()}`;
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Help offers');
  await page.getByRole('link', { name: 'New offer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New help offer' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: every required field says so, next to the field.
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose at least one language.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'help-offer-new-errors');

  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Mentoring programme' });
  await page
    .getByRole('combobox', { name: 'Organisation' })
    .selectOption({ label: 'Svetovalni center za odvisnosti Podravje' });
  await page.getByRole('textbox', { name: 'Description' }).fill('Skupina za starše otrok.');
  await page.getByRole('spinbutton', { name: 'Minimum age' }).fill('12');
  await page.getByRole('spinbutton', { name: 'Maximum age' }).fill('3');
  await page.getByRole('checkbox', { name: 'Slovenian' }).check();
  await page.getByRole('checkbox', { name: 'Ukrainian' }).check();
  await page.getByRole('textbox', { name: 'Area served' }).fill('Maribor');
  await page.getByRole('textbox', { name: 'Contact e-mail' }).fill('starsi@example.org');
  await page.getByRole('spinbutton', { name: 'Places' }).fill('8');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('The maximum age must not be below the minimum age.')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Minimum age' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Maximum age' }).fill('10');

  // The region has its mentoring programme: the server says so, and the form keeps what was typed.
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This region already has its mentoring programme.',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Parent support' });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detail(page, 'Age range')).toHaveText('Ages 3–10');
  await expect(detail(page, 'Languages')).toHaveText('Slovenian, Ukrainian');
  await expect(detail(page, 'Places')).toHaveText('8');
  await expect(detail(page, 'Status')).toHaveText('Active');
  await expect(
    page.getByRole('link', { name: 'Svetovalni center za odvisnosti Podravje' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'help-offer-page');

  await page.getByRole('link', { name: 'Back to help offers' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'Parent support' });
  await page.getByRole('textbox', { name: 'Language' }).fill('uk');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Maximum age' })).toHaveValue('10');
  await expectNoAxeViolations(page);
  await page.getByRole('spinbutton', { name: 'Maximum age' }).fill('12');
  await page.getByRole('spinbutton', { name: /waiting list/ }).fill('3');
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().includes('/api/v1/help-offers/'),
  );
  await page.getByRole('button', { name: 'Save' }).click();
  const put = await saved;
  expect(put.status()).toBe(200);
  expect(put.request().headers()['if-match']).toMatch(/^"\d+"$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detail(page, 'Age range')).toHaveText('Ages 3–12');
  await expect(detail(page, 'Children on the waiting list')).toHaveText('3');
});

test("a professional edits their own organisation's offer, not the mentoring programme", async ({
  page,
}, testInfo) => {
  const waiting = String((Date.now() % 40) + 1);
  await loginAndWait(page, accounts.welfareSi);
  await navigateTo(page, testInfo, 'Help offers');
  // Kept by the coordinators: no New or Edit for anybody else.
  await expect(page.getByRole('link', { name: 'New offer' })).toBeVisible();
  await page.getByRole('link', { name: 'Mentorski program Podravje' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mentorski program Podravje' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Back to help offers' }).click();
  await page.getByRole('link', { name: 'Družinsko svetovanje' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Družinsko svetovanje' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Edit Družinsko svetovanje' }),
  ).toBeVisible();
  // The own organisation is fixed; the mentoring programme is not on offer.
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveCount(0);
  await expect(page.getByText('Center za socialno delo Podravje – enota Maribor')).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Kind' }).locator('option', { hasText: 'Mentoring' }),
  ).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Croatian' })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'help-offer-edit');

  await page.getByRole('spinbutton', { name: /waiting list/ }).fill(waiting);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Družinsko svetovanje' })).toBeVisible();
  await expect(detail(page, 'Children on the waiting list')).toHaveText(waiting);
  // Saving left the offer active, as it was.
  await expect(detail(page, 'Status')).toHaveText('Active');
});
