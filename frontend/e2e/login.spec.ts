import { expect, test } from '@playwright/test';
import { accounts, login, loginAndWait, openNavigation } from './support';

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

test('a reload keeps the session in the tab', async ({ page }) => {
  await loginAndWait(page, accounts.addictionSi);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
});
