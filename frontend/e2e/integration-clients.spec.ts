import { expect, test } from '@playwright/test';
import { accounts, expectNoAxeViolations, loginAndWait, navigateTo, screenshot } from './support';

test('a coordinator registers an integration client and sees its secret once', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Integration clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Integration clients' })).toBeVisible();

  await page.getByLabel('Name').fill(`Case system ${Date.now()}`);
  await page.getByLabel('Organisation').selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: /Read referrals/ }).check();
  await page.getByRole('button', { name: 'Register client' }).click();

  const secret = page.getByRole('heading', { name: 'Copy the client secret now' });
  await expect(secret).toBeVisible();
  await expect(
    page.getByText('This secret will not be shown again.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'integration-clients');
});
