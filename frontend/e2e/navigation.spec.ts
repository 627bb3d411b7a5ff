import { expect, test } from '@playwright/test';
import { accounts, loginAndWait, openNavigation } from './support';

const COORDINATOR = [
  'Organisations',
  'Help offers',
  'Referrals',
  'Agreements',
  'Trainings',
  'Training modules',
  'Volunteers',
  'Children',
  'Matching',
  'Matches',
  'Safeguarding',
  'Indicators',
  'Users',
  'Integration clients',
  'Profile',
];

const expected: [string, string[]][] = [
  [
    accounts.admin,
    ['Organisations', 'Help offers', 'Indicators', 'Users', 'Integration clients', 'Profile'],
  ],
  [accounts.coordinatorSi, COORDINATOR],
  [accounts.coordinatorDe, COORDINATOR],
  [
    accounts.addictionSi,
    ['Organisations', 'Help offers', 'Referrals', 'Agreements', 'Trainings', 'Profile'],
  ],
  [
    accounts.welfareSi,
    ['Organisations', 'Help offers', 'Referrals', 'Agreements', 'Trainings', 'Profile'],
  ],
  [
    accounts.welfareDe,
    ['Organisations', 'Help offers', 'Referrals', 'Agreements', 'Trainings', 'Profile'],
  ],
  [
    accounts.trainerSi,
    ['Organisations', 'Help offers', 'Referrals', 'Agreements', 'Trainings', 'Profile'],
  ],
  [accounts.mentorSi, ['My mentoring', 'Trainings', 'Profile']],
  [accounts.mentorDe, ['My mentoring', 'Trainings', 'Profile']],
];

for (const [email, labels] of expected) {
  test(`${email} sees exactly ${labels.join(', ')}`, async ({ page }, testInfo) => {
    await loginAndWait(page, email);
    const nav = await openNavigation(page, testInfo);
    await expect(nav.getByRole('link')).toHaveText(labels);
  });
}
