// The production build's Content-Security-Policy and the headers `vite preview` sends.
import type { Plugin } from 'vite';

/**
 * The production build's Content-Security-Policy, as a <meta> in index.html (and as a header from
 * `vite preview`): scripts only from this origin, never inline or eval'd; the mock service worker
 * is a same-origin script. Inline style *attributes* stay allowed: React and recharts set them.
 * The dev server injects inline scripts of its own, so it gets none.
 */
function securityPolicy(env: Record<string, string | undefined>): string {
  const base = env.VITE_API_BASE_URL ?? '';
  const api = /^https?:\/\//.test(base) ? ` ${new URL(base).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** Listed after every plugin that injects a script into index.html. */
export function contentSecurityPolicy(): Plugin[] {
  let policy = '';
  return [
    {
      name: 'npf:csp-meta',
      apply: 'build',
      configResolved: (config) => void (policy = securityPolicy(config.env)),
      // A policy in a <meta> covers only what comes after it: it has to precede every script,
      // including the ones other plugins prepend. So it runs last (listed last, order 'post') and
      // puts itself first, right after the charset, which must stay in the first 1024 bytes.
      transformIndexHtml: {
        order: 'post',
        handler: (html) => {
          const charset = /\s*<meta charset="[^"]*"\s*\/?>/i;
          const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
          return html
            .replace(charset, '')
            .replace(/<head>/i, `<head>\n    <meta charset="UTF-8" />\n    ${meta}`);
        },
      },
    },
    {
      // The build manifest (dist/.vite/manifest.json) is for the size guard and the benchmarks,
      // not for visitors: it maps every source file to its chunk. A real server must not publish
      // the folder either.
      name: 'npf:hide-build-manifest',
      configurePreviewServer: (server) =>
        void server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith('/.vite/')) return next();
          res.statusCode = 404;
          res.end();
        }),
    },
    {
      // A header can say what a <meta> cannot (frame-ancestors), as a real server would send it.
      name: 'npf:csp-preview-header',
      configResolved: (config) => void (policy ||= securityPolicy(config.env)),
      configurePreviewServer: (server) =>
        void server.middlewares.use((req, res, next) => {
          res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.setHeader('Referrer-Policy', 'no-referrer');
          // Built assets carry a content hash in their names: a server keeps them for good, so a
          // repeat visit loads them from the cache without asking (vite preview would revalidate).
          if (req.url?.startsWith('/assets/')) {
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          }
          next();
        }),
    },
  ];
}
