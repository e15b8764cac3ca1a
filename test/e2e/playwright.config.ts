import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 5179);

export default defineConfig({
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'navigateur', testDir: '.' },
    { name: 'bureau', testDir: '../electron-app' },
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // One retry in CI, where two cores run two browsers: a test that needed it is listed as flaky,
  // so a race shows up in the report instead of failing the whole run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node ../../electron/cli/serve-web.mjs ../../out/web`,
    cwd: __dirname,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
