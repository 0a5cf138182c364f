// Reading indicators: the filtered list and one record, each with an ETag so an unchanged answer
// costs a 304 and no body.
import { Hono, type Context } from 'hono';
import { todayInShanghai } from '@/domain/dates';
import { matchesFilters, parseFilters } from '@/domain/filters';
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
      // The answer depends on the data (its revision), the day and the filters: so does the tag.
      params.sort();
      const etag = `"r${await store.revision()}-${asOf}-${hash(params.toString())}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      if (unchanged(c, etag)) return c.body(null, 304);
      let body = listCache.get(etag);
      if (body === undefined) {
        const [departments, indicators] = await Promise.all([
          store.departments(),
          store.indicators(),
        ]);
        const known = new Set(departments.map((d) => d.id));
        const { filters, notices } = parseFilters(params, known, ['asOf']);
        if (notices.length > 0) {
          return problem(c, 400, 'badParameter', notices.map(describeNotice).join('; '));
        }
        const items = indicators.filter((i) => matchesFilters(i, assess(i, asOf), filters));
        body = utf8.encode(JSON.stringify({ items, total: items.length }));
        listCache.set(etag, body);
        if (listCache.size > LIST_CACHE_SIZE) {
          const oldest = listCache.keys().next().value;
          if (oldest !== undefined) listCache.delete(oldest);
        }
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

/** A short, stable digest of a query string (FNV-1a), for the list's ETag. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
