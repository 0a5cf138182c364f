// The server tests' fixtures: `launch` starts a server and makes sure it is gone after the test,
// `dataDir` is a fresh folder for the embedded database, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from '../fixtures';
import { startServer, type DatabaseChoice, type RunningServer } from './server-process';

export const test = base.extend<{
  launch: (
    database: DatabaseChoice,
    port: number,
    extraEnv?: NodeJS.ProcessEnv,
  ) => Promise<RunningServer>;
  dataDir: string;
}>({
  // Playwright reads what a fixture needs from its first parameter's pattern; these need nothing.
  // eslint-disable-next-line no-empty-pattern
  launch: async ({}, provide) => {
    const started: RunningServer[] = [];
    await provide(async (database, port, extraEnv) => {
      const server = await startServer(database, port, extraEnv);
      started.push(server);
      return server;
    });
    for (const server of started) await server.kill();
  },
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, provide) => {
    const dir = mkdtempSync(join(tmpdir(), 'npf-e2e-data-'));
    await provide(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Console errors and uncaught exceptions of a page the test opened itself, for its assertions. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
