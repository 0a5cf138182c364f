/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; relative to the page unless absolute. Default `/api`. */
  readonly VITE_API_BASE_URL?: string;
  /** `false` to use a real API instead of the mock service worker. */
  readonly VITE_USE_MOCKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
