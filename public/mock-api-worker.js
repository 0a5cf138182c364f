// Mock builds only (index.html gets this script when the mock API is on): registers the mock
// API's service worker as soon as the page starts, so its download and activation run while the
// app's code loads, not after. The app's mock layer (mocks/browser.ts) then finds it ready.
if ('serviceWorker' in navigator && document.currentScript) {
  navigator.serviceWorker
    .register(new URL('mockServiceWorker.js', document.currentScript.src))
    .catch(function () {
      // MSW registers it again when it starts, and reports a failure then.
    });
}
