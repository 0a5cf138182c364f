/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build-plugins/content-security-policy.ts';
import { firstScreenChunks, firstScreenGroups } from './build-plugins/first-screen-chunks.ts';
import { preloadMockApi } from './build-plugins/preload-mock-api.ts';

const alias = {
  // See mocks/shims/tldts.ts: keeps the Public Suffix List out of the browser's mock chunk.
  tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)),
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
};

export default defineConfig({
  plugins: [react(), preloadMockApi(), firstScreenChunks(), ...contentSecurityPolicy()],
  resolve: { alias },
  server: { port: 5173 },
  build: {
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
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // jsdom has no location origin of its own; the API client resolves its base against it.
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    testTimeout: 15000,
  },
});
