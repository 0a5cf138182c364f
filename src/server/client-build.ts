// `npm start` serves the real-API build of the SPA; this builds it when it is missing or older
// than its sources, and writes brotli and gzip copies beside each compressible file. Beside it, in
// a folder of its own that is never served, the module that draws the first screen on the server
// (src/app/render-page.tsx), from the same sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
const STAMP = '.build-stamp';
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path).flatMap((name) =>
    // The server's own code is not part of the client build.
    path === 'src' && name === 'server' ? [] : files(join(path, name)),
  );
}

/** Changes when any source of the client build changes (name, size or time). */
function sourcesFingerprint(root: string): string {
  const hash = createHash('sha1');
  for (const source of SOURCES) {
    for (const file of files(join(root, source)).sort()) {
      const s = statSync(file);
      hash.update(`${relative(root, file)}:${s.size}:${Math.floor(s.mtimeMs)}\n`);
    }
  }
  return hash.digest('hex');
}

export function precompress(dir: string): void {
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file) || file.includes('/.vite/')) continue;
    const body = readFileSync(file);
    if (body.byteLength < 512) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** Where the first screen's drawing module for the client build in `outDir` is built. */
export function firstScreenModule(outDir: string): string {
  return join(`${outDir.replace(/\/+$/, '')}-ssr`, 'render-page.js');
}

/** Builds the SPA into `outDir` unless a build of the same sources is there; says which. */
export function ensureClientBuild(
  root: string,
  outDir: string,
  log: (msg: string) => void,
): boolean {
  const fingerprint = sourcesFingerprint(root);
  const stampFile = join(outDir, STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) return false;
  log(`building the client into ${outDir} (real API, no mock layer)…`);
  const vite = (...args: string[]) =>
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', ...args],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, VITE_USE_MOCKS: 'false' },
      },
    );
  vite('--outDir', outDir, '--emptyOutDir');
  const ssr = firstScreenModule(outDir);
  vite('--ssr', 'src/app/render-page.tsx', '--outDir', dirname(ssr), '--emptyOutDir');
  precompress(outDir);
  writeFileSync(stampFile, fingerprint);
  return true;
}
