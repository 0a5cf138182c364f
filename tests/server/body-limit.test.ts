// A body limit on every route (issue 25, finding 4): small by default, the import's larger, the
// anonymous routes' smallest; a body over it is refused with 413 before it is read (by its
// Content-Length), or, sent without one, as soon as the bytes read pass the limit. Anonymous
// requests too: the limit comes before anything else is asked.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_BODY_LIMIT_BYTES, bodyLimitFor } from '@/server/body-limit';
import { startTestServer, type TestServer } from './harness';

const LIMITS = { defaultBytes: 262_144, importBytes: 8_388_608 };
const MB300 = 300 * 1024 * 1024;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Every operation of the API that takes a body, from the OpenAPI document, with a path to ask. */
function bodyRoutes(): { method: string; path: string }[] {
  const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map((method) => ({
        method: method.toUpperCase(),
        path: `/api${path.replace(/\{[^}]+\}/g, 'x')}`,
      })),
  );
}

/** A body that counts what is read of it, and never ends on its own. */
function endless(chunk = 64 * 1024) {
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      read.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
  });
  return { stream, read };
}

describe('the body limit', () => {
  it('is the import’s for imports, the smallest for sign-in and pairing, the default elsewhere', () => {
    expect(bodyLimitFor('/api/imports', LIMITS)).toBe(8_388_608);
    expect(bodyLimitFor('/api/session', LIMITS)).toBe(ANONYMOUS_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('/api/display-session', LIMITS)).toBe(ANONYMOUS_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('/api/users', LIMITS)).toBe(262_144);
    expect(bodyLimitFor('/api/webhooks', LIMITS)).toBe(262_144);
  });

  it('refuses a declared 300 MB body on every route that takes one, anonymous, unread', async () => {
    const routes = bodyRoutes();
    expect(routes.length).toBeGreaterThan(10);
    for (const { method, path } of routes) {
      const { stream, read } = endless();
      const res = await server.requestAs(null, path, {
        method,
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(MB300) },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status, `${method} ${path}`).toBe(413);
      expect(res.headers.get('Connection'), `${method} ${path}`).toBe('close');
      expect(read.bytes, `${method} ${path} read`).toBeLessThanOrEqual(64 * 1024);
      await stream.cancel().catch(() => undefined);
    }
  });

  it('stops reading a body sent without a length as soon as it passes the limit', async () => {
    for (const { method, path } of bodyRoutes()) {
      const limit = bodyLimitFor(path, LIMITS);
      const { stream, read } = endless();
      const res = await server.requestAs(null, path, {
        method,
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(res.status, `${method} ${path}`).toBe(413);
      expect(read.bytes, `${method} ${path} read`).toBeLessThanOrEqual(limit + 3 * 64 * 1024);
      await stream.cancel().catch(() => undefined);
    }
  });

  it('refuses a sign-in body over 16 KB, and takes one under it', async () => {
    const big = await server.requestAs(null, '/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'x'.repeat(20_000) }),
    });
    expect(big.status).toBe(413);
    const ok = await server.requestAs(null, '/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'demo-password' }),
    });
    expect(ok.status).toBe(200);
  });
});
