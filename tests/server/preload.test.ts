// The page preloads the scripts its route's first screen loads lazily, found in the build's
// manifest, so none of them waits for the module that imports it; each is served for good.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_MODULES, routePreloads, type Manifest } from '@/server/route-preloads';
import { loadStaticFiles } from '@/server/static-files';
import { serverAppOn, startTestServer, type TestServer } from './harness';

/** A build shaped as Vite writes it: the entry, shared chunks, lazy views and their imports. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-e1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_app-a1.js'],
  },
  '_app-a1.js': {
    file: 'assets/app-a1.js',
    name: 'app',
    imports: ['_runtime-r1.js'],
    dynamicImports: ['_CommitmentsTable-c1.js', 'src/app/routes/ThrustRoute.tsx'],
  },
  '_runtime-r1.js': { file: 'assets/runtime-r1.js', name: 'runtime' },
  '_CommitmentsTable-c1.js': {
    file: 'assets/CommitmentsTable-c1.js',
    name: 'CommitmentsTable',
    imports: ['_app-a1.js', '_rows-w1.js'],
  },
  '_rows-w1.js': { file: 'assets/rows-w1.js', name: 'rows', imports: ['_app-a1.js'] },
  '_header-h1.js': { file: 'assets/header-h1.js', name: 'header' },
  '_chart-k1.js': { file: 'assets/chart-k1.js', name: 'chart', imports: ['_runtime-r1.js'] },
  ...Object.fromEntries(
    ['Thrust', 'Indicator', 'Departments', 'Import', 'Brief', 'Present', 'SignIn'].map((name) => [
      `src/app/routes/${name}Route.tsx`,
      {
        file: `assets/${name}Route-v1.js`,
        name: `${name}Route`,
        src: `src/app/routes/${name}Route.tsx`,
        isDynamicEntry: true,
        imports: ['_app-a1.js', name === 'Indicator' ? '_chart-k1.js' : '_header-h1.js'],
      },
    ]),
  ),
};

let server: TestServer;
let app: ReturnType<typeof serverAppOn>;
/** Pages carry data and preloads for a signed-in reader (reading needs a sign-in by default). */
let viewer = '';
beforeAll(async () => {
  server = await startTestServer();
  viewer = await server.signIn('viewer');
  const dir = mkdtempSync(join(tmpdir(), 'npf-preload-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title>' +
      '<script type="module" crossorigin src="/assets/index-e1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/app-a1.js"></head>' +
      '<body><div id="root"></div></body></html>',
  );
  for (const chunk of Object.values(manifest)) {
    writeFileSync(join(dir, chunk.file), `export const file = ${JSON.stringify(chunk.file)};`);
  }
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  app = serverAppOn(server.database, { files: loadStaticFiles(dir), manifest });
});
afterAll(async () => {
  await server.close();
});

/** The scripts a page preloads, in its order. */
async function preloadsOf(path: string): Promise<string[]> {
  const res = await app.request(`http://localhost${path}`, { headers: { Cookie: viewer } });
  expect(res.status).toBe(200);
  const html = await res.text();
  return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('the page preloads its route’s lazy scripts', () => {
  it.each([
    // The overview's table is below its first screen, loaded after the first paint.
    ['/', []],
    [
      '/thrusts/T1',
      [
        '/assets/ThrustRoute-v1.js',
        '/assets/header-h1.js',
        '/assets/CommitmentsTable-c1.js',
        '/assets/rows-w1.js',
      ],
    ],
    ['/indicators/metro-gdp', ['/assets/IndicatorRoute-v1.js', '/assets/chart-k1.js']],
  ])('%s: the view, the lazy parts it shows at once, and what they import', async (path, own) => {
    // The entry's own preload (app) stays once, as index.html has it; the runtime it imports
    // is the entry's as well, so no route names it again.
    expect(await preloadsOf(path)).toEqual(['/assets/app-a1.js', ...own]);
  });

  it('serves every preloaded script, cached for good', async () => {
    const urls = new Set(
      (await Promise.all(['/', '/thrusts/T1', '/indicators/metro-gdp'].map(preloadsOf))).flat(),
    );
    for (const url of urls) {
      const res = await app.request(`http://localhost${url}`);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('Cache-Control'), url).toBe('public, max-age=31536000, immutable');
    }
  });

  it('keeps the first screen’s data in each page beside its own preloads', async () => {
    const res = await app.request('http://localhost/thrusts/T1', { headers: { Cookie: viewer } });
    const html = await res.text();
    expect(html).toContain('id="npf-initial-data"');
    expect(html).toContain('ThrustRoute-v1.js');
    expect(await preloadsOf('/')).not.toContain('/assets/ThrustRoute-v1.js');
  });

  it('gives someone not signed in no figures, and the sign-in page’s scripts', async () => {
    const res = await app.request('http://localhost/indicators/metro-gdp');
    const html = await res.text();
    expect(html).not.toContain('npf-initial-data');
    expect(
      [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]),
    ).toEqual(['/assets/app-a1.js', '/assets/SignInRoute-v1.js', '/assets/header-h1.js']);
  });

  it('names the modules a build lacks, and preloads nothing for them', () => {
    const preloads = routePreloads({ 'index.html': manifest['index.html']! });
    expect(preloads.missing).toContain('src/app/routes/ThrustRoute.tsx');
    expect(preloads.missing).toContain('CommitmentsTable');
    expect(preloads.forPath('/thrusts/T1')).toEqual([]);
  });
});

describe('the table of first-screen modules', () => {
  const root = join(import.meta.dirname, '../..');
  const listed = FIRST_SCREEN_MODULES.flatMap((r) => r.modules);

  it('has every lazily loaded route of the route table', () => {
    const routes = readFileSync(join(root, 'src/app/routes.tsx'), 'utf8');
    const lazy = [...routes.matchAll(/import\('\.\/routes\/(\w+)'\)/g)].map(
      (m) => `src/app/routes/${m[1]}.tsx`,
    );
    expect(lazy.length).toBeGreaterThan(5);
    for (const module of lazy) expect(listed, module).toContain(module);
  });

  it('names source files that exist', () => {
    for (const module of listed.filter((m) => m.startsWith('src/'))) {
      expect(existsSync(join(root, module)), module).toBe(true);
    }
  });
});
