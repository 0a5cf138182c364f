/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  server: { port: 5173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Lets the size guard (tests/bench/size-guard.mjs) walk the overview's static imports.
    manifest: true,
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
