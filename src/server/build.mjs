// Bundles the server (src/server/main.ts and what it imports from src/) into one ES module,
// dist-server/main.mjs, that plain Node runs: `npm start` runs this first, then that file with
// SERVER_NODE_FLAGS. Packages stay in node_modules. Well under a second; done at every start, so
// the bundle is never older than the sources.
//
// Why not tsx at run time, as the CLI tools and the tests use it: its loader thread and
// transforms cost the server some 30 MB for the life of the process, and it compiles on every
// start. Why the flags: the change feed allocates briskly (one message to every open stream ten
// times a second), and with V8's defaults the heap grew to three times what it keeps before
// collecting (1,000 streams: 362 MB at peak). The old generation may grow by 20 % over what it
// kept, and the young one has 4 MB semi-spaces: 245 MB at peak, for ~20 % more CPU per list
// request than the defaults (`--optimize-for-size` reached the same memory at twice the CPU).
// `npm run bench:live` and `npm run bench:server` weigh them (BENCH_SERVER_FLAGS; docs/server.md).
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
export const SERVER_BUNDLE = resolve(ROOT, 'dist-server/main.mjs');
/** Node's flags for the server: kept in step with package.json's `start` (a test checks). */
export const SERVER_NODE_FLAGS = [
  '--heap-growing-percent=20',
  '--max-semi-space-size=4',
  '--enable-source-maps',
];

/** Node's arguments that run the built server, as `npm start` does after building it. */
export const SERVER_ARGS = [...SERVER_NODE_FLAGS, SERVER_BUNDLE];

export async function buildServer() {
  await build({
    entryPoints: [resolve(ROOT, 'src/server/main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    sourcemap: true,
    logLevel: 'warning',
  });
  return SERVER_BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
