// Reading indicators: the filtered list and one record, each with an ETag so an unchanged answer
// costs a 304 and no body.
import { Hono, type Context } from 'hono';
import { todayInShanghai } from '@/domain/dates';
import { matchesFilters, parseFilters, serializeFilters } from '@/domain/filters';
import { isoDateSchema } from '@/domain/schemas';
import { assess } from '@/domain/status';
import type { ApiContext } from '../app';
import { problem, quoteId } from '../respond';

/** A real server rejects what it cannot use; the app's own URL parsing is lenient instead. */
function describeNotice(n: { param: string; value: string; reason: string }): string {
  return `${n.param}: ${n.reason === 'unknownParam' ? 'unknown parameter' : `${n.reason} "${n.value}"`}`;
}

/** Whether the client already holds this version of the answer (If-None-Match). */
function unchanged(c: Context, etag: string): boolean {
  const held = c.req.header('If-None-Match');
  return !!held && held.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/**
 * Lists are the same bytes until a change is committed: the last few answers are kept, encoded
 * once. (A string body of ~130 KB, mostly CJK, was encoded to UTF-8 again for every request.)
 */
const LIST_CACHE_SIZE = 32;
const utf8 = new TextEncoder();

export function indicatorRoutes({ store, now }: ApiContext) {
  const listCache = new Map<string, Uint8Array<ArrayBuffer>>();
  const remember = (key: string, body: Uint8Array<ArrayBuffer>) => {
    listCache.set(key, body);
    if (listCache.size > LIST_CACHE_SIZE) {
      const oldest = listCache.keys().next().value;
      if (oldest !== undefined) listCache.delete(oldest);
    }
  };

  return new Hono()
    .get('/indicators', async (c) => {
      const params = new URL(c.req.url).searchParams;
      const asOf = params.get('asOf') ?? todayInShanghai(now());
      if (!isoDateSchema.safeParse(asOf).success) {
        return problem(
          c,
          400,
          'badParameter',
          `asOf: expected a date as YYYY-MM-DD, got ${JSON.stringify(asOf.slice(0, 40))}`,
        );
      }
      const [revision, departments] = await Promise.all([store.revision(), store.departments()]);
      const known = new Set(departments.map((d) => d.id));
      const { filters, notices } = parseFilters(params, known, ['asOf']);
      if (notices.length > 0) {
        return problem(c, 400, 'badParameter', notices.map(describeNotice).join('; '));
      }
      // The answer depends on the data (its revision), the day and the filters, and on nothing
      // else: the tag and the cache's key are all three, whole (the filters in their canonical
      // form, which an ETag may carry as it is: URL-encoded, it has no quote or space). No digest,
      // so no two queries can share an answer that is not theirs.
      const query = serializeFilters(filters).toString();
      const key = `r${revision}-${asOf}-${query}`;
      const etag = `"${key}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      if (unchanged(c, etag)) return c.body(null, 304);
      let body = listCache.get(key);
      if (body === undefined) {
        const indicators = await store.indicators();
        const items = indicators.filter((i) => matchesFilters(i, assess(i, asOf), filters));
        body = utf8.encode(JSON.stringify({ items, total: items.length }));
        // Kept only when it was asked for as the app asks (the canonical form): what anyone can
        // vary freely (spacing, order, repeats) cannot push the views everyone asks for out.
        if (isCanonical(params, query)) remember(key, body);
      }
      return c.body(body, 200, { 'Content-Type': 'application/json' });
    })
    .get('/indicators/:id', async (c) => {
      const id = c.req.param('id');
      const found = await store.indicator(id);
      if (!found) return problem(c, 404, 'notFound', `no indicator ${quoteId(id)}`);
      const etag = `"${found.version ?? 1}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      if (unchanged(c, etag)) return c.body(null, 304);
      return c.json(found);
    });
}

/** Whether a query string is the canonical form of its filters (with or without `asOf`). */
function isCanonical(params: URLSearchParams, canonicalFilters: string): boolean {
  const given = new URLSearchParams(params);
  given.delete('asOf');
  given.sort();
  const canonical = new URLSearchParams(canonicalFilters);
  canonical.sort();
  return given.toString() === canonical.toString() && params.getAll('asOf').length <= 1;
}
