// The built SPA (the real-API build, no mock layer), held in memory with its brotli and gzip
// copies made at build time: hashed assets are cached for good, index.html never, and any client
// route gets index.html. Build metadata (.vite/) is never served.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extname, join, relative, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

type Bytes = Uint8Array<ArrayBuffer>;

export interface StaticFile {
  body: Bytes;
  br?: Bytes;
  gzip?: Bytes;
  type: string;
  etag: string;
  cacheControl: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Loads the build into memory; throws when there is no build to serve. */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`no client build in ${root} (index.html missing)`);
  }
  const files = new Map<string, StaticFile>();
  for (const path of walk(root)) {
    const url = `/${relative(root, path).split(sep).join('/')}`;
    if (url.startsWith('/.vite/') || url.endsWith('.br') || url.endsWith('.gz')) continue;
    const body = new Uint8Array(readFileSync(path));
    const copy = (suffix: string) =>
      existsSync(path + suffix) && statSync(path + suffix).isFile()
        ? new Uint8Array(readFileSync(path + suffix))
        : undefined;
    const br = copy('.br');
    const gzip = copy('.gz');
    files.set(url, {
      body,
      ...(br ? { br } : {}),
      ...(gzip ? { gzip } : {}),
      type: TYPES[extname(path)] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
      cacheControl: url.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : url === '/index.html'
          ? 'no-cache'
          : 'public, max-age=3600',
    });
  }
  return files;
}

/** The best encoding the client accepts that the file has. */
function pickEncoding(c: Context, file: StaticFile): 'br' | 'gzip' | null {
  const accepted = c.req.header('Accept-Encoding') ?? '';
  if (file.br && /\bbr\b/.test(accepted)) return 'br';
  if (file.gzip && /\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

export function sendStatic(c: Context, file: StaticFile): Response {
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
  };
  const held = c.req.header('If-None-Match');
  if (held && held.split(',').some((t) => t.trim() === file.etag)) {
    return c.body(null, 304, headers);
  }
  const encoding = pickEncoding(c, file);
  const body = (encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : null) ?? file.body;
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(body.byteLength);
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  return c.body(body, 200, headers);
}
