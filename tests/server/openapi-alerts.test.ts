// The alerts' answers only a server gives (marked `x-server-only` in the OpenAPI document: a test
// message sent, refused for want of a mail server or an address, or asked for too soon), asked of
// the server, each answer's body checked against the documented schema. Every other alerts answer
// is asked of the mock API in tests/api/openapi.test.ts and of both in the contract suite.
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@/server/log';
import { alertSender } from '@/server/alerts/service';
import { smtpSender } from '@/server/alerts/send';
import { buildOpenApiDocument } from '../api/openapi-document';
import { serverAppOn, startTestServer, testAlerts, type TestServer } from './harness';
import { mailServer, receiver } from './receivers';

type Method = 'get' | 'post' | 'put' | 'delete';
interface Response {
  'x-server-only'?: boolean;
  content?: Record<string, { schema: object }>;
}
const document = buildOpenApiDocument();
const paths = document.paths as Record<
  string,
  Partial<Record<Method, { responses: Record<string, Response> }>>
>;
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
let mailing: ReturnType<typeof serverAppOn>;
let smtp: Awaited<ReturnType<typeof mailServer>>;
let hooks: Awaited<ReturnType<typeof receiver>>;
const who: Record<string, string> = {};
let hookId = '';

beforeAll(async () => {
  server = await startTestServer();
  smtp = await mailServer();
  hooks = await receiver();
  // A server with a mail server, whose webhooks may reach this machine (allow-listed).
  mailing = serverAppOn(server.database, {
    alerts: {
      ...testAlerts(server.database),
      sender: alertSender(smtpSender(smtp.url, 'tracker@example.org'), {
        allowList: ['127.0.0.1'],
        now: () => new Date(),
        logger: createLogger('silent'),
      }),
    },
  });
  who.admin = await server.signIn('admin');
  who.finance = await server.signIn('finance');
  who.viewer = await server.signIn('viewer');
  const made = await call(mailing, 'admin', 'post', '/api/webhooks', {
    name: '内网系统',
    url: `${hooks.url}/npf`,
    format: 'json',
    secret: 'webhook-secret',
    departments: [],
  });
  expect(made.status).toBe(201);
  hookId = ((await made.json()) as { id: string }).id;
  expect(
    (
      await call(mailing, 'finance', 'put', '/api/notification-settings', {
        email: 'wang.min@example.org',
        emailAlerts: true,
        digest: 'off',
        language: 'zh',
      })
    ).status,
  ).toBe(200);
});
afterAll(async () => {
  await smtp.close();
  await hooks.close();
  await server.close();
});

function call(
  app: ReturnType<typeof serverAppOn>,
  as: string,
  method: Method,
  url: string,
  body?: unknown,
) {
  return app.request(`http://localhost${url}`, {
    method: method.toUpperCase(),
    headers: {
      Cookie: who[as] ?? '',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

interface Case {
  path: string;
  status: number;
  code?: string;
  /** Which server: `mailing` has a mail server, `plain` (the harness's) has none. */
  on: 'mailing' | 'plain';
  as: string;
  url: () => string;
}
const CASES: Case[] = [
  {
    path: '/notification-settings/test',
    status: 200,
    on: 'mailing',
    as: 'finance',
    url: () => '/api/notification-settings/test',
  },
  {
    path: '/notification-settings/test',
    status: 429,
    code: 'tooManyTests',
    on: 'mailing',
    as: 'finance',
    url: () => '/api/notification-settings/test',
  },
  {
    path: '/notification-settings/test',
    status: 409,
    code: 'noEmailAddress',
    on: 'mailing',
    as: 'viewer',
    url: () => '/api/notification-settings/test',
  },
  {
    path: '/notification-settings/test',
    status: 409,
    code: 'emailNotConfigured',
    on: 'plain',
    as: 'finance',
    url: () => '/api/notification-settings/test',
  },
  {
    path: '/webhooks/{id}/test',
    status: 200,
    on: 'mailing',
    as: 'admin',
    url: () => `/api/webhooks/${hookId}/test`,
  },
  {
    path: '/webhooks/{id}/test',
    status: 429,
    code: 'tooManyTests',
    on: 'mailing',
    as: 'admin',
    url: () => `/api/webhooks/${hookId}/test`,
  },
];

describe('the alerts’ answers only a server gives', () => {
  it('are exactly the documented x-server-only answers', () => {
    const documented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.values(ops).flatMap((op) =>
        Object.entries(op.responses)
          .filter(([, r]) => r['x-server-only'])
          .map(([status]) => `${path} ${status}`),
      ),
    );
    expect([...new Set(CASES.map((c) => `${c.path} ${c.status}`))].sort()).toEqual(
      documented.sort(),
    );
  });

  it.each(
    CASES.map((c) => [`POST ${c.path} → ${c.status}${c.code ? ` ${c.code}` : ''}`, c] as const),
  )('%s conforms', async (_name, c) => {
    const res = await call(c.on === 'mailing' ? mailing : server.app, c.as, 'post', c.url());
    expect(res.status).toBe(c.status);
    const body: unknown = await res.json();
    if (c.code) expect((body as { error: { code: string } }).error.code).toBe(c.code);
    const schema =
      paths[c.path]?.post?.responses[String(c.status)]?.content?.['application/json']?.schema;
    expect(schema).toBeDefined();
    const valid = ajv.compile(rebased(schema));
    expect(valid(body), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    if (c.status === 200) expect(body).toEqual({ delivered: true });
  });

  it('sent the test email and the test webhook, signed', () => {
    expect(smtp.mails.map((m) => m.to)).toEqual(['wang.min@example.org']);
    expect(smtp.mails[0]?.body).toContain('这是一封测试邮件');
    expect(hooks.requests.map((r) => r.path)).toEqual(['/npf']);
    expect(hooks.requests[0]?.headers['x-npf-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
  });
});
