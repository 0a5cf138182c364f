// Mock builds: the mock API's chunks preloaded beside the app, its service worker registered early.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The mock API's service worker and the script that registers it early: mock builds only. */
const MOCK_WORKER_FILES = ['mock-api-worker.js', 'mockServiceWorker.js'];

/**
 * In a build with the mock API on, the browser starts fetching the mock layer (MSW and the data
 * set) together with the app instead of after the app's code has run: main.tsx imports it
 * dynamically, which the browser only discovers once the entry executes. And the mock API's
 * service worker starts registering at once (public/mock-api-worker.js).
 */
export function preloadMockApi(): Plugin {
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
