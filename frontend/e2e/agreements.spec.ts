import { expect, test, type Page } from '@playwright/test';
import {
  accounts,
  expectNoAxeViolations,
  loginAndWait,
  navigateTo,
  openNavigation,
  screenshot,
} from './support';

const ADDICTION_SI = 'Svetovalni center za odvisnosti Podravje';
const WELFARE_SI = 'Center za socialno delo Podravje – enota Maribor';
const ACTIVE_SI = 'Dogovor o sodelovanju za otroke iz družin z zasvojenostjo – Podravje';

const tab = (page: Page, name: string | RegExp) =>
  page.getByRole('tab', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });

async function openTab(page: Page, name: string) {
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
}

/** The status badge next to the page title. */
const statusBadge = (page: Page, status: string) =>
  page.getByRole('main').getByText(status, { exact: true }).first();

test('an agreement from draft to an activity logged on track', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const title = `E2E agreement ${testInfo.project.name} ${Date.now()}`;
  const commitment = `Case discussion ${testInfo.project.name}`;

  // Petra Kovač (addiction care) starts the agreement.
  await loginAndWait(page, accounts.addictionSi);
  await navigateTo(page, testInfo, 'Agreements');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cooperation agreements' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'New agreement' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(statusBadge(page, 'Draft')).toBeVisible();
  const agreementUrl = page.url().replace(/\?.*$/, '');

  // Parties: the youth-welfare centre with Luka Horvat, and Petra as her own signatory.
  await openTab(page, 'Parties');
  await expect(page.getByText('Does not bridge both help systems yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add party' }).click();
  const form = page.getByRole('form', { name: 'Add party' });
  await form.getByLabel('Organisation').selectOption({ label: `${WELFARE_SI} (Youth welfare)` });
  await form.getByRole('textbox', { name: 'Contact person' }).fill('Luka Horvat');
  await form.getByRole('textbox', { name: 'Contact e-mail' }).fill(accounts.welfareSi);
  const signatory = form.getByLabel('Authorised signatory');
  await expect(signatory.locator('option', { hasText: 'Luka Horvat' })).toBeAttached();
  await signatory.selectOption({ label: 'Luka Horvat' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 3, name: WELFARE_SI })).toBeVisible();

  await page.getByRole('button', { name: `Edit: ${ADDICTION_SI}` }).click();
  const own = page.getByRole('form', { name: `Edit ${ADDICTION_SI}` });
  const ownSignatory = own.getByLabel('Authorised signatory');
  await expect(ownSignatory.locator('option', { hasText: 'Petra Kovač' })).toBeAttached();
  await ownSignatory.selectOption({ label: 'Petra Kovač' });
  await own.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Bridges both help systems')).toBeVisible();
  await expect(page.getByText('No signatory named yet')).toHaveCount(0);

  // A commitment, planned before the signatures.
  await openTab(page, 'Implementation');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  const commitmentForm = page.getByRole('form', { name: 'Add commitment' });
  await commitmentForm.getByLabel('Type').selectOption('CASE_DISCUSSION');
  await commitmentForm.getByRole('textbox', { name: 'Title' }).fill(commitment);
  await commitmentForm.getByLabel('Frequency').selectOption('WEEKS');
  await commitmentForm.getByRole('spinbutton', { name: /^N/ }).fill('8');
  await commitmentForm.getByLabel('Responsible party').selectOption({ label: WELFARE_SI });
  await commitmentForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 3, name: commitment })).toBeVisible();
  await expect(page.getByText('Not started')).toBeVisible();

  // Negotiation: version 1; a text change makes version 2.
  await openTab(page, 'Overview');
  await page.getByRole('button', { name: 'Start negotiation' }).click();
  await expect(statusBadge(page, 'In negotiation')).toBeVisible();
  await openTab(page, 'Text');
  await page
    .getByRole('button', { name: /^Edit: / })
    .first()
    .click();
  const body = page.getByRole('textbox', { name: 'Text' });
  await body.fill(`${await body.inputValue()}\n\nAgreed in the E2E negotiation.`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Agreed in the E2E negotiation.')).toBeVisible();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();

  await openTab(page, 'Versions');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Changes from version 1 to version 2' }),
  ).toBeVisible();
  await expect(page.getByText('Changed', { exact: true })).toBeVisible();
  await expect(page.getByText('Before', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'agreement-diff');

  await openTab(page, 'Overview');
  await page.getByRole('button', { name: 'Mark ready for signature' }).click();
  await expect(statusBadge(page, 'Ready for signature')).toBeVisible();

  // Petra signs for her organisation.
  await openTab(page, 'Signing');
  await expect(page.getByRole('button', { name: `Sign for ${WELFARE_SI}` })).toHaveCount(0);
  await page.getByRole('button', { name: `Sign for ${ADDICTION_SI}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign version 2' });
  await expect(dialog).toContainText(`You sign version 2 of “${title}” for ${ADDICTION_SI}.`);
  await dialog.getByRole('button', { name: 'Sign version 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Signed by Petra Kovač', { exact: false })).toBeVisible();
  await expect(page.getByText('Waiting for Luka Horvat')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'agreement-signing');

  // Luka Horvat signs for the social work centre: the agreement is binding.
  await (
    await openNavigation(page, testInfo)
  )
    .page()
    .getByRole('button', { name: 'Log out' })
    .click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await loginAndWait(page, accounts.welfareSi);
  await page.goto(`${agreementUrl}?tab=signing`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: `Sign for ${WELFARE_SI}` }).click();
  const second = page.getByRole('dialog', { name: 'Sign version 2' });
  await second.getByRole('button', { name: 'Sign version 2' }).click();
  await expect(second).toBeHidden();
  await expect(statusBadge(page, 'Signed')).toBeVisible();
  await expect(page.getByText('Binding', { exact: true })).toBeVisible();

  await openTab(page, 'Overview');
  await page.getByRole('button', { name: 'Start implementation' }).click();
  await expect(statusBadge(page, 'Active')).toBeVisible();

  // An activity logged on the phone or the desk keeps the commitment on track.
  await openTab(page, 'Implementation');
  await page.getByRole('button', { name: `Log activity: ${commitment}` }).click();
  const activity = page.getByRole('form', { name: `Log an activity for ${commitment}` });
  await expect(activity.getByText('No child-identifying data', { exact: true })).toBeVisible();
  await activity.getByRole('button', { name: 'Save activity' }).click();
  await expect(activity.getByText('Choose at least one participating party.')).toBeVisible();
  await activity.getByRole('checkbox', { name: ADDICTION_SI }).check();
  await activity.getByRole('checkbox', { name: WELFARE_SI }).check();
  await activity
    .getByRole('textbox', { name: 'Short notes' })
    .fill('First joint case discussion; referral pathway agreed.');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'agreement-log-activity');
  await activity.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText(`The activity for “${commitment}” has been logged.`)).toBeVisible();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: commitment }) });
  await expect(card.getByText('On track', { exact: true })).toBeVisible();
  await expect(
    page.getByText('First joint case discussion; referral pathway agreed.'),
  ).toBeVisible();
});

test('agreements screens are accessible', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Agreements');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cooperation agreements' }),
  ).toBeVisible();
  const active = page.getByRole('link', { name: ACTIVE_SI });
  await expect(active).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'agreements');

  await page.getByLabel('Status').selectOption('ACTIVE');
  await expect(page).toHaveURL(/status=ACTIVE/);
  await expect(active).toBeVisible();
  await active.click();
  await expect(page.getByRole('heading', { level: 1, name: ACTIVE_SI })).toBeVisible();

  for (const [name, file] of [
    ['Overview', 'overview'],
    ['Text', 'text'],
    ['Parties', 'parties'],
    ['Signing', 'signing'],
    ['Versions', 'versions'],
    ['Implementation', 'implementation'],
  ] as const) {
    await openTab(page, name);
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expect(page.getByRole('tabpanel').getByRole('status')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, `agreement-${file}`);
    if (name === 'Versions') {
      const pdf = page.getByRole('button', { name: /^PDF of version/ }).first();
      const download = page.waitForEvent('download');
      await pdf.click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    }
  }
  await expect(page.getByText(/^(On track|Due soon|Overdue)$/).first()).toBeVisible();
});
