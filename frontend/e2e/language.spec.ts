import { expect, test } from '@playwright/test';
import { accounts, loginAndWait, openLogin, openNavigation } from './support';

test('the language switch changes the login page at once', async ({ page }) => {
  await openLogin(page);
  const select = page.getByLabel(/^(Language|Sprache|Jezik)/);

  await select.selectOption('de');
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await select.selectOption('sl');
  await expect(page.getByRole('heading', { name: 'Prijava' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sl');

  await select.selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a signed-in user switches en → de → sl and the choice is saved', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.coordinatorDe);
  const select = page.getByLabel(/^(Language|Sprache|Jezik)/);
  await select.selectOption('en');
  let nav = await openNavigation(page, testInfo);
  await expect(nav.getByRole('link', { name: 'Organisations' })).toBeVisible();

  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PUT',
  );
  await select.selectOption('de');
  expect((await saved).status()).toBe(200);
  nav = await openNavigation(page, testInfo);
  await expect(nav.getByRole('link', { name: 'Organisationen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await select.selectOption('sl');
  nav = await openNavigation(page, testInfo);
  await expect(nav.getByRole('link', { name: 'Organizacije' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Odjava' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sl');

  // The next sign-in starts in the saved language.
  await page.getByRole('button', { name: 'Odjava' }).click();
  await expect(page.getByRole('heading', { name: 'Prijava' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-pošta' }).fill(accounts.coordinatorDe);
  await page.getByLabel('Geslo', { exact: false }).first().fill('demo-password-2026');
  await page.getByRole('button', { name: 'Prijava' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dobrodošli/ })).toBeVisible();

  // Leave the account as the demo data had it.
  const restored = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PUT',
  );
  await page.getByLabel(/^(Language|Sprache|Jezik)/).selectOption('en');
  expect((await restored).status()).toBe(200);
});
