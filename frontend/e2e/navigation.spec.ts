import { expect, test } from '@playwright/test';
import { accounts, loginAndWait, openNavigation } from './support';

const expected: [string, string[]][] = [
  [accounts.admin, ['Organisations', 'Users', 'Profile']],
  [accounts.coordinatorSi, ['Organisations', 'Users', 'Profile']],
  [accounts.coordinatorDe, ['Organisations', 'Users', 'Profile']],
  [accounts.addictionSi, ['Organisations', 'Profile']],
  [accounts.welfareSi, ['Organisations', 'Profile']],
  [accounts.welfareDe, ['Organisations', 'Profile']],
  [accounts.mentorSi, ['Profile']],
];

for (const [email, labels] of expected) {
  test(`${email} sees exactly ${labels.join(', ')}`, async ({ page }, testInfo) => {
    await loginAndWait(page, email);
    const nav = await openNavigation(page, testInfo);
    await expect(nav.getByRole('link')).toHaveText(labels);
  });
}
