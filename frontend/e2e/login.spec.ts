import { expect, test } from '@playwright/test';
import { accounts, DEMO_PASSWORD, login, loginAndWait, openNavigation } from './support';

test('a wrong password shows the error', async ({ page }) => {
  await login(page, accounts.welfareDe, 'this-is-not-the-password');
  await expect(page.getByRole('alert')).toContainText(
    'The e-mail address or the password is wrong.',
  );
  await expect(page).toHaveURL(/\/login$/);
});

test('logging out ends the session and returns to the login page', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.welfareSi);
  const nav = await openNavigation(page, testInfo);
  await expect(nav).toBeVisible();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login$/);
});

test('the next person to sign in after a log-out starts at the home page', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.addictionSi);
  await (await openNavigation(page, testInfo)).getByRole('link', { name: 'Profile' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await (
    await openNavigation(page, testInfo)
  )
    .page()
    .getByRole('button', { name: 'Log out' })
    .click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // Same tab, no navigation: the login form itself.
  await page.getByRole('textbox', { name: 'E-mail' }).fill(accounts.welfareSi);
  await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a reload keeps the session in the tab', async ({ page }) => {
  await loginAndWait(page, accounts.addictionSi);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
});
