// The committed OpenAPI document is up to date, covers every handler, and the mock API's real
// answers (through MSW, as the app receives them) conform to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createApi } from '@/api/app';
import { createChangeHub } from '@/api/change-hub';
import { db, mockStore } from '@mocks/db';
import { mockAccountsStore, pbkdf2Passwords } from '@mocks/accounts-db';
import { DEMO_SENDER, mockAlertsStore } from '@mocks/alerts-db';
import { ACCOUNT_CASES } from './openapi-account-cases';
import { ALERT_CASES } from './openapi-alert-cases';
import { RECORD_CASES, SERVER_ONLY, serverOnlyCode, type Case } from './openapi-cases';
import { buildOpenApiDocument } from './openapi-document';
import { becomes, send, type Method } from './openapi-principals';

// Vitest runs from the repository root.
const FILE = join(process.cwd(), 'docs', 'openapi.json');
const document = buildOpenApiDocument();
const written = `${JSON.stringify(document, null, 2)}\n`;
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(FILE, written);

interface Response {
  /** Only the server gives this answer (asked of it in tests/server/openapi-alerts.test.ts). */
  'x-server-only'?: boolean;
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema: object }>;
}
interface Operation {
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, Response>;
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

const CASES: Case[] = [...RECORD_CASES, ...ACCOUNT_CASES, ...ALERT_CASES];

const nameOf = (c: Case) =>
  `${c.method.toUpperCase()} ${c.path} → ${c.status}${c.code ? ` ${c.code}` : ''}${c.as ? ` (as ${c.as})` : ''}`;

/** The `error.code`s a documented answer names, when it names them. */
function codesOf(response: Response): string[] {
  const schema = response.content?.['application/json']?.schema as
    | { allOf?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }[] }
    | undefined;
  return schema?.allOf?.flatMap((s) => s.properties?.error?.properties?.code?.enum ?? []) ?? [];
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
      feed: { hub: createChangeHub(mockStore, { pollMs: 0 }) },
      auth: {
        accounts: mockAccountsStore,
        passwords: pbkdf2Passwords,
        readAccess: 'public',
        sessionIdleMs: 1,
        sessionMaxMs: 1,
      },
      alerts: { store: mockAlertsStore, sender: DEMO_SENDER, publicUrl: '' },
      resetDemo: () => Promise.resolve(db.reset()),
    });
    const handled = api.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    const documented = operations.map(({ path, method }) => `${method} ${path}`).sort();
    expect(documented).toEqual(handled);
    // Answers only the server gives are asked of the server, in tests/server.
    const answers = operations.flatMap(({ path, method, op }) =>
      Object.entries(op.responses)
        .filter(([s, r]) => s !== '5XX' && !SERVER_ONLY.has(s) && !r['x-server-only'])
        .map(([s]) => `${method} ${path} ${s}`),
    );
    expect([...new Set(CASES.map((c) => `${c.method} ${c.path} ${c.status}`))].sort()).toEqual(
      answers.sort(),
    );

    // Each refusal an answer names is met by a case, unless only the server can give it.
    const codes = operations.flatMap(({ path, method, op }) =>
      Object.entries(op.responses).flatMap(([status, response]) =>
        (response['x-server-only'] ? [] : codesOf(response))
          .filter((code) => !serverOnlyCode(method, path, status, code))
          .map((code) => `${method} ${path} ${status} ${code}`),
      ),
    );
    const met = CASES.filter((c) => c.code).map(
      (c) => `${c.method} ${c.path} ${c.status} ${c.code}`,
    );
    expect([...new Set(met)].sort()).toEqual(codes.sort());
  });

  it.each(CASES.map((c) => [nameOf(c), c] as const))('%s conforms', async (_name, c) => {
    await becomes(c.as ?? null);
    await c.setUp?.();
    const url = typeof c.url === 'function' ? c.url() : c.url;
    const payload: unknown = typeof c.body === 'function' ? (c.body as () => unknown)() : c.body;
    const operation = paths[c.path]?.[c.method];
    expect(operation).toBeDefined();
    const requestSchema = operation!.requestBody?.content['application/json']?.schema;
    if (requestSchema && typeof payload === 'object' && !c.malformed) {
      const validRequest = validator(requestSchema);
      expect(validRequest(payload), JSON.stringify(validRequest.errors)).toBe(true);
    }
    const res = await send(c.method, url, payload, c.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(c.status);
    const response = operation!.responses[String(c.status)];
    for (const [name, header] of Object.entries(response?.headers ?? {})) {
      if (header.required) expect(res.headers.get(name), name).toBeTruthy();
    }
    if (c.code) {
      expect((res.body as { error?: { code?: string } } | undefined)?.error?.code).toBe(c.code);
    }
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) {
      expect(res.body).toBeUndefined();
      return;
    }
    const valid = validator(schema);
    expect(valid(res.body), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
  });
});
