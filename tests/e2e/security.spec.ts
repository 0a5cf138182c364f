// The production build's security: a Content-Security-Policy without inline or eval'd script,
// under which the app and its mock service worker still work, and no secret in what is shipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, headlines, test } from './fixtures';

const DIST = resolve(import.meta.dirname, '..', '..', process.env.E2E_DIST ?? 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** What a leaked credential looks like: cloud keys, tokens, private keys, passwords in URLs. */
const SECRETS: [string, RegExp][] = [
  ['AWS access key', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['Stripe key', /\b[sr]k_live_[0-9A-Za-z]{20,}/],
  ['JWT', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['password in a URL', /[a-z][a-z0-9+.-]*:\/\/[^/\s:@"'`]+:[^/\s:@"'`]+@[a-z0-9.-]+/i],
  [
    'secret assignment',
    /\b(api[_-]?key|secret|passw(or)?d|access[_-]?token)["']?\s*[:=]\s*["'][^"'\s]{12,}["']/i,
  ],
];

test('index.html carries a policy with no inline or eval’d script, and has no inline script', async ({
  request,
}) => {
  const response = await request.get('/');
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'a CSP <meta> in the built index.html').not.toBeNull();
  const policy = meta![1]!
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
  expect(scriptSrc.trim()).toBe("'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval/);
  // Every script is a file; no element carries an inline handler.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="/);
  expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  // The preview server sends it as a header too, with what a <meta> cannot say.
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('the policy precedes every script, and the build manifest is not served', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  // A <meta> policy only governs what the parser meets after it.
  const policyAt = head.indexOf('<meta http-equiv="Content-Security-Policy"');
  expect(policyAt).toBeGreaterThan(-1);
  expect(policyAt).toBeLessThan(head.indexOf('<script'));
  expect(head.indexOf('<meta charset=')).toBeLessThan(policyAt);
  // The size guard reads the manifest from the build folder; visitors never get it.
  expect(statSync(join(DIST, '.vite', 'manifest.json')).isFile()).toBe(true);
  expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
});

test('the app, its charts and the mock service worker work under the policy', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __csp?: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/');
  await expect((await headlines(page)).getByText('超5万亿元', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.goto('/indicators/metro-gdp');
  await expect(
    page.getByRole('img', { name: /观测值、目标与应达路径/ }).locator('svg.recharts-surface'),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toEqual([]);
});

test('nothing shipped looks like a secret', () => {
  const shipped = files(DIST).filter((f) => /\.(js|css|html|json|txt|map|webmanifest)$/.test(f));
  expect(shipped.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of shipped) {
    const text = readFileSync(file, 'utf8');
    for (const [name, pattern] of SECRETS) {
      const hit = pattern.exec(text);
      if (hit) found.push(`${name} in ${file.slice(DIST.length)}: ${hit[0].slice(0, 24)}…`);
    }
  }
  expect(found).toEqual([]);
  expect(
    shipped.some((f) => f.endsWith('.map')),
    'no source maps shipped',
  ).toBe(false);
});
