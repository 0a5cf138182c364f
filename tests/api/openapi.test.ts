// The committed OpenAPI document is up to date, covers every handler, and the mock API's real
// answers (through MSW, as the app receives them) conform to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { apiUrl } from '@/lib/api/client';
import { buildOpenApiDocument } from './openapi-document';

// Vitest runs from the repository root.
const FILE = join(process.cwd(), 'docs', 'openapi.json');
const document = buildOpenApiDocument();
const written = `${JSON.stringify(document, null, 2)}\n`;
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(FILE, written);

type Method = 'get' | 'post';
interface Operation {
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
const paths = document.paths as Record<string, Partial<Record<Method, Operation>>>;

// Formats are described, not enforced: every date and time also carries a pattern.
const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  validateFormats: false,
});
/** The document's references (#/components/schemas/X), pointed at where ajv holds them. */
const rebased = (schema: unknown) =>
  JSON.parse(
    JSON.stringify(schema).replaceAll('#/components/schemas/', 'openapi#/$defs/'),
  ) as object;
ajv.addSchema({
  $id: 'openapi',
  $defs: rebased((document.components as { schemas: object }).schemas),
});
const validator = (schema: object) => ajv.compile(rebased(schema));

const body = {
  observation: (over: object = {}) => ({
    author: '王分析',
    observation: {
      date: '2026-10-31',
      value: 6.2e12,
      qualifier: 'about',
      provenance: { kind: 'illustrative' },
      ...over,
    },
  }),
  milestone: {
    author: '王分析',
    update: { date: '2026-11-01', state: 'done', provenance: { kind: 'illustrative' } },
  },
  goodRows: {
    author: '王分析',
    rows: [
      {
        row: 2,
        cells: {
          indicator_id: 'key-labs',
          date: '2026-09-30',
          value: '31',
          provenance: 'illustrative',
        },
      },
    ],
  },
  badRows: {
    author: '王分析',
    rows: [
      {
        row: 2,
        cells: {
          indicator_id: 'key-labs',
          date: '2026-09-30',
          value: 'x',
          provenance: 'illustrative',
        },
      },
    ],
  },
};

/** One real request per documented answer: [path template, method, status, url, body]. */
const CASES: [string, Method, number, string, unknown?][] = [
  ['/programme', 'get', 200, '/programme'],
  ['/thrusts', 'get', 200, '/thrusts'],
  ['/departments', 'get', 200, '/departments'],
  [
    '/indicators',
    'get',
    200,
    '/indicators?dept=finance&thrust=T4&status=onTrack&q=%E9%87%91%E8%9E%8D&asOf=2026-11-26',
  ],
  ['/indicators', 'get', 400, '/indicators?asOf=yesterday'],
  ['/indicators/{id}', 'get', 200, '/indicators/metro-gdp'],
  ['/indicators/{id}', 'get', 404, '/indicators/nope'],
  [
    '/indicators/{id}/observations',
    'post',
    201,
    '/indicators/metro-gdp/observations',
    body.observation(),
  ],
  ['/indicators/{id}/observations', 'post', 400, '/indicators/metro-gdp/observations', 'not json'],
  [
    '/indicators/{id}/observations',
    'post',
    404,
    '/indicators/nope/observations',
    body.observation(),
  ],
  [
    '/indicators/{id}/observations',
    'post',
    422,
    '/indicators/metro-gdp/observations',
    body.observation({ value: 1e15, date: '2099-01-01' }),
  ],
  [
    '/indicators/{id}/milestone-updates',
    'post',
    201,
    '/indicators/major-platforms/milestone-updates',
    body.milestone,
  ],
  [
    '/indicators/{id}/milestone-updates',
    'post',
    400,
    '/indicators/major-platforms/milestone-updates',
    'not json',
  ],
  [
    '/indicators/{id}/milestone-updates',
    'post',
    404,
    '/indicators/nope/milestone-updates',
    body.milestone,
  ],
  [
    '/indicators/{id}/milestone-updates',
    'post',
    422,
    '/indicators/metro-gdp/milestone-updates',
    body.milestone,
  ],
  ['/indicators/{id}/audit', 'get', 200, '/indicators/metro-gdp/audit'],
  ['/indicators/{id}/audit', 'get', 404, '/indicators/nope/audit'],
  ['/imports', 'post', 201, '/imports', body.goodRows],
  ['/imports', 'post', 400, '/imports', 'not json'],
  ['/imports', 'post', 422, '/imports', body.badRows],
  ['/demo/reset', 'post', 204, '/demo/reset'],
];

async function send(method: Method, url: string, payload?: unknown) {
  const res = await fetch(apiUrl(url), {
    method: method.toUpperCase(),
    ...(payload === undefined
      ? {}
      : {
          headers: { 'Content-Type': 'application/json' },
          body: typeof payload === 'string' ? payload : JSON.stringify(payload),
        }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('the OpenAPI document', () => {
  it('is committed as generated from the zod schemas (npm run openapi rewrites it)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(written);
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every handler, and every documented answer is exercised below', () => {
    const handled = handlers
      .map((h) => h.info as { method?: unknown; path?: unknown })
      .map(
        (i) =>
          `${String(i.method).toLowerCase()} ${String(i.path)
            .replace('*/api', '')
            .replace(/:(\w+)/g, '{$1}')}`,
      )
      .sort();
    const documented = Object.entries(paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    expect(documented).toEqual(handled);

    const answers = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.keys(op.responses)
          .filter((s) => s !== '5XX')
          .map((s) => `${method} ${path} ${s}`),
      ),
    );
    expect(CASES.map(([p, m, s]) => `${m} ${p} ${s}`).sort()).toEqual(answers.sort());
  });

  it.each(CASES)('%s %s → %i conforms', async (path, method, status, url, payload) => {
    const operation = paths[path]?.[method];
    expect(operation).toBeDefined();
    const requestSchema = operation!.requestBody?.content['application/json']?.schema;
    if (requestSchema && typeof payload === 'object') {
      const validRequest = validator(requestSchema);
      expect(validRequest(payload), JSON.stringify(validRequest.errors)).toBe(true);
    }
    const res = await send(method, url, payload);
    expect(res.status).toBe(status);
    const schema = operation!.responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) {
      expect(res.body).toBeUndefined();
      return;
    }
    const valid = validator(schema);
    expect(valid(res.body), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
  });
});
