// The committed OpenAPI document is up to date, covers every handler, and the mock API's real
// answers (through MSW, as the app receives them) conform to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it, vi } from 'vitest';
import { createApi } from '@/api/app';
import { db, mockStore } from '@mocks/db';
import { mockAccountsStore, pbkdf2Passwords } from '@mocks/accounts-db';
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

/** Answers a request through MSW cannot give: the server's body limit (tests/server). */
const SERVER_ONLY = new Set(['413']);
/** The version every indicator of the shipped data set starts at. */
const V1 = { 'If-Match': '"1"' };

/**
 * One real request per documented answer: [path template, method, status, url, body, headers,
 * what to set up first].
 */
const CASES: [string, Method, number, string, unknown?, Record<string, string>?, (() => void)?][] =
  [
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
    [
      '/indicators',
      'get',
      304,
      '/indicators?asOf=2026-11-26',
      undefined,
      { 'If-None-Match': 'LIST' },
    ],
    ['/indicators/{id}', 'get', 200, '/indicators/metro-gdp'],
    [
      '/indicators/{id}',
      'get',
      304,
      '/indicators/metro-gdp',
      undefined,
      { 'If-None-Match': '"1"' },
    ],
    ['/indicators/{id}', 'get', 404, '/indicators/nope'],
    [
      '/indicators/{id}/observations',
      'post',
      201,
      '/indicators/metro-gdp/observations',
      body.observation(),
      V1,
    ],
    [
      '/indicators/{id}/observations',
      'post',
      400,
      '/indicators/metro-gdp/observations',
      'not json',
      V1,
    ],
    [
      '/indicators/{id}/observations',
      'post',
      404,
      '/indicators/nope/observations',
      body.observation(),
      V1,
    ],
    [
      '/indicators/{id}/observations',
      'post',
      422,
      '/indicators/metro-gdp/observations',
      body.observation({ value: 1e15, date: '2099-01-01' }),
      V1,
    ],
    [
      '/indicators/{id}/observations',
      'post',
      412,
      '/indicators/metro-gdp/observations',
      body.observation(),
      { 'If-Match': '"7"' },
    ],
    [
      '/indicators/{id}/observations',
      'post',
      428,
      '/indicators/metro-gdp/observations',
      body.observation(),
    ],
    [
      '/indicators/{id}/observations',
      'post',
      507,
      '/indicators/metro-gdp/observations',
      body.observation(),
      V1,
      storageFull,
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      201,
      '/indicators/major-platforms/milestone-updates',
      body.milestone,
      V1,
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      400,
      '/indicators/major-platforms/milestone-updates',
      'not json',
      V1,
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      404,
      '/indicators/nope/milestone-updates',
      body.milestone,
      V1,
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      422,
      '/indicators/metro-gdp/milestone-updates',
      body.milestone,
      V1,
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      412,
      '/indicators/major-platforms/milestone-updates',
      body.milestone,
      { 'If-Match': '"7"' },
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      428,
      '/indicators/major-platforms/milestone-updates',
      body.milestone,
    ],
    [
      '/indicators/{id}/milestone-updates',
      'post',
      507,
      '/indicators/major-platforms/milestone-updates',
      body.milestone,
      V1,
      storageFull,
    ],
    ['/indicators/{id}/audit', 'get', 200, '/indicators/metro-gdp/audit'],
    ['/indicators/{id}/audit', 'get', 404, '/indicators/nope/audit'],
    ['/imports', 'post', 201, '/imports', body.goodRows],
    ['/imports', 'post', 400, '/imports', 'not json'],
    ['/imports', 'post', 422, '/imports', body.badRows],
    ['/imports', 'post', 507, '/imports', body.goodRows, {}, storageFull],
    ['/demo/reset', 'post', 204, '/demo/reset'],
  ];

/** The browser refuses to store anything more, as a full localStorage does. */
function storageFull() {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

async function send(
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const sent = { ...headers };
  // The list's ETag is whatever the API gave for this query a moment ago.
  if (sent['If-None-Match'] === 'LIST') {
    sent['If-None-Match'] = (await fetch(apiUrl(url))).headers.get('ETag') ?? '';
  }
  const res = await fetch(apiUrl(url), {
    method: method.toUpperCase(),
    headers: { ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }), ...sent },
    ...(payload === undefined
      ? {}
      : { body: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('the OpenAPI document', () => {
  it('is committed as generated from the zod schemas (npm run openapi rewrites it)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(written);
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every route of the API app, and every documented answer is exercised below', () => {
    // The app the server and the mock API both run, with the mock's demo reset.
    const api = createApi({
      store: mockStore,
      auth: {
        accounts: mockAccountsStore,
        passwords: pbkdf2Passwords,
        readAccess: 'public',
        sessionIdleMs: 1,
        sessionMaxMs: 1,
      },
      resetDemo: () => Promise.resolve(db.reset()),
    });
    const handled = api.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    expect(documented).toEqual(handled);

    const answers = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.keys(op.responses)
          .filter((s) => s !== '5XX' && !SERVER_ONLY.has(s))
          .map((s) => `${method} ${path} ${s}`),
      ),
    );
    expect(CASES.map(([p, m, s]) => `${m} ${p} ${s}`).sort()).toEqual(answers.sort());
  });

  it.each(CASES)(
    '%s %s → %i conforms',
    async (path, method, status, url, payload, headers, setUp) => {
      setUp?.();
      const operation = paths[path]?.[method];
      expect(operation).toBeDefined();
      const requestSchema = operation!.requestBody?.content['application/json']?.schema;
      if (requestSchema && typeof payload === 'object') {
        const validRequest = validator(requestSchema);
        expect(validRequest(payload), JSON.stringify(validRequest.errors)).toBe(true);
      }
      const res = await send(method, url, payload, headers);
      expect(res.status).toBe(status);
      const schema = operation!.responses[String(status)]?.content?.['application/json']?.schema;
      if (!schema) {
        expect(res.body).toBeUndefined();
        return;
      }
      const valid = validator(schema);
      expect(valid(res.body), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    },
  );
});
