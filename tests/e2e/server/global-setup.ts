// Builds the real-API client once for every test's server (the same build `npm start` makes,
// compressed copies included), and only when its sources changed since the last run.
import { resolve } from 'node:path';
import { ensureClientBuild } from '../../../src/server/client-build';
import { ROOT, STATIC_DIR } from './server-process';

export default function globalSetup(): void {
  ensureClientBuild(ROOT, resolve(ROOT, STATIC_DIR), (msg) => console.log(msg));
}
