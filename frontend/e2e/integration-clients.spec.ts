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

test('a coordinator subscribes a client to webhooks, switches the subscription off and on and rotates its secret', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Integration clients');

  // A client that may read referrals, so that it may receive referral events.
  const name = `Webhook system ${Date.now()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Organisation').selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: /Read referrals/ }).check();
  await page.getByRole('button', { name: 'Register client' }).click();
  await page.getByRole('button', { name: 'I have stored the secret' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const webhooks = page.getByRole('region', { name: 'Webhooks' });
  await expect(webhooks.getByText('This client has no webhook subscriptions yet.')).toBeVisible();
  // Only the events that referrals:read opens are offered.
  await expect(webhooks.getByRole('checkbox', { name: /Agreement signed/ })).toHaveCount(0);
  // A documentation address (TEST-NET-3): public to the platform's checks, reached by nobody.
  const url = 'https://203.0.113.10/hook';
  await webhooks.getByRole('textbox', { name: 'Receiver URL' }).fill(url);
  await webhooks.getByRole('checkbox', { name: /Referral status changed/ }).check();
  await webhooks.getByRole('button', { name: 'Subscribe' }).click();

  await expect(page.getByRole('heading', { name: 'Copy the signing secret now' })).toBeVisible();
  await expect(page.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
  await expect(page.getByRole('region', { name: 'Copy the signing secret now' })).toContainText(
    'webhook-signature',
  );
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'webhook-subscribed');
  await page.getByRole('button', { name: 'I have stored the secret' }).click();

  await webhooks.getByRole('link', { name: url }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhook subscription' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Back to ${name}` })).toBeVisible();

  await page.getByRole('button', { name: 'Switch off', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Switch on', exact: true })).toBeVisible();
  await expect(page.getByText('This subscription is switched off', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Switch on', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Switch off', exact: true })).toBeVisible();

  const log = page.getByRole('region', { name: 'Delivery log' });
  await expect(log.getByRole('combobox', { name: 'Status' })).toBeVisible();
  await expect(log.getByText(/^Total: \d+$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Rotate secret' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret' });
  // Checked once the dialog has faded in.
  await expect(dialog).toHaveCSS('opacity', '1');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create new secret' }).click();
  await expect(page.getByRole('heading', { name: 'Copy the signing secret now' })).toBeVisible();
  await expect(page.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
  // The confirmation fades out while the secret appears: checked once it is gone.
  await expect(dialog).toBeHidden();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'webhook-subscription');
});
