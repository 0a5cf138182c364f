// Fault scenarios of the mock API: handlers put in front of the happy path, so one definition
// serves the browser worker (`?mock=<name>`) and the tests (`server.use(...faultHandlers(name))`).
import { delay, http, HttpResponse } from 'msw';
import type { Indicator } from '@/domain/schemas';
import { db } from '../db';
import { API, problem } from './respond';

export const FAULTS = [
  'slow',
  '500',
  '404',
  'offline',
  'timeout',
  'malformed',
  'invalid',
  'empty',
  'flaky',
] as const;
export type FaultName = (typeof FAULTS)[number];

export interface FaultOptions {
  /** `slow`: milliseconds added to every answer. */
  latencyMs?: number;
  /** `timeout`: how long the API stays silent; longer than the client waits. */
  silenceMs?: number;
  /** `flaky`: every Nth request fails. */
  every?: number;
}

/** The defaults suit a person watching: slow enough to see, a silence no client waits out. */
export const FAULT_DEFAULTS: Required<FaultOptions> = {
  latencyMs: 2500,
  silenceMs: 10 * 60_000,
  every: 3,
};

/** A figure no real indicator holds: if it ever appears on screen, unverified data got through. */
export const UNVERIFIED_SENTINEL = 987654321;

/**
 * The indicators as a broken upstream might send them: a value as text, a unit missing, a
 * milestone's date that is no date, and a sentinel figure among otherwise valid values.
 */
export function corruptIndicator(indicator: Indicator, index: number): unknown {
  const copy = structuredClone(indicator) as Record<string, unknown>;
  if (indicator.kind === 'milestone') {
    copy.due = { ...indicator.due, date: 'soon' };
    return copy;
  }
  const observations: Record<string, unknown>[] = indicator.observations.map((o) => ({ ...o }));
  const first = observations[0];
  if (index % 2 === 0 && first) first.value = `${String(first.value)}万亿`;
  else delete copy.unit;
  observations.push({ ...indicator.observations.at(-1), value: UNVERIFIED_SENTINEL });
  copy.observations = observations;
  return copy;
}

/** Waits `ms`, or until the client gives up on the request (so no answer outlives its test). */
function silence(request: Request, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    request.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const findIndicator = (id: string) => db.get().indicators.find((i) => i.id === id);
const notFound = (id: string) => problem(404, 'notFound', `no indicator "${id.slice(0, 60)}"`);

/** The reads an empty data set answers: the programme stays, every list is empty. */
function emptyHandlers() {
  return [
    http.get(`${API}/thrusts`, () => HttpResponse.json({ items: [] })),
    http.get(`${API}/departments`, () => HttpResponse.json({ items: [] })),
    http.get(`${API}/indicators`, () => HttpResponse.json({ items: [], total: 0 })),
    http.get(`${API}/indicators/:id`, ({ params }) => notFound(String(params.id))),
    http.get(`${API}/indicators/:id/audit`, ({ params }) => notFound(String(params.id))),
  ];
}

/** Reads of figures answer with payloads that fail the schema; writes still work. */
function invalidHandlers() {
  return [
    http.get(`${API}/indicators`, () => {
      const items = db.get().indicators.map(corruptIndicator);
      return HttpResponse.json({ items, total: items.length });
    }),
    http.get(`${API}/indicators/:id`, ({ params }) => {
      const id = String(params.id);
      const found = findIndicator(id);
      return found ? HttpResponse.json(corruptIndicator(found, 0) as object) : notFound(id);
    }),
    http.get(`${API}/indicators/:id/audit`, ({ params }) => {
      const id = String(params.id);
      if (!findIndicator(id)) return notFound(id);
      // An entry that is no audit entry: its value as text and nothing else it must have.
      return HttpResponse.json({
        items: [{ id: 'x', after: { value: String(UNVERIFIED_SENTINEL) } }],
      });
    }),
  ];
}

/**
 * The handlers that make the mock API misbehave as `name` says, to be placed before the happy
 * path (`setupWorker(...faultHandlers(n), ...handlers)` or `server.use(...faultHandlers(n))`).
 * A handler that returns nothing lets the request through to the next one.
 */
export function faultHandlers(name: FaultName, options: FaultOptions = {}) {
  const { latencyMs, silenceMs, every } = { ...FAULT_DEFAULTS, ...options };
  switch (name) {
    case 'slow':
      return [
        http.all(`${API}/*`, async () => {
          await delay(latencyMs);
        }),
      ];
    case '500':
      return [
        http.all(`${API}/*`, () => problem(500, 'internal', '模拟的服务器内部错误（mock=500）')),
      ];
    case '404':
      return [
        http.all(`${API}/*`, () => problem(404, 'notFound', '模拟：此地址没有数据（mock=404）')),
      ];
    case 'offline':
      return [http.all(`${API}/*`, () => HttpResponse.error())];
    case 'timeout':
      return [
        http.all(`${API}/*`, async ({ request }) => {
          await silence(request, silenceMs);
          return HttpResponse.error();
        }),
      ];
    case 'malformed':
      // Cut off mid-answer, as a proxy that drops the connection leaves it.
      return [
        http.all(
          `${API}/*`,
          () =>
            new HttpResponse('{"items": [{"id": "metro-gdp", "value": 5', {
              status: 200,
              headers: { 'Content-Type': 'application/json' },
            }),
        ),
      ];
    case 'invalid':
      return invalidHandlers();
    case 'empty':
      return emptyHandlers();
    case 'flaky': {
      let count = 0;
      return [
        http.all(`${API}/*`, () => {
          count += 1;
          if (count % every === 0) {
            return problem(
              500,
              'unavailable',
              `模拟的间歇故障：第 ${count} 个请求失败（每 ${every} 个一次）`,
            );
          }
          return undefined;
        }),
      ];
    }
  }
}
