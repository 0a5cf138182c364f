// Build security that a unit test can check: every dependency pinned exactly (here and in the
// lockfile), and no code path that writes HTML from a string.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : [path];
  });
}

describe('dependencies', () => {
  const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string>>;
  const declared = { ...pkg.dependencies, ...pkg.devDependencies };

  it.each(Object.entries(declared))('%s is pinned to one exact version', (_, version) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });

  it('the lockfile installs exactly what package.json names', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { version?: string }>;
    };
    for (const [name, version] of Object.entries(declared)) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });
});

describe('no HTML from strings', () => {
  const sources = [...files('src'), ...files('mocks')].filter((f) => /\.(ts|tsx)$/.test(f));

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval or new Function', /\beval\(|new Function\(/],
  ])('nothing in src or mocks uses %s', (_, pattern) => {
    const hits = sources.filter((f) => !f.endsWith('.test.ts') && pattern.test(read(f)));
    expect(hits).toEqual([]);
  });
});
