// The API may need a moment before it answers (the mock service worker registering): requests
// wait for it, so the app's shell can render at once instead of waiting too. If getting it ready
// fails (the mock layer's code did not load), the next request tries again, so a panel's retry can
// succeed without reloading the page.
let start: (() => Promise<unknown>) | null = null;
let ready: Promise<unknown> = Promise.resolve();
let failed = false;

function run(starting: () => Promise<unknown>): Promise<unknown> {
  failed = false;
  return starting().catch((error: unknown) => {
    failed = true;
    throw error;
  });
}

/** Starts getting the API ready; requests wait for it from now on. */
export function waitForApi(starting: () => Promise<unknown>): void {
  start = starting;
  ready = run(starting);
  // A failure is reported to the requests that wait, not as an unhandled rejection.
  ready.catch(() => undefined);
}

export function apiReady(): Promise<unknown> {
  if (failed && start) ready = run(start);
  return ready;
}
