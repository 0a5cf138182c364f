// Waiting for the mock API's service worker to control the page before MSW starts (see
// mocks/browser.ts). index.html registers the worker before the app loads
// (public/mock-api-worker.js); it takes control of the page once activated.

/**
 * Resolves once the page is controlled by a service worker, or once it is clear that none is
 * coming soon: no registration, or an active one that does not take control (after a hard reload,
 * which bypasses workers), which is left to MSW as before. MSW reloads a page that has the worker
 * registered but is not controlled by it, so it must not start before this resolves.
 */
export async function workerInControl(
  // Not there outside a secure context (plain http on a LAN address).
  sw: ServiceWorkerContainer | undefined = 'serviceWorker' in navigator
    ? navigator.serviceWorker
    : undefined,
): Promise<void> {
  if (!sw || sw.controller) return;
  // Listening first: the worker can take control while its registration is being looked up, and
  // the event would then be missed (a wait of the whole timeout on a first visit).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resolveInControl = () => {};
  const inControl = new Promise<void>((resolve) => {
    resolveInControl = resolve;
  });
  const onChange = () => resolveInControl();
  sw.addEventListener('controllerchange', onChange, { once: true });
  try {
    const registration = await sw.getRegistration();
    if (sw.controller || !registration) return;
    const settling = registration.installing ?? registration.waiting;
    await Promise.race([
      inControl,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, settling ? 5000 : 300);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    sw.removeEventListener('controllerchange', onChange);
  }
}
