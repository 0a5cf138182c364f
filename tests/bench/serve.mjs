// Shared by the benchmark scripts: build the production mock build, serve it with `vite preview`
// on a free port, and launch Debian's Chromium with the flags this machine needs.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { buildServer, SERVER_ARGS, SERVER_BUNDLE } from '../../src/server/build.mjs';

let serverBuilt = null;
/**
 * Node's arguments for the server as `npm start` runs it, bundling it first (once per run).
 * BENCH_SERVER_FLAGS replaces `npm start`'s Node flags (SERVER_NODE_FLAGS), to weigh them:
 * an empty value runs the bundle with V8's defaults.
 */
export async function serverArgs() {
  serverBuilt ??= buildServer();
  await serverBuilt;
  const flags = process.env.BENCH_SERVER_FLAGS;
  if (flags === undefined) return SERVER_ARGS;
  return [...flags.split(' ').filter(Boolean), SERVER_BUNDLE];
}

/** The flags this machine's Chromium needs, shared with the browser tests' config. */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('../chromium-args.json', import.meta.url), 'utf8'),
);

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function build(outDir, config) {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn', ...(config ? ['-c', config] : [])],
    { stdio: 'inherit' },
  );
}

/** Starts `vite preview` and resolves once it answers. */
export async function preview(outDir) {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: EXECUTABLE, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * A browser with a profile on disk, as a meeting-room PC has, in a new temporary directory that
 * `close()` removes. `launch()`'s contexts are incognito-like, and a repeat visit in one measured
 * ~35% slower here (its scripts' evaluation and first render took longer): not what the browser
 * on a meeting-room PC does.
 */
export async function launchProfile(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'npf-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: EXECUTABLE,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the real-API client (no mock layer) into `outDir`, with the first screen's module and
 * the brotli and gzip copies, as
 * `npm start` serves it.
 */
export function buildForServer(outDir) {
  // Exactly as `npm start` builds it: the client, the module that draws the first screen beside
  // it, and the compressed copies (src/server/client-build.ts), whatever build was there before.
  rmSync(join(outDir, '.build-stamp'), { force: true });
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import('./src/server/client-build.ts').then((m) => m.ensureClientBuild(process.cwd(), ${JSON.stringify(outDir)}, console.log))`,
    ],
    { stdio: 'inherit' },
  );
}

/**
 * Starts `npm start`'s server on a new embedded database, serving `staticDir` as built; resolves
 * once it is ready.
 */
export async function startServer(staticDir) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'npf-bench-data-'));
  const child = spawn(process.execPath, await serverArgs(), {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      CLIENT_BUILD: 'skip',
      LOG_LEVEL: 'warn',
      // Reading needs a sign-in, as deployed: the benchmarks visit as a signed-in viewer.
      ADMIN_USER: 'bench',
      ADMIN_PASSWORD: 'bench-password-1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // A viewer account, signed in: its session cookie goes into every visiting browser context.
  const signIn = async (username, password) => {
    const res = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`sign-in as ${username}: ${res.status}`);
    return (res.headers.get('Set-Cookie') ?? '').split(';')[0]?.split('=')[1] ?? '';
  };
  const admin = await signIn('bench', 'bench-password-1');
  const made = await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: `npf_session=${admin}` },
    body: JSON.stringify({
      username: 'bench-viewer',
      displayName: '压测读者',
      role: 'viewer',
      departments: [],
      password: 'bench-password-2',
    }),
  });
  if (!made.ok) throw new Error(`the bench viewer could not be made: ${made.status}`);
  const viewer = await signIn('bench-viewer', 'bench-password-2');
  return {
    url,
    pid: child.pid,
    /** The viewer's session cookie, as a request header (Lighthouse's extraHeaders). */
    viewerCookie: `npf_session=${viewer}`,
    /** Signs a browser context in as the viewer. */
    signInContext: (context) =>
      context.addCookies([
        { name: 'npf_session', value: viewer, url, httpOnly: true, sameSite: 'Strict' },
      ]),
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
