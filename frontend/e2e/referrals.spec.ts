import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { accounts, expectNoAxeViolations, loginAndWait, navigateTo, screenshot } from './support';

const GROUP = 'Skupina za otroke Sonček';

/** Signs out by dropping the session (the refresh token lives in sessionStorage), then in again. */
async function switchUser(page: Page, email: string) {
  await page.evaluate(() => sessionStorage.clear());
  await loginAndWait(page, email);
}

/** A first name no other run or project has used, so the tests can run again on the same data. */
const uniqueName = (testInfo: TestInfo, base: string) =>
  `${base} ${testInfo.project.name} ${Date.now().toString(36)}`;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Fills the guided form up to the review step: child, observations, consent (written, with a scan,
 * or none), and the children's group as target.
 */
async function referChild(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { consent = true, axe = false } = {},
) {
  await navigateTo(page, testInfo, 'Referrals');
  await expect(page.getByRole('heading', { level: 1, name: 'My referrals' })).toBeVisible();
  await page.getByRole('link', { name: 'Refer a child' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Refer a child' })).toBeVisible();

  // Step 1: nothing filled in: the errors show at the fields.
  await page.getByRole('button', { name: 'Next' }).click();
  const firstName = page.getByRole('textbox', { name: 'First name or pseudonym' });
  await expect(firstName).toHaveAttribute('aria-invalid', 'true');
  await expect(firstName).toBeFocused();
  if (axe) await expectNoAxeViolations(page);
  await firstName.fill(name);
  await page.getByRole('combobox', { name: 'Birth month' }).selectOption({ label: 'March' });
  await page
    .getByRole('combobox', { name: 'Birth year' })
    .selectOption(String(new Date().getFullYear() - 8));
  await page.getByRole('combobox', { name: 'Gender' }).selectOption({ label: 'Female' });
  await page.getByRole('textbox', { name: /^Area/ }).fill('Maribor');
  await page.getByRole('checkbox', { name: 'Slovenian' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: an indicator or words are needed.
  const step2 = page.getByRole('heading', { name: 'Step 2 of 5: Observations' });
  await expect(step2).toBeFocused();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByText('Tick at least one indicator or describe the observations.'),
  ).toBeVisible();
  await expect(page.getByText('Optional: special-category health data')).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: 'Signs of neglect' }).check();
  await page.getByRole('combobox', { name: 'Urgency' }).selectOption({ label: 'Priority' });
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: the consent.
  await expect(page.getByRole('heading', { name: 'Step 3 of 5: Consent' })).toBeFocused();
  if (consent) {
    await page.getByRole('radio', { name: 'Yes: record the consent now' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Choose at least one purpose.')).toBeVisible();
    if (axe) await expectNoAxeViolations(page);
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    await page.getByRole('combobox', { name: 'Given by' }).selectOption({ label: 'Mother' });
    await page.getByLabel('Given on').fill(iso(yesterday));
    await page.getByRole('checkbox', { name: 'Help offer' }).check();
    await page.getByRole('textbox', { name: 'Recipients' }).fill('Skupina za otroke Sonček');
    await page.getByRole('combobox', { name: 'Form of the consent' }).selectOption('WRITTEN');
    await page.getByLabel('Valid until').fill(iso(new Date(Date.now() + 300 * 24 * 3600 * 1000)));
    await page.getByLabel('Scan of the signed form (optional)').setInputFiles({
      name: 'consent.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    });
  } else {
    await page.getByRole('radio', { name: 'Not yet' }).check();
  }
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 4: the target, with kind, ages and languages.
  await expect(page.getByRole('heading', { name: 'Step 4 of 5: Target' })).toBeFocused();
  await expect(page.getByText(/Mentoring programme · Ages/).first()).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: GROUP }).check();
  await page.getByRole('button', { name: 'Save draft and review' }).click();
  await expect(page.getByRole('heading', { name: 'Step 5 of 5: Review' })).toBeFocused();
  await expect(page.getByText('The draft is saved.', { exact: false })).toBeVisible();
  if (axe) {
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, 'referral-review');
  }
}

async function openReferral(page: Page, testInfo: TestInfo, name: string, tab?: string) {
  await navigateTo(page, testInfo, 'Referrals');
  if (tab) await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referral of ${name}` })).toBeVisible();
}

test('a professional refers a child with written consent; the receiver accepts; the referrer sees it', async ({
  page,
}, testInfo) => {
  const name = uniqueName(testInfo, 'Maja');
  await loginAndWait(page, accounts.welfareSi);
  await referChild(page, testInfo, name, { axe: true });
  await page.getByRole('button', { name: 'Submit referral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referral of ${name}` })).toBeVisible();
  await expect(page.getByText('Submitted', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the consent scan' })).toBeVisible();
  // The referrer may withdraw, never decide.
  await expect(page.getByRole('button', { name: 'Withdraw referral' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'referral-page');

  // The list of the referring organisation shows it.
  await navigateTo(page, testInfo, 'Referrals');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'referrals-sent');

  // The children's group's organisation accepts.
  await switchUser(page, accounts.addictionSi);
  await openReferral(page, testInfo, name, 'Received by our offers');
  await expect(page.getByRole('button', { name: 'Withdraw referral' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Accept' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('textbox', { name: 'Note' }).fill('First meeting next Tuesday.');
  await dialog.getByRole('button', { name: 'Accept' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Accepted', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Help has started' })).toBeVisible();

  // The referrer sees the new status and the timeline entry.
  await switchUser(page, accounts.welfareSi);
  await openReferral(page, testInfo, name);
  await expect(page.getByText('Accepted', { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Status changed')).toBeVisible();
  await expect(timeline.getByText('Note: First meeting next Tuesday.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('submitting without consent says what is missing', async ({ page }, testInfo) => {
  const name = uniqueName(testInfo, 'Luka');
  await loginAndWait(page, accounts.welfareSi);
  await referChild(page, testInfo, name, { consent: false });
  await page.getByRole('button', { name: 'Submit referral' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Consent required' });
  await expect(alert).toContainText('No consent of the guardian is recorded for this referral.');
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Go to the consent' }).click();
  await expect(page.getByRole('heading', { name: 'Step 3 of 5: Consent' })).toBeVisible();

  // The draft can be reopened from the list.
  await navigateTo(page, testInfo, 'Referrals');
  await page.getByLabel('Status').selectOption({ label: 'Draft' });
  await page.getByRole('link', { name }).click();
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Continue the draft' }).click();
  await expect(page.getByRole('textbox', { name: 'First name or pseudonym' })).toHaveValue(name);
});

test('the coordinator declines from the intake queue; the referrer reads the reason', async ({
  page,
}, testInfo) => {
  const name = uniqueName(testInfo, 'Nika');
  await loginAndWait(page, accounts.welfareSi);
  await referChild(page, testInfo, name);
  await page.getByRole('button', { name: 'Submit referral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referral of ${name}` })).toBeVisible();

  await switchUser(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Referrals');
  await expect(page.getByRole('heading', { level: 1, name: 'Intake queue' })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Submitted' });
  await page.getByLabel('Sort by').selectOption({ label: 'Urgency (most urgent first)' });
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(card).toBeVisible();
  await expect(card.getByText('Priority')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'referrals-intake');

  await card.getByRole('button', { name: `Decline: ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Decline' });
  await dialog.getByRole('button', { name: 'Decline' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog
    .getByRole('combobox', { name: 'Reason for declining' })
    .selectOption({ label: 'No places free at the moment' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Try again in spring.');
  await dialog.getByRole('button', { name: 'Decline' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Saved. The referral is now: Declined.')).toBeVisible();

  // The coordinator's page offers the export, not the decisions any more.
  await page.getByLabel('Status').selectOption({ label: 'Declined' });
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('button', { name: 'Export (subject access)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await switchUser(page, accounts.welfareSi);
  await openReferral(page, testInfo, name);
  await expect(page.getByText('Declined', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('No places free at the moment').first()).toBeVisible();
  await expect(page.getByText('Try again in spring.').first()).toBeVisible();
});

test('a help offer page refers a child to that offer', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.welfareSi);
  await navigateTo(page, testInfo, 'Help offers');
  await page.getByRole('link', { name: GROUP }).click();
  await page.getByRole('link', { name: 'Refer a child' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Refer a child' })).toBeVisible();
  expect(page.url()).toMatch(/\/referrals\/new\?offer=[0-9a-f-]+$/);
});

test('the referrer sees where the mentoring of a referred child stands', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.welfareSi);
  // Demo data: Jakob's referral to the mentoring programme is accepted, no match proposed yet.
  await openReferral(page, testInfo, 'Jakob');
  const mentoring = page.getByRole('region', { name: 'Mentoring' });
  await expect(mentoring.getByText('No match yet')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'referral-mentoring');
});
