import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-2026';

export const accounts = {
  admin: 'admin@example.org',
  coordinatorSi: 'coordinator.si@example.org',
  coordinatorDe: 'coordinator.de@example.org',
  addictionSi: 'addiction.si@example.org',
  welfareSi: 'welfare.si@example.org',
  welfareDe: 'welfare.de@example.org',
  mentorSi: 'mentor.si@example.org',
  mentorDe: 'mentor.de@example.org',
  trainerSi: 'trainer.si@example.org',
  trainerDe: 'trainer.de@example.org',
} as const;

/** Opens the login page in English, whatever the browser or an earlier test chose. */
export async function openLogin(page: Page) {
  await page.goto('/login');
  await page.getByLabel(/^(Language|Sprache|Jezik)/).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await openLogin(page);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const welcomeHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /^(Welcome|Willkommen|Dobrodošli)/ });

/**
 * Signs in and waits for the start page. The UI then shows the user's preferred language;
 * unless told otherwise this switches it to English (which also saves it for the user).
 */
export async function loginAndWait(page: Page, email: string, { english = true } = {}) {
  await login(page, email);
  await expect(welcomeHeading(page)).toBeVisible();
  if (english && (await page.locator('html').getAttribute('lang')) !== 'en') {
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PUT',
    );
    await page.getByLabel(/^(Language|Sprache|Jezik)/).selectOption('en');
    expect((await saved).ok()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  }
}

export function isPhone(testInfo: TestInfo) {
  return testInfo.project.name === 'phone';
}

/** On phones the navigation hides behind the burger button. */
export async function openNavigation(page: Page, testInfo: TestInfo) {
  if (isPhone(testInfo)) {
    const burger = page.getByRole('button', { name: /navigation|Navigation|navigacijo/ });
    if ((await burger.getAttribute('aria-expanded')) !== 'true') await burger.click();
  }
  const nav = page.getByRole('navigation', {
    name: /Main navigation|Hauptnavigation|Glavna navigacija/,
  });
  await expect(nav).toBeVisible();
  return nav;
}

export async function navigateTo(page: Page, testInfo: TestInfo, label: string) {
  const nav = await openNavigation(page, testInfo);
  await nav.getByRole('link', { name: label }).click();
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({
    path: `test-results/screenshots/${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}

/** Fails on any WCAG 2 A/AA violation that axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
