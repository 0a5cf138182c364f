// The server as a service: configuration checked at start, health and readiness, security
// headers, body limits, the SPA's caching and compression, and logs without bodies or queries.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@/server/config';
import { createLogger } from '@/server/log';
import type { FirstScreenDrawer } from '@/server/page';
import { loadStaticFiles } from '@/server/static-files';
import { serverAppOn, startTestServer, type TestServer } from './harness';

let server: TestServer;
const logLines: string[] = [];
beforeAll(async () => {
  server = await startTestServer({ logLines });
});
afterAll(async () => {
  await server.close();
});

describe('configuration', () => {
  it('has working defaults: port 8080 and PGlite in ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
  });

  it('switches to PostgreSQL through DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/npf' }).database).toMatchObject({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/npf',
    });
  });

  it('refuses bad values with a message naming each variable, never echoing a database URL', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://root:secret@x/db' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/PORT: expected a port number \(got "eighty"\)/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(message).not.toContain('secret');
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: expected 1–65535/);
  });
});

describe('health and readiness', () => {
  it('answers /healthz, and /readyz while the database answers', async () => {
    expect((await server.request('/healthz')).status).toBe(200);
    expect((await server.request('/readyz')).status).toBe(200);
  });

  it('says not ready (503) when the database does not answer', async () => {
    const app = serverAppOn(server.database, {
      ready: () => Promise.reject(new Error('connection refused')),
    });
    const res = await app.request('http://localhost/readyz');
    expect(res.status).toBe(503);
  });
});

describe('every answer', () => {
  it('carries the security headers and a request id', async () => {
    const res = await server.request('/api/programme');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Permissions-Policy')).toContain('camera=()');
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(res.headers.get('X-Request-Id')).toMatch(/^[\w-]{8,}$/);
  });

  it('refuses a body over the limit with 413, before reading it into a record', async () => {
    const note = 'x'.repeat(3 * 1024 * 1024);
    const res = await server.request('/api/indicators/metro-gdp/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({
        author: '王分析',
        observation: {
          date: '2026-10-31',
          value: 6.2e12,
          qualifier: 'exact',
          provenance: { kind: 'illustrative' },
          note: { zh: note, en: note },
        },
      }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payloadTooLarge');
    expect((await server.request('/api/indicators/metro-gdp')).headers.get('ETag')).toBe('"1"');
  });

  it('logs one JSON line a request, with its id, and no body or query string', async () => {
    logLines.length = 0;
    await server.request('/api/indicators?q=%E7%A7%98%E5%AF%86', {
      headers: { 'X-Request-Id': 'trace-123' },
    });
    await server.request('/api/indicators/metro-gdp/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({ author: '王分析', observation: { secret: 'do-not-log' } }),
    });
    const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ msg: 'request', reqId: 'trace-123', path: '/api/indicators' });
    expect(logLines.join('\n')).not.toMatch(/秘密|%E7|do-not-log|王分析/);
  });
});

describe('the SPA', () => {
  const dir = mkdtempSync(join(tmpdir(), 'npf-static-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'app-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'app-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  let app: ReturnType<typeof serverAppOn>;
  beforeAll(() => {
    app = serverAppOn(server.database, { files: loadStaticFiles(dir) });
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://localhost${path}`, { headers });

  it('caches hashed assets for good and serves them precompressed', async () => {
    const br = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('Content-Encoding')).toBe('br');
    const gz = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    const plain = await get('/assets/app-abc123.js');
    expect(await plain.text()).toBe(script);
  });

  it('never caches index.html, and serves it for client routes', async () => {
    const res = await get('/thrusts/T1?status=offTrack');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>t</title>');
    const tag = res.headers.get('ETag')!;
    expect((await get('/', { 'If-None-Match': tag })).status).toBe(304);
  });

  it('does not serve build metadata or missing files as the SPA', async () => {
    expect((await get('/.vite/manifest.json')).status).toBe(404);
    expect((await get('/assets/gone-000.js')).status).toBe(404);
  });
});

describe('the page carries the first screen’s figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'npf-page-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>',
  );
  let app: ReturnType<typeof serverAppOn>;
  let viewer: string;
  beforeAll(async () => {
    app = serverAppOn(server.database, { files: loadStaticFiles(dir) });
    viewer = await server.signIn('viewer');
  });

  const page = (path: string, cookie: string | null) =>
    app.request(`http://localhost${path}`, cookie ? { headers: { Cookie: cookie } } : {});

  it('carries no figures for someone who has not signed in, while reading needs a sign-in', async () => {
    const res = await page('/', null);
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('npf-initial-data');
    const ended = await page('/', 'npf_session=not-a-session');
    expect(await ended.text()).not.toContain('npf-initial-data');
  });

  it('carries the figures for anyone when reading is public', async () => {
    const open = serverAppOn(server.database, {
      files: loadStaticFiles(dir),
      readAccess: 'public',
    });
    const res = await open.request('http://localhost/');
    expect(await res.text()).toContain('npf-initial-data');
  });

  /** The JSON block of a page, as the client reads it. */
  async function initialData(path: string) {
    const res = await page(path, viewer);
    expect(res.status).toBe(200);
    const html = await res.text();
    const match = /<script type="application\/json" id="npf-initial-data">(.*?)<\/script>/s.exec(
      html,
    );
    expect(match, 'the page has its data block').not.toBeNull();
    return {
      html,
      data: JSON.parse(match![1]!) as { at: string; resources: Record<string, unknown> },
    };
  }

  it('sends the overview’s resources with the page, as the API answers them', async () => {
    const { data } = await initialData('/');
    expect(Object.keys(data.resources).sort()).toEqual(
      ['/departments', '/indicators', '/programme', '/thrusts'].sort(),
    );
    const api = (await (await server.request('/api/indicators')).json()) as unknown;
    expect(data.resources['/indicators']).toEqual(api);
  });

  it('adds the indicator on its own page, and leaves out an id that does not exist', async () => {
    expect(Object.keys((await initialData('/indicators/metro-gdp')).data.resources)).toContain(
      '/indicators/metro-gdp',
    );
    expect(Object.keys((await initialData('/indicators/nothing')).data.resources)).not.toContain(
      '/indicators/nothing',
    );
  });

  it('shows a change at once, and keeps text an analyst typed as text', async () => {
    const note = '</script><script>alert(1)</script><!--';
    const res = await server.request('/api/indicators/key-labs/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({
        author: '王分析',
        observation: {
          date: '2026-09-30',
          value: 31,
          qualifier: 'exact',
          provenance: { kind: 'illustrative' },
          note: { zh: note, en: note },
        },
      }),
    });
    expect(res.status).toBe(201);
    const { html, data } = await initialData('/indicators/key-labs');
    expect(html).not.toContain('<script>alert(1)</script>');
    const indicator = data.resources['/indicators/key-labs'] as {
      observations: { note?: { zh: string } }[];
    };
    expect(indicator.observations.map((o) => o.note?.zh)).toContain(note);
  });
});

