import { expect, test } from '@playwright/test';
import { accounts, loginAndWait, openNavigation } from './support';

const expected: [string, string[]][] = [
  [accounts.admin, ['Organisations', 'Users', 'Profile']],
  [accounts.coordinatorSi, ['Organisations', 'Agreements', 'Users', 'Profile']],
  [accounts.coordinatorDe, ['Organisations', 'Agreements', 'Users', 'Profile']],
  [accounts.addictionSi, ['Organisations', 'Agreements', 'Profile']],
  [accounts.welfareSi, ['Organisations', 'Agreements', 'Profile']],
  [accounts.welfareDe, ['Organisations', 'Agreements', 'Profile']],
  [accounts.mentorSi, ['Profile']],
];

for (const [email, labels] of expected) {
  test(`${email} sees exactly ${labels.join(', ')}`, async ({ page }, testInfo) => {
    await loginAndWait(page, email);
    const nav = await openNavigation(page, testInfo);
    await expect(nav.getByRole('link')).toHaveText(labels);
  });
}
