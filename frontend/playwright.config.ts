import { defineConfig, devices } from '@playwright/test';

// The real app, built by the backend (mvn package), in demo mode with a fresh data directory per run.
const port = 8089;
// E2E_BASE_URL runs the tests against a server that is already up (e.g. `vite preview`) instead.
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
const dataDir = process.env.MTD_E2E_DATA_DIR ?? `../backend/target/e2e-data-${Date.now()}`;
// Workers load this file again: keep the directory chosen by the main process.
process.env.MTD_E2E_DATA_DIR = dataDir;

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromium,
      },
    },
    {
      // At 360 px: the screens mentors and trainers use on the move, the layout of every screen (screens,
      // navigation) and login. Desktop-first workflows (agreements, referrals, the directory, the desk work in
      // trainings.spec) run on desktop only, which keeps the whole suite within its time budget.
      name: 'phone',
      testMatch: /(mentoring|trainings|indicators|screens|navigation|login|language)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        launchOptions: chromium,
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        command: `${java} -jar ../backend/target/quarkus-app/quarkus-run.jar`,
        url: `${baseURL}/q/health/ready`,
        timeout: 180_000,
        reuseExistingServer: false,
        // SIGTERM lets the app stop its embedded PostgreSQL server before it exits.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          QUARKUS_PROFILE: 'demo',
          QUARKUS_HTTP_PORT: String(port),
          MTD_DATA_DIR: dataDir,
        },
      },
});
