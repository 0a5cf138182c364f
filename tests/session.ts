// Signing in as a demo account, the way the app does (POST /api/session through its API client),
// before rendering: the mock API keeps its session in localStorage, so the app then asks as that
// account. Each test starts signed out (tests/setup.ts clears localStorage).
import { sessionResponseSchema } from '@/domain/accounts';
import { apiPost } from '@/lib/api/client';

/** The demo accounts (docs/accounts.md), all with the same password. */
export const DEMO = {
  admin: { displayName: '系统管理员' },
  viewer: { displayName: '张观（只读）' },
  finance: { displayName: '王敏（市金融局）' },
  sti: { displayName: '李科（市科技局）' },
} as const;
export type DemoName = keyof typeof DEMO;
export const DEMO_PASSWORD = 'demo-password';

export async function signInAs(username: DemoName) {
  const session = await apiPost(
    '/session',
    { username, password: DEMO_PASSWORD },
    sessionResponseSchema,
  );
  if (session.principal.kind !== 'user') throw new Error(`not signed in as ${username}`);
  return session.principal;
}
