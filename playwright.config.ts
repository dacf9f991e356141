import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build, served under a sub-path by a
 * plain static server, in Debian's Chromium (Playwright's own browser download
 * is not available here). `npm run test:e2e` builds first.
 */
// E2E_PORT lets several checkouts run their browser tests side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const APP_PATH = '/tools/pathfinder/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}${APP_PATH}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --base ${APP_PATH}`,
    url: `http://localhost:${PORT}${APP_PATH}`,
    reuseExistingServer: !process.env.CI,
  },
});
