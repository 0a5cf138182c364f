// Signing a demo account in to the mock API, as the sign-in page does: its session then goes
// with every request of the test (the mock keeps it in localStorage, which tests/setup.ts clears
// before each test).
import { DEMO_PASSWORD } from '@mocks/accounts-db';
import { apiUrl } from '@/lib/api/client';

export type DemoUser = 'admin' | 'viewer' | 'finance' | 'sti';

export async function signInAs(username: DemoUser): Promise<void> {
  const res = await fetch(apiUrl('/session'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`could not sign ${username} in: ${res.status} ${await res.text()}`);
}
