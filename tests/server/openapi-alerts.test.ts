// The alerts' endpoints in the OpenAPI document (marked x-server-only) against the server that has
// them: every route is documented, every documented answer is given by a real request, and each
// answer's body conforms to the documented schema.
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@/server/log';
import { alertRoutes } from '@/server/alerts/routes';
import { startAlerts, type Alerts } from '@/server/alerts/service';
import { buildOpenApiDocument } from '../api/openapi-document';
import { serverAppOn, startTestServer, type TestServer } from './harness';

type Method = 'get' | 'post' | 'put' | 'delete';
interface Operation {
  'x-server-only'?: boolean;
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
const document = buildOpenApiDocument();
const paths = document.paths as Record<string, Partial<Record<Method, Operation>>>;
const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  validateFormats: false,
});
const rebased = (schema: unknown) =>
  JSON.parse(
    JSON.stringify(schema).replaceAll('#/components/schemas/', 'openapi#/$defs/'),
  ) as object;
ajv.addSchema({
  $id: 'openapi',
  $defs: rebased((document.components as { schemas: object }).schemas),
});

let server: TestServer;
let app: ReturnType<typeof serverAppOn>;
let alerts: Alerts;
const who: Record<string, string | null> = { anonymous: null };
let webhookId = '';

beforeAll(async () => {
  server = await startTestServer();
  alerts = startAlerts({
    db: server.database.db,
    logger: createLogger('silent'),
    publicUrl: 'https://tracker.example',
    smtpUrl: null,
    mailFrom: 'tracker@example.org',
    intervalMs: 3_600_000,
  });
  routes = alertRoutes(server.database.db, 'https://tracker.example', () => alerts.trigger());
  app = serverAppOn(server.database, { alerts: { routes, afterWrite: () => alerts.trigger() } });
  who.admin = await server.signIn('admin');
  who.finance = await server.signIn('finance');
  who.viewer = await server.signIn('viewer');
  const made = await call('admin', 'post', '/api/displays', {
    name: '大厅',
    departments: [],
    playlist: {},
  });
  const { link } = (await made.json()) as { link: string };
  const paired = await call(null, 'post', '/api/display-session', { token: link.split('#')[1] });
  who.display = (paired.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  // One alert in finance's inbox: the pilot zone reported delayed.
  await alerts.runOnce();
  const etag = (await call('finance', 'get', '/api/indicators/sci-fin-pilot-zone')).headers.get(
    'ETag',
  );
  const saved = await call(
    'finance',
    'post',
    '/api/indicators/sci-fin-pilot-zone/milestone-updates',
    { update: { date: '2026-11-30', state: 'delayed', provenance: { kind: 'illustrative' } } },
    { 'If-Match': etag ?? '' },
  );
  expect(saved.status).toBe(201);
  await alerts.runOnce();
});
afterAll(async () => {
  await alerts.stop();
  await server.close();
});
let routes: ReturnType<typeof alertRoutes>;

function call(
  as: string | null,
  method: Method,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const cookie = as === null ? null : (who[as] ?? null);
  return app.request(`http://localhost${url}`, {
    method: method.toUpperCase(),
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

interface Case {
  path: string;
  method: Method;
  status: number;
  url: string | (() => string);
  as: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}
const settings = {
  email: 'wang.min@example.org',
  emailAlerts: true,
  digest: 'weekly',
  language: 'zh',
};
const hook = {
  name: '金融局群',
  url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
  format: 'wecom',
  secret: 'webhook-secret',
  departments: ['finance'],
};
const ELSEWHERE = { Origin: 'https://elsewhere.example' };
const CASES: Case[] = [
  { path: '/inbox', method: 'get', status: 200, url: '/api/inbox', as: 'finance' },
  { path: '/inbox', method: 'get', status: 401, url: '/api/inbox', as: null },
  { path: '/inbox', method: 'get', status: 403, url: '/api/inbox', as: 'display' },
  {
    path: '/inbox/read',
    method: 'post',
    status: 204,
    url: '/api/inbox/read',
    as: 'finance',
    body: { all: true },
  },
  {
    path: '/inbox/read',
    method: 'post',
    status: 400,
    url: '/api/inbox/read',
    as: 'finance',
    body: { keys: 'all' },
  },
  {
    path: '/inbox/read',
    method: 'post',
    status: 401,
    url: '/api/inbox/read',
    as: null,
    body: { all: true },
  },
  {
    path: '/inbox/read',
    method: 'post',
    status: 403,
    url: '/api/inbox/read',
    as: 'finance',
    body: { all: true },
    headers: ELSEWHERE,
  },
  { path: '/follows', method: 'get', status: 200, url: '/api/follows', as: 'viewer' },
  { path: '/follows', method: 'get', status: 401, url: '/api/follows', as: null },
  { path: '/follows', method: 'get', status: 403, url: '/api/follows', as: 'display' },
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 204,
    url: '/api/follows/thrust/T4',
    as: 'viewer',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 404,
    url: '/api/follows/planet/T4',
    as: 'viewer',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 401,
    url: '/api/follows/thrust/T4',
    as: null,
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 403,
    url: '/api/follows/thrust/T4',
    as: 'display',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'delete',
    status: 204,
    url: '/api/follows/thrust/T4',
    as: 'viewer',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'delete',
    status: 401,
    url: '/api/follows/thrust/T4',
    as: null,
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'delete',
    status: 403,
    url: '/api/follows/thrust/T4',
    as: 'display',
  },
  {
    path: '/notification-settings',
    method: 'get',
    status: 200,
    url: '/api/notification-settings',
    as: 'finance',
  },
  {
    path: '/notification-settings',
    method: 'get',
    status: 401,
    url: '/api/notification-settings',
    as: null,
  },
  {
    path: '/notification-settings',
    method: 'get',
    status: 403,
    url: '/api/notification-settings',
    as: 'display',
  },
  {
    path: '/notification-settings',
    method: 'put',
    status: 200,
    url: '/api/notification-settings',
    as: 'finance',
    body: settings,
  },
  {
    path: '/notification-settings',
    method: 'put',
    status: 422,
    url: '/api/notification-settings',
    as: 'finance',
    body: { ...settings, email: 'not an address' },
  },
  {
    path: '/notification-settings',
    method: 'put',
    status: 401,
    url: '/api/notification-settings',
    as: null,
    body: settings,
  },
  {
    path: '/notification-settings',
    method: 'put',
    status: 403,
    url: '/api/notification-settings',
    as: 'display',
    body: settings,
  },
  { path: '/webhooks', method: 'post', status: 201, url: '/api/webhooks', as: 'admin', body: hook },
  {
    path: '/webhooks',
    method: 'post',
    status: 422,
    url: '/api/webhooks',
    as: 'admin',
    body: { ...hook, format: 'telex' },
  },
  { path: '/webhooks', method: 'post', status: 401, url: '/api/webhooks', as: null, body: hook },
  {
    path: '/webhooks',
    method: 'post',
    status: 403,
    url: '/api/webhooks',
    as: 'viewer',
    body: hook,
  },
  { path: '/webhooks', method: 'get', status: 200, url: '/api/webhooks', as: 'admin' },
  { path: '/webhooks', method: 'get', status: 401, url: '/api/webhooks', as: null },
  { path: '/webhooks', method: 'get', status: 403, url: '/api/webhooks', as: 'finance' },
  {
    path: '/webhooks/{id}',
    method: 'delete',
    status: 401,
    url: () => `/api/webhooks/${webhookId}`,
    as: null,
  },
  {
    path: '/webhooks/{id}',
    method: 'delete',
    status: 403,
    url: () => `/api/webhooks/${webhookId}`,
    as: 'viewer',
  },
  {
    path: '/webhooks/{id}',
    method: 'delete',
    status: 204,
    url: () => `/api/webhooks/${webhookId}`,
    as: 'admin',
  },
  {
    path: '/webhooks/{id}',
    method: 'delete',
    status: 404,
    url: '/api/webhooks/no-such-hook',
    as: 'admin',
  },
];

describe('the alerts in the OpenAPI document (server only)', () => {
  it('documents every alerts route, and each documented answer has a case below', () => {
    const serverOnly = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op['x-server-only'])
        .map(([method, op]) => ({ path, method, op })),
    );
    const routed = routes.routes
      .map(
        (r) => `${r.method.toLowerCase()} /${r.path.replace(/:(\w+)/g, '{$1}').replace(/^\//, '')}`,
      )
      .sort();
    expect(serverOnly.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(routed);
    const answers = serverOnly.flatMap(({ path, method, op }) =>
      Object.keys(op.responses)
        .filter((s) => s !== '5XX')
        .map((s) => `${method} ${path} ${s}`),
    );
    expect([...new Set(CASES.map((c) => `${c.method} ${c.path} ${c.status}`))].sort()).toEqual(
      answers.sort(),
    );
  });

  it.each(
    CASES.map(
      (c) =>
        [`${c.method.toUpperCase()} ${c.path} → ${c.status} (as ${c.as ?? 'nobody'})`, c] as const,
    ),
  )('%s conforms', async (_name, c) => {
    const operation = paths[c.path]?.[c.method];
    expect(operation?.['x-server-only']).toBe(true);
    const requestSchema = operation!.requestBody?.content['application/json']?.schema;
    if (requestSchema && c.status < 400) {
      const valid = ajv.compile(rebased(requestSchema));
      expect(valid(c.body), JSON.stringify(valid.errors)).toBe(true);
    }
    const url = typeof c.url === 'function' ? c.url() : c.url;
    const res = await call(c.as, c.method, url, c.body, c.headers);
    expect(res.status).toBe(c.status);
    const text = await res.text();
    const schema = operation!.responses[String(c.status)]?.content?.['application/json']?.schema;
    if (!schema) {
      expect(text).toBe('');
      return;
    }
    const body: unknown = JSON.parse(text);
    const valid = ajv.compile(rebased(schema));
    expect(valid(body), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    if (c.path === '/webhooks' && c.method === 'post' && c.status === 201) {
      webhookId = (body as { id: string }).id;
    }
    if (c.path === '/inbox' && c.status === 200) {
      expect((body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    }
  });
});
