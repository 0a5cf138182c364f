import { http, HttpResponse } from 'msw';
import { toIsoDate } from '@/domain/dates';
import { matchesFilters, parseFilters } from '@/domain/filters';
import { isoDateSchema } from '@/domain/schemas';
import { assess } from '@/domain/status';
import { db } from '../db';
import { API, problem, wait, type HandlerOptions } from './respond';

/** A real server rejects what it cannot use; the app's own URL parsing is lenient instead. */
function describeNotice(n: { param: string; value: string; reason: string }): string {
  return `${n.param}: ${n.reason === 'unknownParam' ? 'unknown parameter' : `${n.reason} "${n.value}"`}`;
}

export function indicatorHandlers(options: HandlerOptions) {
  return [
    http.get(`${API}/indicators`, async ({ request }) => {
      await wait(options);
      const params = new URL(request.url).searchParams;
      const asOf = params.get('asOf') ?? toIsoDate(new Date());
      if (!isoDateSchema.safeParse(asOf).success) {
        return problem(
          400,
          'badParameter',
          `asOf: expected a date as YYYY-MM-DD, got "${asOf.slice(0, 40)}"`,
        );
      }
      const { departments, indicators } = db.get();
      const known = new Set(departments.map((d) => d.id));
      const { filters, notices } = parseFilters(params, known, ['asOf']);
      if (notices.length > 0) {
        return problem(400, 'badParameter', notices.map(describeNotice).join('; '));
      }
      const items = indicators.filter((i) => matchesFilters(i, assess(i, asOf), filters));
      return HttpResponse.json({ items, total: items.length });
    }),
    http.get(`${API}/indicators/:id`, async ({ params }) => {
      await wait(options);
      const id = String(params.id);
      const found = db.get().indicators.find((i) => i.id === id);
      if (!found) return problem(404, 'notFound', `no indicator "${id.slice(0, 60)}"`);
      return HttpResponse.json(found);
    }),
  ];
}
