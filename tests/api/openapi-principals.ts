// Who sends the OpenAPI test's requests: the mock API's demo accounts, a paired wall screen, one
// an admin has since unpaired, or a session that has ended; and the one way a request is sent.
import { expect } from 'vitest';
import { DEMO_PASSWORD, SESSION_JAR_KEY } from '@mocks/accounts-db';
import { createdDisplayResponseSchema } from '@/domain/accounts';
import { apiUrl } from '@/lib/api/client';

/** A wall screen for the finance bureau's slides. */
export const NEW_DISPLAY = {
  name: '大厅屏',
  departments: ['finance'],
  playlist: { slides: 'summary' },
};

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who sends a request: a demo account, a paired wall screen, one an admin has since unpaired, a
 * session that has ended, or nobody.
 */
export type As =
  'admin' | 'viewer' | 'finance' | 'sti' | 'display' | 'revokedDisplay' | 'endedSession' | null;

export async function send(
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const sent = { ...headers };
  // The list's ETag is whatever the API gave for this query a moment ago.
  if (sent['If-None-Match'] === 'LIST') {
    sent['If-None-Match'] = (await fetch(apiUrl(url))).headers.get('ETag') ?? '';
  }
  const res = await fetch(apiUrl(url), {
    method: method.toUpperCase(),
    headers: { ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }), ...sent },
    ...(payload === undefined
      ? {}
      : { body: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
  if (res.headers.get('Content-Type')?.startsWith('text/event-stream')) {
    // A stream that stays open: its first message is `ready`, with the revision as its id.
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    // Not awaited: through MSW the body is one branch of a copy, and cancelling a branch settles
    // only once the other is cancelled too.
    void reader.cancel().catch(() => undefined);
    expect(new TextDecoder().decode(value)).toMatch(
      /^id: \d+\nevent: ready\ndata: \{"revision":\d+\}\n\n/,
    );
    return { status: res.status, headers: res.headers, body: undefined };
  }
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

/** The mock API's "cookie" (mocks/accounts-db.ts): one browser's session id. */
const jar = {
  get: () => localStorage.getItem(SESSION_JAR_KEY),
  set(id: string | null) {
    if (id === null) localStorage.removeItem(SESSION_JAR_KEY);
    else localStorage.setItem(SESSION_JAR_KEY, id);
  },
};

async function signIn(username: string) {
  const res = await send('post', '/session', { username, password: DEMO_PASSWORD });
  expect(res.status, `sign in as ${username}`).toBe(200);
}

/** The display the last set-up made (signed in as an admin), and its pairing token. */
export const made = { id: '', token: '' };
export async function newDisplay() {
  const res = await send('post', '/displays', NEW_DISPLAY);
  expect(res.status, 'create a display').toBe(201);
  const { display, link } = createdDisplayResponseSchema.parse(res.body);
  Object.assign(made, { id: display.id, token: link.replace('/pair#', '') });
}
export const revokeMade = async () => {
  expect((await send('delete', `/displays/${made.id}`)).status, 'revoke').toBe(204);
};

/** A wall screen paired on a display an admin made; the admin's session is kept aside. */
async function pairScreen(): Promise<{ admin: string | null }> {
  await signIn('admin');
  const admin = jar.get();
  await newDisplay();
  jar.set(null);
  expect((await send('post', '/display-session', { token: made.token })).status, 'pair').toBe(200);
  return { admin };
}

export async function becomes(as: As) {
  switch (as) {
    case null:
    case undefined:
      return;
    case 'display':
      await pairScreen();
      return;
    case 'revokedDisplay': {
      const { admin } = await pairScreen();
      const screen = jar.get();
      jar.set(admin);
      await revokeMade();
      jar.set(screen);
      return;
    }
    case 'endedSession': {
      // The browser still sends the cookie of a session that has ended.
      await signIn('admin');
      const ended = jar.get();
      expect((await send('delete', '/session')).status).toBe(204);
      jar.set(ended);
      return;
    }
    default:
      await signIn(as);
  }
}
