import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDomain } from './tldts';

// The real library, by file path: its package name resolves to the stand-in here.
const real = pathToFileURL(resolve('node_modules/tldts/dist/index.esm.min.js')).href;
const { getDomain: realGetDomain } = (await import(/* @vite-ignore */ real)) as {
  getDomain: (host: string, options: object) => string | null;
};

describe('the tldts stand-in', () => {
  it.each([
    ['localhost', null],
    ['127.0.0.1', null],
    ['[::1]', null],
    ['example.com', 'example.com'],
    ['tracker.nanjing.example', 'nanjing.example'],
    ['a.b.c.example.org', 'example.org'],
    ['', null],
  ])('answers as tldts does for %s', (host, expected) => {
    expect(getDomain(host)).toBe(expected);
    expect(getDomain(host)).toBe(
      realGetDomain(host, { allowIcannDomains: true, allowPrivateDomains: true }),
    );
  });
});
