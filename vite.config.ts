/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build-plugins/content-security-policy.ts';
import { firstScreenChunks, firstScreenGroups } from './src/build-plugins/first-screen-chunks.ts';
import { preloadMockApi } from './src/build-plugins/preload-mock-api.ts';

const alias = {
  // See mocks/shims/tldts.ts: keeps the Public Suffix List out of the browser's mock chunk.
  tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)),
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
};

/** Tests of pure modules, which need neither jsdom nor the app's test setup. */
const pureTests = ['src/domain/**/*.test.ts', 'src/data-set/**/*.test.ts'];

export default defineConfig(({ isSsrBuild }) => ({
  // The server's module that draws the first screen (src/app/render-page.tsx, built by
  // src/server/client-build.ts) needs none of the page's plugins, and carries its own React in
  // production mode: nothing in it comes from node_modules at run time.
  plugins: isSsrBuild
    ? [react()]
    : [react(), preloadMockApi(), firstScreenChunks(), ...contentSecurityPolicy()],
  resolve: { alias },
  server: { port: 5173 },
  ssr: { noExternal: true },
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: isSsrBuild
    ? { target: 'node20', sourcemap: false, copyPublicDir: false }
    : {
        target: 'es2022',
        sourcemap: false,
        // Lets the size guard (tests/bench/size-guard.mjs) walk the overview's static imports.
        manifest: true,
        // One stylesheet: all of it is ~10 KB gzip, and the lazy views then need no CSS request.
        cssCodeSplit: false,
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: firstScreenGroups,
            },
          },
        },
      },
  test: {
    // Two projects: the app (jsdom, MSW) and the server (Node, PGlite in-process, or the
    // PostgreSQL that TEST_DATABASE_URL names). `npm test` runs both.
    // One file per core, and at least two: most files wait on timers and I/O as much as on the
    // CPU (on a 2-core machine two workers took 343 s against 506 s for Vitest's cores - 1).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: [
            'tests/e2e/**',
            'tests/server/**',
            'src/server/**',
            'node_modules/**',
            ...pureTests,
          ],
          restoreMocks: true,
          // jsdom has no location origin of its own; the API client resolves its base against it.
          environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
          // Generous for a machine under load; a test that passes waits only as long as it must.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The domain and the data set are pure: no DOM to build, no mock server, no setup.
        extends: true,
        test: { name: 'domain', environment: 'node', include: pureTests },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts', 'src/server/**/*.test.ts'],
          globalSetup: ['tests/server/global-setup.ts'],
          restoreMocks: true,
          // Opening a fresh embedded database takes a few seconds on a busy machine.
          testTimeout: 30000,
          hookTimeout: 60000,
        },
      },
    ],
  },
}));
