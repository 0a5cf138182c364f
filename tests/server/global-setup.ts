// Bundles the server once for the tests that run it as `npm start` does (process, two-processes).
import { buildServer } from '@/server/build.mjs';

export default async function globalSetup(): Promise<void> {
  await buildServer();
}
