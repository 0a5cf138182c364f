// Every request's body is limited, whatever the route: small by default, larger only where a
// file's rows arrive (imports), and smallest where anyone may send one without an account
// (signing in, pairing a screen). A body over its limit is refused with 413 at once: by its
// Content-Length before a byte of it is read, or, sent chunked without one, as soon as the bytes
// counted pass the limit. The answer closes the connection, so the rest is never read either.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** What a sign-in or a pairing body may hold: a name and a password, or a token. */
export const ANONYMOUS_BODY_LIMIT_BYTES = 16 * 1024;

/** The paths anyone may post to without an account. */
const ANONYMOUS_PATHS = new Set(['/api/session', '/api/display-session']);

export interface BodyLimits {
  /** Every route's limit, unless it is named below. */
  defaultBytes: number;
  /** `POST /api/imports`: up to 1,000 rows. */
  importBytes: number;
}

/** The limit for a request to `path`, in bytes. */
export function bodyLimitFor(path: string, limits: BodyLimits): number {
  if (path === '/api/imports') return limits.importBytes;
  if (ANONYMOUS_PATHS.has(path)) return Math.min(ANONYMOUS_BODY_LIMIT_BYTES, limits.defaultBytes);
  return limits.defaultBytes;
}

/** How long a refused upload's connection stays open after the answer, reading and dropping. */
const LINGER_MS = 2_000;

/**
 * After the answer, the connection closes ("Connection: close"), but gently: a socket closed
 * with bytes of the body still arriving is reset, and a reset can discard the 413 before the
 * client has read it (it then sees only a broken connection). So the server ends its side, drops
 * what still arrives, and closes when the client does, or after LINGER_MS at most.
 */
function closeGently(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end();
    socket.resume();
    socket.once('end', () => socket.destroy());
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

function tooLarge(c: Context, maxSize: number): Response {
  // Closing the connection is what keeps the rest of a large body from being read (and thrown
  // away) after the answer: Node would otherwise drain all of it to keep the connection alive.
  c.header('Connection', 'close');
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
  if (socket) closeGently(socket);
  return c.json(
    {
      error: {
        code: 'payloadTooLarge',
        message: `the body may be at most ${maxSize} bytes`,
      },
    },
    413,
  );
}

/** The body limit for every route (see `bodyLimitFor`). */
export function bodyLimits(limits: BodyLimits): MiddlewareHandler {
  const byLimit = new Map<number, MiddlewareHandler>();
  const middleware = (maxSize: number): MiddlewareHandler => {
    let found = byLimit.get(maxSize);
    if (!found) {
      found = bodyLimit({ maxSize, onError: (c) => tooLarge(c, maxSize) });
      byLimit.set(maxSize, found);
    }
    return found;
  };
  return (c, next) => {
    const maxSize = bodyLimitFor(c.req.path, limits);
    // A GET's body reaches no handler (the Request has none), but Node would still read it.
    const declared = Number(c.req.header('Content-Length') ?? 0);
    if (declared > maxSize) return Promise.resolve(tooLarge(c, maxSize));
    return middleware(maxSize)(c, next);
  };
}
