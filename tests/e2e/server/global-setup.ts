// Builds the real-API client once for every test's server (the same build `npm start` makes,
// compressed copies included), and only when its sources changed since the last run.
import { resolve } from 'node:path';
import { buildServer } from '../../../src/server/build.mjs';
import { ensureClientBuild } from '../../../src/server/client-build';
import { ROOT, STATIC_DIR } from './server-process';

export default async function globalSetup(): Promise<void> {
  ensureClientBuild(ROOT, resolve(ROOT, STATIC_DIR), (msg) => console.log(msg));
  // The server as `npm start` runs it: bundled, then started with its Node flags.
  await buildServer();
}
