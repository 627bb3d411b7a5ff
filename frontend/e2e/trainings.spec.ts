import { expect, test, type Page } from '@playwright/test';
import {
  accounts,
  expectNoAxeViolations,
  isPhone,
  loginAndWait,
  navigateTo,
  screenshot,
} from './support';

// The demo trainings of the Slovenian region (titles in the region's language).
const RUNNING_SI = 'Skupni seminar: otroci iz družin z zasvojenostjo – zgodnja prepoznava';
const OPEN_SI = 'Skupni seminar: poti napotitve in sodelovanje';
const MENTOR_SI = 'Priprava mentorjev: začetni tečaj';
const COMPLETED_SI = 'Skupni seminar: uvod v sodelovanje';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function openTab(page: Page, name: string) {
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
}

/** Opens a training from the list of running and upcoming trainings. */
async function openTraining(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Trainings' })).toBeVisible();
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a trainer takes attendance of session 1 on the spot', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.trainerSi);
  await navigateTo(page, testInfo, 'Trainings');
  await openTraining(page, RUNNING_SI);
  await page.getByRole('link', { name: 'Attendance sheet, session 1' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Attendance, session 1' }),
  ).toBeVisible();

  const petra = page.getByRole('checkbox', { name: 'Petra Kovač' });
  const count = page.getByText(/^\d+ of \d+ present$/);
  await expect(count).toBeVisible();
  const tick = async (present: boolean) => {
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/attendance/'),
    );
    if (present) await petra.check();
    else await petra.uncheck();
    expect((await saved).ok()).toBe(true);
  };
  // Another run (or the other project) may have ticked her already: start from absent.
  if (await petra.isChecked()) {
    await tick(false);
    await expect(petra).not.toBeChecked();
  }
  const [present, total] = ((await count.textContent()) ?? '').match(/\d+/g)!.map(Number);

  await tick(true);
  await expect(petra).toBeChecked();
  await expect(count).toHaveText(`${present + 1} of ${total} present`);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-attendance');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Petra Kovač' })).toBeChecked();
  await expect(count).toHaveText(`${present + 1} of ${total} present`);
});

test('a professional enrols in an open joint seminar and cancels again', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.welfareSi);
  await navigateTo(page, testInfo, 'Trainings');
  await openTraining(page, OPEN_SI);
  await expect(page.getByText('at most 60 % of the seats', { exact: false })).toBeVisible();

  const enrol = page.getByRole('button', { name: 'Enrol', exact: true });
  const cancel = page.getByRole('button', { name: 'Cancel enrolment' });
  const cancelEnrolment = async () => {
    await cancel.click();
    const dialog = page.getByRole('dialog', { name: 'Cancel your enrolment?' });
    await dialog.getByRole('button', { name: 'Cancel enrolment' }).click();
    await expect(dialog).toBeHidden();
    await expect(enrol).toBeVisible();
  };
  // A run stopped half-way may have left the enrolment in place.
  await expect(enrol.or(cancel)).toBeVisible();
  if (await cancel.isVisible()) await cancelEnrolment();

  await enrol.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your seat is confirmed.' }),
  ).toBeVisible();
  await expect(page.getByText('Confirmed', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-enrolled');

  // The pre-test: every question needs an answer; the score shows after sending.
  await page.getByRole('button', { name: 'Take the pre-test' }).click();
  const test = page.getByRole('form', { name: 'Pre-test' });
  await test.getByRole('button', { name: 'Submit answers' }).click();
  await expect(test.getByText('Choose an answer.').first()).toBeVisible();
  for (const group of await test.getByRole('radiogroup').all()) {
    await group.getByRole('radio').first().check();
  }
  await expectNoAxeViolations(page);
  await test.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText(/^Your score: \d+ of \d+ correct/)).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(/^Pre-test: \d+ of \d+ correct/)).toBeVisible();

  await cancelEnrolment();
  await expect(page.getByText('Your enrolment was cancelled.')).toBeVisible();
});

