// The API may need a moment before it answers (the mock service worker registering): requests
// wait for it, so the app's shell can render at once instead of waiting too.
let ready: Promise<unknown> = Promise.resolve();

export function waitForApi(starting: Promise<unknown>): void {
  ready = starting;
}

export function apiReady(): Promise<unknown> {
  return ready;
}