describe('the page draws the first screen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'npf-drawn-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="zh-CN">\n<head><title>t</title></head><body><div id="root"></div></body></html>',
  );
  const drawn: { url: string; language: string; department: string | null; paths: string[] }[] = [];
  let failing = false;
  const drawingLog: string[] = [];
  const drawFirstScreen: FirstScreenDrawer = (url, data, preferences) => {
    if (failing) return Promise.reject(new Error('the drawing broke'));
    drawn.push({
      url,
      language: preferences.language,
      department: preferences.defaultDepartment,
      paths: Object.keys(data.resources).sort(),
    });
    return Promise.resolve(`<main>drawn ${url} in ${preferences.language}</main>`);
  };
  let app: ReturnType<typeof serverAppOn>;
  let viewer: string;
  beforeAll(async () => {
    app = serverAppOn(server.database, {
      files: loadStaticFiles(dir),
      drawFirstScreen,
      logger: createLogger('info', (line) => drawingLog.push(line)),
    });
    viewer = await server.signIn('viewer');
  });
  const page = async (path: string, cookie: string | null = viewer) => {
    const res = await app.request(
      `http://localhost${path}`,
      cookie ? { headers: { Cookie: cookie } } : {},
    );
    expect(res.status).toBe(200);
    return res.text();
  };

  it('draws the overview, a thrust and an indicator from the data it sends with them', async () => {
    const overview = await page('/?status=off-track');
    expect(overview).toContain('<div id="root"><main>drawn /?status=off-track in zh</main></div>');
    // The browser paints it whole, not row by row as it parses (rows would move as cells arrive).
    expect(overview).toContain('<link rel="expect" href="#npf-drawn-end" blocking="render">');
    expect(overview.indexOf('id="npf-drawn-end"')).toBeGreaterThan(overview.indexOf('drawn /?'));
    // Its data after that mark: the paint need not wait for the parser to read through it.
    expect(overview.indexOf('id="npf-initial-data"')).toBeGreaterThan(
      overview.indexOf('id="npf-drawn-end"'),
    );
    expect(await page('/thrusts/T1')).toContain('drawn /thrusts/T1 in zh');
    expect(await page('/thrusts/t2')).toContain('drawn /thrusts/t2 in zh');
    expect(await page('/indicators/metro-gdp')).toContain('drawn /indicators/metro-gdp in zh');
    expect(drawn.find((d) => d.url === '/indicators/metro-gdp')?.paths).toContain(
      '/indicators/metro-gdp',
    );
  });

  it('leaves the other views, and anyone not signed in, to the client', async () => {
    const other = await page('/import');
    expect(other).toContain('<div id="root"></div>');
    expect(other).not.toContain('rel="expect"');
    expect(await page('/admin/users')).toContain('<div id="root"></div>');
    expect(await page('/', null)).toContain('<div id="root"></div>');
  });

  it('draws in the language and theme of the preferences cookie, and on the default department', async () => {
    const html = await page('/', `${viewer}; npf_prefs=en.dark.finance`);
    expect(html).toContain('<html lang="en" data-theme="dark">');
    expect(html).toContain('drawn / in en');
    expect(drawn.at(-1)).toMatchObject({ url: '/', language: 'en', department: 'finance' });
    // Another visitor's preferences get a page of their own, not the one drawn before.
    expect(await page('/')).toContain('<html lang="zh-CN" data-theme="light">');
  });

  it('sends the page without the drawing when drawing fails, and logs it', async () => {
    failing = true;
    try {
      const html = await page('/thrusts/T3');
      expect(html).toContain('id="npf-initial-data"');
      expect(html).toContain('<div id="root"></div>');
      expect(drawingLog.join('\n')).toContain('drawing the first screen failed');
    } finally {
      failing = false;
    }
  });
});
