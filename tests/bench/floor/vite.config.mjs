// Builds the benchmark's two floor pages (index.html: the mock API alone; react.html: with React)
// with the app's build settings and the same mock service worker files, into dist-floor at the
// project's root.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import app from '../../../vite.config.ts';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig((env) =>
  mergeConfig(app(env), {
    root: here('.'),
    publicDir: here('../../../public'),
    build: {
      outDir: here('../../../dist-floor'),
      emptyOutDir: true,
      manifest: false,
      rolldownOptions: { input: { index: here('index.html'), react: here('react.html') } },
    },
  }),
);