test('a participant gives feedback on a running seminar', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.addictionSi);
  await navigateTo(page, testInfo, 'Trainings');
  await openTraining(page, RUNNING_SI);
  const thanks = page.getByText('Thank you: your feedback has been received.');
  const open = page.getByRole('button', { name: 'Give feedback' });
  // The survey is sent once: a second run (or project) finds it done.
  await expect(open.or(thanks)).toBeVisible();
  if (await open.isVisible()) {
    await open.click();
    const survey = page.getByRole('form', { name: 'Satisfaction survey' });
    for (const aspect of ['Overall', 'Content', 'Trainers', 'Organisation']) {
      await survey
        .getByRole('radiogroup', { name: aspect })
        .getByRole('radio', { name: '4' })
        .check();
    }
    await survey.getByRole('textbox', { name: 'Comment (optional)' }).fill('Useful cases.');
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, 'training-survey');
    await survey.getByRole('button', { name: 'Send feedback' }).click();
  }
  await expect(thanks.first()).toBeVisible();
  await expect(open).toHaveCount(0);
});

test('a coordinator sees trainings, a training and its participants', async ({
  page,
}, testInfo) => {
  test.skip(test.info().project.name === 'phone', 'desk work: covered on desktop');
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Trainings');
  await expect(page.getByRole('heading', { level: 1, name: 'Trainings' })).toBeVisible();
  await expect(page.getByRole('link', { name: OPEN_SI })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New training' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'trainings');

  await page.getByLabel('Kind').selectOption('MENTOR_PREPARATION');
  await expect(page).toHaveURL(/kind=MENTOR_PREPARATION/);
  await expect(page.getByRole('link', { name: MENTOR_SI })).toBeVisible();
  await expect(page.getByRole('link', { name: OPEN_SI })).toHaveCount(0);
  await page.getByLabel('Kind').selectOption('');

  await page.getByRole('radiogroup', { name: 'Show as' }).getByText('Calendar').click();
  await expect(page).toHaveURL(/view=calendar/);
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'trainings-calendar');
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await page.getByRole('radiogroup', { name: 'Show as' }).getByText('List').click();

  await page.getByRole('button', { name: 'Show all upcoming' }).click();
  await openTraining(page, RUNNING_SI);
  await expect(page.getByRole('heading', { name: 'Programme' })).toBeVisible();
  await expect(page.getByText('Eva Krajnc')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel training' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-detail');

  await openTab(page, 'Participants');
  await expect(page.getByRole('heading', { level: 3, name: 'Petra Kovač' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Enrol someone' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-participants');

  await openTab(page, 'Results');
  await expect(page.getByRole('heading', { name: 'Knowledge test' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a coordinator sees the results of a completed seminar', async ({ page }, testInfo) => {
  test.skip(test.info().project.name === 'phone', 'desk work: covered on desktop');
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Trainings');
  await expect(page.getByRole('heading', { level: 1, name: 'Trainings' })).toBeVisible();
  // The month the completed seminar started in, 60 days ago.
  const started = new Date();
  started.setDate(started.getDate() - 60);
  const month = `${started.getFullYear()}-${String(started.getMonth() + 1).padStart(2, '0')}`;
  await page.getByLabel('Month', { exact: true }).fill(month);
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  const completed = page.getByRole('link', { name: COMPLETED_SI });
  await completed.click();
  await expect(page.getByRole('heading', { level: 1, name: COMPLETED_SI })).toBeVisible();
  await openTab(page, 'Results');
  await expect(page.getByText('Zelo uporabno za prakso.', { exact: false })).toBeVisible();
  await expect(page.getByText(/percentage points/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-results');
});

test('a coordinator plans a training and publishes it', async ({ page }, testInfo) => {
  test.skip(test.info().project.name === 'phone', 'desk work: covered on desktop');
  test.setTimeout(90_000);
  const title = `E2E seminar ${testInfo.project.name} ${Date.now()}`;
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Trainings');
  await page.getByRole('link', { name: 'New training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New training' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-new');

  const local = (days: number, hour: number) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
  };
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Description' }).fill('Planned in a browser test.');
  await page.getByRole('spinbutton', { name: 'Capacity (seats)' }).fill('10');
  await page.getByLabel('Enrolment deadline').fill(local(40, 9));
  // The first session is checked in the browser: its end before its start.
  await page.getByLabel('Starts').first().fill(local(45, 9));
  await page.getByLabel('Ends').first().fill(local(45, 8));
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('The end must be after the start.')).toBeVisible();
  await expect(page.getByText('Give a venue or an online link.')).toBeVisible();
  await page.getByLabel('Ends').first().fill(local(45, 15));
  await page.getByRole('textbox', { name: 'Venue' }).first().fill('Maribor');
  await page.getByRole('button', { name: 'Add session' }).click();
  await page.getByLabel('Starts').nth(1).fill(local(52, 9));
  await page.getByLabel('Ends').nth(1).fill(local(52, 12));
  await page
    .getByRole('textbox', { name: 'Online link' })
    .nth(1)
    .fill('https://meet.example.org/e2e');
  await page.getByLabel('Add a module').selectOption({ index: 1 });
  await expect(page.getByRole('button', { name: /^Remove “/ })).toHaveCount(1);
  await page.getByRole('checkbox', { name: /^Eva Krajnc/ }).check();
  await page.getByRole('button', { name: 'Create draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Seats left: 10 of 10')).toBeVisible();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${title}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('spinbutton', { name: 'Capacity (seats)' }).fill('14');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Seats left: 14 of 14')).toBeVisible();
});

test('training modules are accessible', async ({ page }, testInfo) => {
  test.skip(test.info().project.name === 'phone', 'desk work: covered on desktop');
  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Training modules');
  await expect(page.getByRole('heading', { level: 1, name: 'Training modules' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zgodnja prepoznava' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-modules');

  await page.getByRole('link', { name: 'Edit: Zgodnja prepoznava' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Edit Zgodnja prepoznava' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Question 1' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-module-edit');

  await page.getByRole('link', { name: 'Back to training modules' }).click();
  await page.getByRole('link', { name: 'New module' }).click();
  const title = `E2E module ${testInfo.project.name} ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByRole('textbox', { name: 'Question' }).fill('Who signs a referral?');
  await page.getByRole('textbox', { name: 'Answer 1' }).fill('The guardian');
  await page.getByRole('textbox', { name: 'Answer 2' }).fill('Nobody');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Choose the right answer.')).toBeVisible();
  await page.getByRole('radio', { name: '1. The guardian' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training modules' })).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});

test('a professional downloads a certificate that then verifies as valid', async ({
  page,
}, testInfo) => {
  test.skip(test.info().project.name === 'phone', 'desk work: covered on desktop');
  await loginAndWait(page, accounts.welfareSi);
  await navigateTo(page, testInfo, 'Trainings');
  await openTab(page, 'My trainings');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: COMPLETED_SI }) });
  await expect(card.getByText('Attended', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'my-trainings');

  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download certificate (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  const code = ((await card.locator('code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-Z0-9-]{12,20}$/);
  await page.goto(`/verify/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Verify a certificate' })).toBeVisible();
  await expect(page.getByText('Valid certificate')).toBeVisible();
  await expect(page.getByText('Luka Horvat')).toBeVisible();
  await expect(page.getByText(COMPLETED_SI)).toBeVisible();
});

test('anyone can check a certificate code without signing in', async ({ page }, testInfo) => {
  await page.goto('/verify');
  await page.getByLabel(/^(Language|Sprache|Jezik)/).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify a certificate' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Certificate code' }).fill('abc');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Enter the code as printed', { exact: false })).toBeVisible();
  await page.getByRole('textbox', { name: 'Certificate code' }).fill('ZZZZ-ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page).toHaveURL(/\/verify\/ZZZZ-ZZZZ-ZZZZ$/);
  await expect(page.getByText('Unknown code')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'verify-unknown');
});

test('the bell shows a professional their unread notifications', async ({ page }, testInfo) => {
  test.skip(test.info().project.name === 'phone', 'desk work: covered on desktop');
  await loginAndWait(page, accounts.welfareSi);
  const bell = page.getByRole('button', { name: /^Notifications, unread: \d+$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const dialog = page.getByRole('dialog', { name: 'Notifications' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('link', {
      name: `Your certificate for “${COMPLETED_SI}” is ready to download.`,
    }),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Mark all read' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'notifications');

  await dialog.getByRole('link', { name: `Your seat in “${RUNNING_SI}” is confirmed.` }).click();
  await expect(page.getByRole('heading', { level: 1, name: RUNNING_SI })).toBeVisible();
  if (!isPhone(testInfo)) await expect(dialog).toBeHidden();
});

test('a mentor sees the preparation course with a confirmed seat', async ({ page }, testInfo) => {
  await loginAndWait(page, accounts.mentorSi);
  await navigateTo(page, testInfo, 'Trainings');
  await expect(page.getByRole('heading', { level: 1, name: 'Trainings' })).toBeVisible();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: MENTOR_SI }) });
  await expect(card.getByText('Me: Confirmed')).toBeVisible();
  await expect(page.getByRole('link', { name: OPEN_SI })).toHaveCount(0);
  await card.getByRole('link', { name: MENTOR_SI }).click();
  await expect(page.getByText('Your seat is confirmed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take the pre-test' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'training-mentor');
});
