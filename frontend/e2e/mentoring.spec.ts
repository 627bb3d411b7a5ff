import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import {
  accounts,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  loginAndWait,
  navigateTo,
  openLogin,
  screenshot,
} from './support';

const REGION = 'Slovenia – Podravje';

/** A name or address no other run or project has used, so the tests can run again on the same data. */
const unique = (testInfo: TestInfo) => `${testInfo.project.name}${Date.now().toString(36)}`;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Axe on the page as it rests: the pointer leaves whatever it clicked last (no hover colours). */
async function axe(page: Page) {
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page);
}

async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()).accessToken as string;
}

async function regionId(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/volunteer-applications/regions');
  expect(response.ok()).toBe(true);
  const regions = (await response.json()) as { id: string; name: string }[];
  const region = regions.find((r) => r.name === REGION);
  expect(region, `the demo has the region ${REGION}`).toBeTruthy();
  return region!.id;
}

/** A fresh child near Maribor who shares a language, two time slots and interests with the demo mentors. */
async function createChild(request: APIRequestContext, token: string, firstName: string) {
  const response = await request.post('/api/v1/children', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      regionId: await regionId(request),
      firstName,
      birthYear: new Date().getFullYear() - 9,
      birthMonth: 4,
      gender: 'FEMALE',
      languages: ['sl'],
      municipality: 'Maribor',
      availability: ['WED_AFTERNOON', 'SAT_MORNING'],
      interests: ['SPORTS', 'MUSIC'],
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string };
}

/** Closes a match so that its mentor is free again for the next run of the tests. */
async function closeMatch(request: APIRequestContext, token: string, matchId: string) {
  const response = await request.post(`/api/v1/matches/${matchId}/close`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { reason: 'FAMILY_WITHDREW', note: 'Closed by the browser tests.' },
  });
  expect(response.ok()).toBe(true);
}

async function mentorHome(page: Page) {
  await loginAndWait(page, accounts.mentorSi);
  // A mentor lands on their mentoring.
  await expect(page).toHaveURL(/\/mentoring$/);
  await expect(
    page.getByRole('heading', { level: 2, name: /^My child: Zoja, \d+$/ }),
  ).toBeVisible();
}

