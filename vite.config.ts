/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy, as a <meta> in index.html (and as a header from
 * `vite preview`): scripts only from this origin, never inline or eval'd; the mock service worker
 * is a same-origin script. Inline style *attributes* stay allowed: React and recharts set them.
 * The dev server injects inline scripts of its own, so it gets none.
 */
function securityPolicy(env: Record<string, string | undefined>): string {
  const base = env.VITE_API_BASE_URL ?? '';
  const api = /^https?:\/\//.test(base) ? ` ${new URL(base).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

function contentSecurityPolicy(): Plugin[] {
  let policy = '';
  return [
    {
      name: 'npf:csp-meta',
      apply: 'build',
      configResolved: (config) => void (policy = securityPolicy(config.env)),
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
    {
      // A header can say what a <meta> cannot (frame-ancestors), as a real server would send it.
      name: 'npf:csp-preview-header',
      configResolved: (config) => void (policy ||= securityPolicy(config.env)),
      configurePreviewServer: (server) =>
        void server.middlewares.use((req, res, next) => {
          res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.setHeader('Referrer-Policy', 'no-referrer');
          // Built assets carry a content hash in their names: a server keeps them for good, so a
          // repeat visit loads them from the cache without asking (vite preview would revalidate).
          if (req.url?.startsWith('/assets/')) {
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          }
          next();
        }),
    },
  ];
}

/** The mock API's service worker and the script that registers it early: mock builds only. */
const MOCK_WORKER_FILES = ['mock-api-worker.js', 'mockServiceWorker.js'];

/**
 * In a build with the mock API on, the browser starts fetching the mock layer (MSW and the data
 * set) together with the app instead of after the app's code has run: main.tsx imports it
 * dynamically, which the browser only discovers once the entry executes. And the mock API's
 * service worker starts registering at once (public/mock-api-worker.js).
 */
function preloadMockApi(): Plugin {
  let mocksOn = true;
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'npf:preload-mock-api',
    apply: 'build',
    configResolved: (config) => {
      mocksOn = config.env.VITE_USE_MOCKS !== 'false';
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    // public/ is copied whole; a build against a real API has no mock service worker to register.
    closeBundle: () => {
      if (mocksOn) return;
      for (const file of MOCK_WORKER_FILES) rmSync(join(outDir, file), { force: true });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const bundle = ctx.bundle;
        if (!mocksOn || !bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const mock = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/mocks/browser.ts')));
        if (!mock) return [];
        const reach = (start: string) => {
          const files = new Set<string>();
          const walk = (file: string) => {
            if (files.has(file)) return;
            files.add(file);
            for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) walk(dep);
          };
          walk(start);
          return files;
        };
        const loaded = ctx.chunk ? reach(ctx.chunk.fileName) : new Set<string>();
        const register = {
          tag: 'script',
          attrs: { src: `${base}mock-api-worker.js`, async: true },
          injectTo: 'head-prepend' as const,
        };
        const preloads = [...reach(mock.fileName)]
          .filter((file) => !loaded.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
        return [register, ...preloads];
      },
    },
  };
}

/**
 * What the first screen loads, as few files as possible: every module the app's entry imports
 * statically goes into one chunk, and the mock API's own modules into another. Left to itself the
 * bundler cut the first screen into ~20 files, as modules are shared with the mock layer and the
 * lazy views in different combinations; over HTTP/1.1's six connections each file costs a round
 * trip. The lazy views (charts, presentation, import) keep their own chunks.
 */
const firstScreen = { app: new Set<string>(), mocks: new Set<string>(), shared: new Set<string>() };

function firstScreenChunks(): Plugin {
  return {
    name: 'npf:first-screen-chunks',
    apply: 'build',
    // A watching build runs again: the sets describe the current module graph only.
    buildStart() {
      for (const set of Object.values(firstScreen)) set.clear();
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const reach = (entry: string | undefined) => {
        const seen = new Set<string>();
        const walk = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) walk(dep);
        };
        if (entry) walk(entry);
        return seen;
      };
      const app = reach(ids.find((id) => id.endsWith('/src/main.tsx')));
      const mock = reach(ids.find((id) => id.endsWith('/mocks/browser.ts')));
      for (const id of app) firstScreen.app.add(id);
      for (const id of mock) {
        if (app.has(id)) continue;
        // App code the mock layer shares with lazy views stays apart from MSW, so a build
        // against a real API never loads MSW for those views.
        (id.includes('/src/') ? firstScreen.shared : firstScreen.mocks).add(id);
      }
    },
  };
}

const alias = {
  // See mocks/shims/tldts.ts: keeps the Public Suffix List out of the browser's mock chunk.
  tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)),
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
};

export default defineConfig({
  plugins: [react(), ...contentSecurityPolicy(), preloadMockApi(), firstScreenChunks()],
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
          groups: [
            { name: 'app', test: (id) => firstScreen.app.has(id), priority: 3 },
            // Before the mock API's group, which would otherwise take these along as its
            // dependencies.
            { name: 'mock-shared', test: (id) => firstScreen.shared.has(id), priority: 2 },
            { name: 'mock-api', test: (id) => firstScreen.mocks.has(id), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    // Two projects: the app (jsdom, MSW) and the server (Node, PGlite in-process, or the
    // PostgreSQL that TEST_DATABASE_URL names). `npm test` runs both.
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/server/**', 'src/server/**', 'node_modules/**'],
          restoreMocks: true,
          // jsdom has no location origin of its own; the API client resolves its base against it.
          environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
          testTimeout: 15000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts', 'src/server/**/*.test.ts'],
          restoreMocks: true,
          // Opening a fresh embedded database takes a few seconds on a busy machine.
          testTimeout: 30000,
          hookTimeout: 60000,
        },
      },
    ],
  },
});
