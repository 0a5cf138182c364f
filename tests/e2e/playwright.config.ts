// Browser tests on Debian's Chromium against the production mock build (vite build + vite preview).
import { defineConfig, devices } from '@playwright/test';
// The flags this machine's Chromium needs, shared with the benchmark scripts (tests/bench/serve.mjs).
import chromiumArgs from '../chromium-args.json' with { type: 'json' };

const PORT = Number(process.env.E2E_PORT ?? 4317);
/** Separate output folders let two checkouts' browser tests run side by side. */
const DIST = process.env.E2E_DIST ?? 'dist';
/** E2E_BUILT=1: the mock build is already in DIST (CI builds it once for everything). */
const build = process.env.E2E_BUILT === '1' ? '' : `npx vite build --outDir ${DIST} && `;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The tests against `npm start` have their own config (server.config.ts).
  testIgnore: 'server/**',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../../test-results/playwright',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    // Typechecking is its own CI step; the browser tests only need the bundle.
    command: `${build}npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
