// Vitest setup: jest-dom matchers, the MSW server on the shared handlers, and a fixed "today".
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { clock } from '@/lib/clock';
import { applyLanguage, registerLanguage } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { usePreferences } from '@/stores/preferences';

/** Statuses depend on the day; tests judge them on one fixed day. */
export const TEST_TODAY = new Date('2026-11-26T08:00:00Z');

// Tests wait for what the user would see, never for a fixed time; how long that takes depends on
// the machine. The default second is too short when other work shares the CPU (the fault matrix
// renders whole views through retries), so a wait gives up only after ten.
configure({ asyncUtilTimeout: 10_000 });

// The app fetches English on first use; tests register it so switching language is synchronous.
registerLanguage('en', en);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  vi.spyOn(clock, 'now').mockReturnValue(TEST_TODAY);
  localStorage.clear();
  sessionStorage.clear();
  usePreferences.setState({
    language: 'zh',
    theme: 'light',
    defaultDepartment: null,
  });
  applyLanguage('zh');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  db.reset();
});

afterAll(() => server.close());
