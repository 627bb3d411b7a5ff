import { expect, test } from '@playwright/test';
import { accounts, expectNoAxeViolations, loginAndWait, navigateTo } from './support';

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
