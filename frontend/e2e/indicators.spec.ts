import { expect, test, type Page } from '@playwright/test';
import { accounts, expectNoAxeViolations, loginAndWait, navigateTo, screenshot } from './support';

/** Axe on the page as it rests: the pointer leaves whatever it clicked last (no hover colours). */
async function axe(page: Page) {
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page);
}

test('a coordinator reads the key figures and a chart as a table', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Indicators');
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
  const keyFigures = page.getByRole('region', { name: 'Key figures' });
  for (const name of ['Agreements signed', 'Children referred', 'Active matches']) {
    await expect(keyFigures.getByText(name, { exact: true })).toBeVisible();
  }
  // One region: nothing to choose, nothing to compare.
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Regions compared' })).toHaveCount(0);

  const chart = page.getByRole('region', { name: 'Referrals per month' });
  await expect(
    chart.getByRole('img', { name: /^Referrals per month: bar chart from January \d{4} to / }),
  ).toBeVisible();
  await chart.getByText('Show as table').click();
  const table = chart.getByRole('table', { name: 'Referrals per month' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Month',
    'Children referred',
    'Children matched',
  ]);
  await expect(table.getByRole('rowheader').first()).toHaveText(/^January \d{4}$/);
  await axe(page);
  await screenshot(page, testInfo, 'indicators');
});

test('an administrator compares the regions and downloads the CSV', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.admin);
  await navigateTo(page, testInfo, 'Indicators');
  const comparison = page.getByRole('region', { name: 'Regions compared' });
  await expect(comparison.getByText('Slovenia – Podravje', { exact: true })).toBeVisible();
  await expect(comparison.getByText('Total', { exact: true })).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'indicators-regions');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // One region chosen: its figures, no comparison.
  await page
    .getByRole('combobox', { name: 'Region' })
    .selectOption({ label: 'Slovenia – Podravje' });
  await expect(page).toHaveURL(/regionId=/);
  await expect(comparison).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
});
