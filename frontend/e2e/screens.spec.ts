import { expect, test } from '@playwright/test';
import {
  accounts,
  expectNoAxeViolations,
  loginAndWait,
  navigateTo,
  openLogin,
  screenshot,
} from './support';

test('login screen', async ({ page }, testInfo) => {
  await openLogin(page);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'login');
});

test('login screen with an error', async ({ page }, testInfo) => {
  await openLogin(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'login-validation');
});

test('app shell', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.admin);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'shell');
  if (testInfo.project.name === 'phone') {
    await page.getByRole('button', { name: 'Show or hide navigation' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, 'shell-navigation-open');
  }
});

test('mentor home', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.mentorSi);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'mentor-home');
});

test('organisations list and detail', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Organisations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  // The first organisation in the list (not the "New organisation" button).
  const first = page.locator('main a[href^="/organisations/"]:not([href$="/new"])').first();
  await expect(first).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'organisations');

  await page.getByLabel('Help system').selectOption('YOUTH_WELFARE');
  await expect(page).toHaveURL(/helpSystem=YOUTH_WELFARE/);

  await page.getByLabel('Help system').selectOption('');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Slovenia – Podravje')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'organisation-detail');
});

test('organisation create and edit forms', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.admin);
  await navigateTo(page, testInfo, 'Organisations');
  await page.getByRole('link', { name: 'New organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New organisation' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'organisation-new');

  const name = `E2E ${testInfo.project.name} ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByLabel('Region').selectOption({ index: 1 });
  await page.getByLabel('Help system').selectOption('SCHOOL');
  await page.getByRole('textbox', { name: 'City' }).fill('Maribor');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'organisation-edit');
  await page.getByRole('textbox', { name: 'City' }).fill('Ptuj');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Ptuj')).toBeVisible();
});

test('users admin', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.admin);
  await navigateTo(page, testInfo, 'Users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('main').getByText('mentor.si@example.org')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'users');

  await page.getByLabel('Role').selectOption('MENTOR');
  await expect(page.getByRole('main').getByText('admin@example.org')).toHaveCount(0);

  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New user' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'user-new');

  // A mentor needs exactly one region: the form says so before it asks the server.
  const email = `e2e.${testInfo.project.name}.${Date.now()}@example.org`;
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  const name = `E2E Mentor ${testInfo.project.name}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByLabel('Role').selectOption('MENTOR');
  await page
    .getByLabel('Initial password', { exact: false })
    .first()
    .fill('a-long-initial-password-2026');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Choose exactly one region.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Slovenia – Podravje' }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('main').getByText(email)).toBeVisible();

  // Edit: disable the new account.
  await page.getByRole('main').getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'user-edit');
  await page.getByRole('switch', { name: 'Account enabled' }).uncheck({ force: true });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await page.getByLabel('Role').selectOption('MENTOR');
  await expect(page.getByRole('main').getByText('Disabled').first()).toBeVisible();
});

test('users list is read-only for a coordinator', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByText('only an administrator can change them')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New user' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'users-coordinator');
});

test('profile', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.welfareSi);
  await navigateTo(page, testInfo, 'Profile');
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByLabel('Current password', { exact: false })
    .first()
    .fill('not-my-password-at-all');
  await page.getByLabel('New password', { exact: false }).first().fill('a-long-new-password-2026');
  await page
    .getByLabel('Repeat the new password', { exact: false })
    .first()
    .fill('a-long-new-password-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is wrong.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'profile');
});
