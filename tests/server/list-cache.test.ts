// The indicator list's cache (issue 25, finding 2): keyed by the whole canonical query, so no two
// queries can share an answer. It was keyed by a 32-bit FNV-1a of the query string: two queries
// with the same digest (found in a second by varying the spaces of `q`) shared one cached list,
// and whoever asked first chose what everyone asking the other saw until the next save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** FNV-1a, 32 bits, as the list's key was made. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `q` with 16 spaces or tabs after `word`: 65,536 spellings of one search. */
const spellings = (word: string) =>
  Array.from({ length: 65_536 }, (_, n) => {
    let tail = '';
    for (let bit = 0; bit < 16; bit += 1) tail += n & (1 << bit) ? '%09' : '+';
    return `q=${word}${tail}`;
  });

/** Two spellings, of two searches, whose query strings have the same FNV-1a digest. */
function collision(a: string, b: string): [string, string] | null {
  const seen = new Map(spellings(a).map((q) => [fnv1a(`asOf=2026-11-26&${q}`), q]));
  for (const q of spellings(b)) {
    const hit = seen.get(fnv1a(`asOf=2026-11-26&${q}`));
    if (hit) return [hit, q];
  }
  return null;
}

const list = async (query: string) => {
  const res = await server.request(`/api/indicators?asOf=2026-11-26&${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as { total: number; items: { id: string }[] };
};

describe('the indicator list', () => {
  it('answers each query with its own list, even when another query’s digest is the same', async () => {
    const pair = collision('GDP', 'zzzz-no-such-indicator');
    expect(pair, 'a colliding pair of spellings').not.toBeNull();
    const [poison, victim] = pair!;
    expect((await list(poison)).total).toBeGreaterThan(0);
    // Asked second, the other search still gets its own answer: nothing matches it.
    expect(await list(victim)).toEqual({ items: [], total: 0 });
    expect(await list('q=zzzz-no-such-indicator')).toEqual({ items: [], total: 0 });
  });

  it('gives a query spelt otherwise the canonical query’s answer and tag', async () => {
    const canonical = await server.request('/api/indicators?asOf=2026-11-26&q=GDP');
    const spaced = await server.request('/api/indicators?asOf=2026-11-26&q=+GDP%09');
    expect(await spaced.json()).toEqual(await canonical.json());
    expect(spaced.headers.get('ETag')).toBe(canonical.headers.get('ETag'));
    // The tag carries the canonical query whole: no digest.
    expect(canonical.headers.get('ETag')).toContain('q=GDP');
  });
});
