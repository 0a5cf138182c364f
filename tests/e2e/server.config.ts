// Browser tests against `npm start`: the real server (API, database, the real-API build of the
// SPA) as a process the tests start, stop, restart and kill themselves; no mock layer anywhere.
import { defineConfig, devices } from '@playwright/test';
import chromiumArgs from '../chromium-args.json' with { type: 'json' };

export default defineConfig({
  testDir: './server',
  testMatch: '**/*.spec.ts',
  globalSetup: './server/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Each test starts the server two to four times; a start opens the embedded database.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/server',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
});