test('a mentor logs a meeting in a few taps and reads the coordinator’s feedback', async ({
  page,
}, testInfo) => {
  await mentorHome(page);
  // The diary, newest first, with the coordinator's feedback under the entries.
  const diary = page.getByRole('region', { name: 'Diary' });
  await expect(diary.getByText(/^Feedback from /).first()).toBeVisible();
  await expect(diary.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Next supervision' })).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'mentor-home');

  const note = `Fed the ducks ${unique(testInfo)}`;
  await page.getByRole('button', { name: 'Log a meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a meeting with Zoja' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Date')).toHaveValue(
    iso(new Date(Date.now() - new Date().getTimezoneOffset() * 60_000)),
  );

  // Nothing chosen: the form says what is missing.
  await dialog.getByRole('button', { name: 'Save meeting' }).click();
  await expect(dialog.getByText('Choose how long you met.')).toBeVisible();
  await expect(dialog.getByText('Choose how it went.')).toBeVisible();

  // A concern needs its description; switched off again, it is not sent.
  await dialog.getByRole('switch', { name: 'I am worried about the child' }).click();
  await expect(
    dialog.getByText('Your coordinator is told at once.', { exact: false }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Save meeting' }).click();
  await expect(dialog.getByText('Describe what worries you.')).toBeVisible();
  await dialog.getByRole('switch', { name: 'I am worried about the child' }).click();
  await expect(dialog.getByRole('textbox', { name: 'What worries you?' })).toHaveCount(0);

  await dialog.getByText('1.5 hr', { exact: true }).click();
  await dialog.getByText('Playground', { exact: true }).click();
  await dialog.getByText('Talking', { exact: true }).click();
  await dialog.getByRole('radio', { name: 'Good' }).click();
  await expect(dialog.getByRole('radio', { name: 'Good' })).toHaveAttribute('aria-checked', 'true');
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  await axe(page);
  await screenshot(page, testInfo, 'mentor-log-meeting');
  await dialog.getByRole('button', { name: 'Save meeting' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'The meeting is saved in the diary.' }),
  ).toBeVisible();
  const entry = diary.getByRole('listitem').filter({ hasText: note });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('Playground, Talking')).toBeVisible();
  await expect(entry.getByText('It went: Good')).toBeVisible();
  // Newest first: the meeting of today leads the diary.
  await expect(diary.getByRole('listitem').first()).toContainText(note);
});

test('a coordinator confirms a suggestion for a new child; the match is proposed', async ({
  page,
  request,
}, testInfo) => {
  const token = await apiToken(request, accounts.coordinatorSi);
  const name = `Lina ${unique(testInfo)}`;
  const child = await createChild(request, token, name);

  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Children');
  await expect(page.getByRole('heading', { level: 1, name: 'Children' })).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/children/${child.id}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Suggestions, best first, each explained criterion by criterion.
  const matching = page.getByRole('region', { name: 'Matching' });
  const suggestions = matching
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(suggestions.first()).toBeVisible();
  expect(await suggestions.count()).toBeGreaterThan(0);
  const first = suggestions.first();
  await expect(first.getByText(/^Score \d/)).toBeVisible();
  await expect(
    first.getByText(/^Interests · [\d.]+ of 40 points · (Shared interests: |No shared)/),
  ).toBeVisible();
  await expect(first.getByText(/^Distance · [\d.]+ of 30 points · [\d.]+ km apart$/)).toBeVisible();
  await expect(
    first.getByText(/^Time · [\d.]+ of 20 points · Shared time slots: [12]$/),
  ).toBeVisible();
  await expect(
    first.getByText(/^Age gap · [\d.]+ of 10 points · Mentor \d+ years older$/),
  ).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'child-suggestions');

  const mentor = ((await first.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(
    /^\d+\.\s*/,
    '',
  );
  await first.getByRole('button', { name: `Confirm ${mentor} as mentor for ${name}` }).click();
  await expect(page.getByText(`The match with ${mentor} is proposed.`)).toBeVisible();
  await page.getByRole('link', { name: 'Open the match' }).first().click();

  await expect(
    page.getByRole('heading', { level: 1, name: `${name} with ${mentor}` }),
  ).toBeVisible();
  await expect(page.getByText('Proposed', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: "Record the mentor's consent" })).toBeVisible();
  await expect(page.getByRole('button', { name: "Record the family's consent" })).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'match-proposed');

  // Both agree, the first meeting starts the match, and it closes with a reason and a note.
  const matchId = page.url().split('/').pop()!;
  try {
    await page.getByRole('button', { name: "Record the mentor's consent" }).click();
    await expect(page.getByRole('button', { name: "Record the mentor's consent" })).toHaveCount(0);
    await page.getByRole('button', { name: "Record the family's consent" }).click();
    await expect(page.getByText('Saved. The match is now: Accepted.')).toBeVisible();
    await page.getByRole('button', { name: 'Start the match' }).click();
    await expect(page.getByText('Saved. The match is now: Active.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Diary' })).toBeVisible();
    await page.getByRole('button', { name: 'Close the match' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the match' });
    await dialog.getByRole('button', { name: 'Close the match' }).click();
    await expect(dialog.getByText('This field is required.').first()).toBeVisible();
    await dialog
      .getByRole('combobox', { name: 'Reason for closing' })
      .selectOption('FAMILY_WITHDREW');
    await dialog.getByRole('textbox', { name: 'Closing note' }).fill('The family moved away.');
    await dialog.getByRole('button', { name: 'Close the match' }).click();
    await expect(page.getByText('Saved. The match is now: Closed.')).toBeVisible();
    await expect(page.getByRole('main').getByText('The family moved away.')).toBeVisible();
  } finally {
    // Whatever failed above, the mentor is free again for the next run.
    const match = await request.get(`/api/v1/matches/${matchId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if ((await match.json()).status !== 'CLOSED') await closeMatch(request, token, matchId);
  }
});

test('a coordinator records screening steps and rejects an application', async ({
  page,
  request,
}, testInfo) => {
  const lastName = `Zajc ${unique(testInfo)}`;
  const birth = new Date();
  birth.setFullYear(birth.getFullYear() - 23);
  const applied = await request.post('/api/v1/volunteer-applications', {
    data: {
      regionId: await regionId(request),
      firstName: 'Urban',
      lastName,
      email: `e2e.${unique(testInfo)}.urban@example.org`,
      phone: '+386 41 555 123',
      birthDate: iso(birth),
      studyProgramme: 'Psychology',
      languages: ['sl'],
      municipality: 'Maribor',
      availability: ['TUE_AFTERNOON'],
      interests: ['GAMES'],
      gender: 'MALE',
      motivation: 'I had a mentor myself.',
      consent: true,
    },
  });
  expect(applied.status()).toBe(202);

  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Volunteers');
  const interview = page.getByRole('region', { name: /^Interview next/ });
  await interview.getByRole('link', { name: `Urban ${lastName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Urban ${lastName}` })).toBeVisible();
  await expect(page.getByText('In screening', { exact: true })).toBeVisible();

  const steps = page.getByRole('region', { name: 'Screening steps' });
  await expect(steps.getByText('No step recorded yet.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Step' })).toHaveValue('INTERVIEW');
  await page.getByRole('textbox', { name: 'Note' }).fill('Met at the office; motivated.');
  await page.getByRole('button', { name: 'Record step' }).click();
  await expect(steps.getByRole('listitem').filter({ hasText: 'Interview' })).toContainText(
    'Recorded by Maja Novak',
  );
  await expect(steps.getByText('Met at the office; motivated.')).toBeVisible();
  await expect(steps.getByText('Next step: Criminal-record certificate')).toBeVisible();

  // The certificate step needs the certificate's issue date.
  await expect(page.getByRole('combobox', { name: 'Step' })).toHaveValue('CERTIFICATE');
  await page.getByRole('button', { name: 'Record step' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await page
    .getByLabel('Issue date of the certificate')
    .fill(iso(new Date(Date.now() - 10 * 86_400_000)));
  await page.getByRole('button', { name: 'Record step' }).click();
  await expect(steps.getByText('Next step: Mentor preparation')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await axe(page);

  await page.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject the application' });
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Not available for a whole year.');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByText('The application is rejected.')).toBeVisible();
  await expect(page.getByText('Rejected', { exact: true })).toBeVisible();
  await expect(page.getByText('Not available for a whole year.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Record a step' })).toHaveCount(0);
});

test('a concern from the diary reaches the queue; the coordinator decides and answers', async ({
  page,
  request,
}, testInfo) => {
  // The mentor logs a meeting with a concern (as the form would send it).
  const mentorToken = await apiToken(request, accounts.mentorSi);
  const home = await request.get('/api/v1/mentoring/me', {
    headers: { Authorization: `Bearer ${mentorToken}` },
  });
  const matchId = (await home.json()).match.id as string;
  const concern = `She had not eaten since the morning (${unique(testInfo)}).`;
  const logged = await request.post(`/api/v1/matches/${matchId}/diary`, {
    headers: { Authorization: `Bearer ${mentorToken}` },
    data: {
      metOn: iso(new Date()),
      durationMinutes: 60,
      activities: ['TALKING'],
      mood: 'DIFFICULT',
      concern: true,
      concernText: concern,
    },
  });
  expect(logged.status()).toBe(201);

  await loginAndWait(page, accounts.coordinatorSi);
  await navigateTo(page, testInfo, 'Safeguarding');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('true');
  await expect(page).toHaveURL(/open=true/);
  const alert = page.getByRole('listitem').filter({ hasText: concern });
  await expect(alert.getByText('Open', { exact: true })).toBeVisible();
  await alert.getByRole('button', { name: 'Record decision' }).click();
  await expect(alert.getByText('This field is required.').first()).toBeVisible();
  await alert.getByRole('combobox', { name: 'Decision' }).selectOption('TALK_WITH_MENTOR');
  await alert.getByRole('textbox', { name: 'Reason' }).fill('Call with the mentor tomorrow.');
  await alert.getByRole('button', { name: 'Record decision' }).click();
  await expect(alert).toHaveCount(0); // decided: no longer among the open ones
  await page.getByRole('combobox', { name: 'Show' }).selectOption('false');
  const decided = page.getByRole('listitem').filter({ hasText: concern });
  await expect(decided.getByText('Talk with the mentor')).toBeVisible();
  await expect(decided.getByText('Call with the mentor tomorrow.')).toBeVisible();

  // The coordinator answers the entry; the feedback shows under it.
  await decided.getByRole('link', { name: /^Zoja with / }).click();
  const entry = page
    .getByRole('region', { name: 'Diary' })
    .getByRole('listitem')
    .filter({ hasText: concern });
  await entry
    .getByRole('textbox', { name: /^Feedback on the meeting of / })
    .fill('Thank you for telling us at once.');
  await entry.getByRole('button', { name: 'Send feedback' }).click();
  await expect(entry.getByText('Thank you for telling us at once.')).toBeVisible();
  await expect(entry.getByText(/^Feedback from Maja Novak/)).toBeVisible();
});

test('a student applies as a volunteer mentor without an account', async ({ page }, testInfo) => {
  await openLogin(page);
  await page.getByRole('link', { name: 'Apply as a volunteer mentor' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Become a volunteer mentor' }),
  ).toBeVisible();

  const id = unique(testInfo);
  const birth = new Date();
  birth.setFullYear(birth.getFullYear() - 22);
  birth.setMonth(birth.getMonth() - 2);

  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: REGION });
  await expect(page.getByText(/^Mentors in this region are \d+ to \d+ years old\.$/)).toBeVisible();
  await page.getByRole('textbox', { name: 'First name' }).fill('Tina');
  await page.getByRole('textbox', { name: 'Last name' }).fill(`Horvat ${id}`);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(`e2e.${id}@example.org`);
  await page.getByRole('textbox', { name: 'Phone' }).fill('+386 40 123 456');
  await page.getByLabel('Date of birth').fill(iso(birth));
  await page.getByRole('combobox', { name: 'Gender' }).selectOption({ label: 'Female' });
  await page.getByRole('textbox', { name: 'Study programme' }).fill('Social pedagogy');
  await page.getByRole('combobox', { name: 'Home municipality' }).selectOption('Maribor');
  await page.getByRole('checkbox', { name: 'Slovenian' }).check();
  await page.getByRole('checkbox', { name: 'Wednesday afternoon' }).check();
  await page.getByRole('checkbox', { name: 'Saturday morning' }).check();
  await page.getByRole('checkbox', { name: 'Sports' }).check();
  await page
    .getByRole('textbox', { name: 'Motivation' })
    .fill('I would like to give a child some of my time.');

  // Without the consent the form says so before it asks the server.
  await page.getByRole('button', { name: 'Send application' }).click();
  const consent = page.getByRole('checkbox', { name: /^I agree that my data are processed/ });
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Without this consent the application cannot be processed.'),
  ).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'volunteer-application');

  await consent.check();
  const sent = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/volunteer-applications') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Send application' }).click();
  expect((await sent).status()).toBe(202);
  await expect(page.getByRole('status')).toContainText('Thank you for applying');
  await axe(page);
});

test('the set-password page reads its link and explains an unknown one', async ({ page }) => {
  await page.goto('/set-password#token=not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  // The token leaves the address bar at once.
  await expect(page).toHaveURL(/\/set-password$/);
  await page.getByLabel(/^New password/).fill('a-long-enough-password-2026');
  await page.getByLabel(/^Repeat the new password/).fill('a-long-enough-password-2026');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This link is unknown, has been used or has expired.',
  );
  await axe(page);
});

test('the coordinator’s mentoring screens: board, volunteer, matches, matching and alerts', async ({
  page,
}, testInfo) => {
  await loginAndWait(page, accounts.coordinatorSi);

  await navigateTo(page, testInfo, 'Volunteers');
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteers' })).toBeVisible();
  for (const column of [
    'Interview next',
    'Certificate next',
    'Preparation next',
    'Agreement next',
    'Ready to approve',
  ]) {
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${column} \\(\\d+\\)$`) }),
    ).toBeVisible();
  }
  await axe(page);
  await screenshot(page, testInfo, 'volunteers-board');

  // A volunteer in screening: the recorded steps and the form for the next one.
  await page.locator('main a[href^="/volunteers/"]').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Screening steps' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Record a step' })).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'volunteer-detail');

  await page.getByRole('link', { name: 'Back to the volunteers' }).click();
  await page.getByRole('tab', { name: 'Approved' }).click();
  await expect(page).toHaveURL(/status=APPROVED/);
  await expect(page.getByRole('link', { name: 'Nika Zupan' })).toBeVisible();

  await navigateTo(page, testInfo, 'Matches');
  await expect(page.getByRole('heading', { level: 1, name: 'Matches' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Zoja with / })).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'matches');
  await page.getByLabel('Health flags').selectOption('true');
  await expect(page).toHaveURL(/flagged=true/);
  await expect(page.getByText('Open concern').first()).toBeVisible();

  // The active match of the demo mentor: its diary with a feedback form per entry.
  await page.getByLabel('Health flags').selectOption('');
  await page.getByRole('link', { name: /^Zoja with / }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Diary' })).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: /^Feedback on the meeting of / }).first(),
  ).toBeVisible();
  await axe(page);

  await navigateTo(page, testInfo, 'Matching');
  await expect(page.getByRole('heading', { level: 1, name: 'Matching' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a matching run' })).toBeVisible();
  await axe(page);

  await navigateTo(page, testInfo, 'Safeguarding');
  await expect(page.getByRole('heading', { level: 1, name: 'Safeguarding alerts' })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toBeVisible();
  await axe(page);
  await screenshot(page, testInfo, 'safeguarding-alerts');
});
