// The committed OpenAPI document is up to date, covers every handler, and the mock API's real
// answers (through MSW, as the app receives them) conform to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it, vi } from 'vitest';
import { createApi } from '@/api/app';
import { db, mockStore } from '@mocks/db';
import {
  DEMO_PASSWORD,
  mockAccountsStore,
  pbkdf2Passwords,
  SESSION_JAR_KEY,
} from '@mocks/accounts-db';
import { createdDisplayResponseSchema } from '@/domain/accounts';
import { apiUrl } from '@/lib/api/client';
import { buildOpenApiDocument } from './openapi-document';

// Vitest runs from the repository root.
const FILE = join(process.cwd(), 'docs', 'openapi.json');
const document = buildOpenApiDocument();
const written = `${JSON.stringify(document, null, 2)}\n`;
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(FILE, written);

type Method = 'get' | 'post' | 'patch' | 'delete';
interface Response {
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

const body = {
  // `author` is optional and ignored: the audit trail names the signed-in account.
  observation: (over: object = {}) => ({
    observation: {
      date: '2026-10-31',
      value: 6.2e12,
      qualifier: 'about',
      provenance: { kind: 'illustrative' },
      ...over,
    },
  }),
  milestone: {
    update: { date: '2026-11-01', state: 'done', provenance: { kind: 'illustrative' } },
  },
  target: (over: object = {}) => ({
    target: {
      value: 7e12,
      date: '2030-12-31',
      comparator: 'atLeast',
      provenance: { kind: 'illustrative' },
      ...over,
    },
    reason: '市政府调整目标',
  }),
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
  newAccount: {
    username: 'wang.min',
    displayName: '王敏（市财政局）',
    role: 'editor',
    departments: ['finance'],
    password: 'a-long-password',
  },
  newDisplay: { name: '大厅屏', departments: ['finance'], playlist: { slides: 'summary' } },
};

/**
 * Answers a request through MSW cannot give: the server's body limit (tests/server), and the read
 * gate of READ_ACCESS=signed-in, since the mock API reads publicly (tests/server/sessions).
 */
const SERVER_ONLY = new Set(['413']);
const READS = [
  '/programme',
  '/thrusts',
  '/departments',
  '/indicators',
  '/indicators/{id}',
  '/indicators/{id}/audit',
];
const serverOnlyCode = (method: string, path: string, status: string, code: string) =>
  method === 'get' &&
  READS.includes(path) &&
  status === '401' &&
  ['signInRequired', 'sessionExpired'].includes(code);

/** The version every indicator of the shipped data set starts at. */
const V1 = { 'If-Match': '"1"' };
/** A page of another site, as a browser names it in a request it sends from there. */
const ELSEWHERE = { Origin: 'https://elsewhere.example' };

/**
 * Who sends a request: a demo account, a paired wall screen, one an admin has since unpaired, a
 * session that has ended, or nobody.
 */
type As =
  'admin' | 'viewer' | 'finance' | 'sti' | 'display' | 'revokedDisplay' | 'endedSession' | null;

/** One real request for a documented answer. */
interface Case {
  path: string;
  method: Method;
  status: number;
  url: string | (() => string);
  body?: unknown;
  headers?: Record<string, string>;
  as?: As;
  /** The body breaks the documented request schema on purpose. */
  malformed?: boolean;
  /** The `error.code` a refusal must carry. */
  code?: string;
  /** What to set up once `as` is signed in. */
  setUp?: () => unknown;
}

/** The mock API's "cookie" (mocks/accounts-db.ts): one browser's session id. */
const jar = {
  get: () => localStorage.getItem(SESSION_JAR_KEY),
  set(id: string | null) {
    if (id === null) localStorage.removeItem(SESSION_JAR_KEY);
    else localStorage.setItem(SESSION_JAR_KEY, id);
  },
};

async function signIn(username: string) {
  const res = await send('post', '/session', { username, password: DEMO_PASSWORD });
  expect(res.status, `sign in as ${username}`).toBe(200);
}

/** The display the last set-up made (signed in as an admin), and its pairing token. */
const made = { id: '', token: '' };
async function newDisplay() {
  const res = await send('post', '/displays', body.newDisplay);
  expect(res.status, 'create a display').toBe(201);
  const { display, link } = createdDisplayResponseSchema.parse(res.body);
  Object.assign(made, { id: display.id, token: link.replace('/pair#', '') });
}
const revokeMade = async () => {
  expect((await send('delete', `/displays/${made.id}`)).status, 'revoke').toBe(204);
};

/** A wall screen paired on a display an admin made; the admin's session is kept aside. */
async function pairScreen(): Promise<{ admin: string | null }> {
  await signIn('admin');
  const admin = jar.get();
  await newDisplay();
  jar.set(null);
  expect((await send('post', '/display-session', { token: made.token })).status, 'pair').toBe(200);
  return { admin };
}

async function becomes(as: As) {
  switch (as) {
    case null:
    case undefined:
      return;
    case 'display':
      await pairScreen();
      return;
    case 'revokedDisplay': {
      const { admin } = await pairScreen();
      const screen = jar.get();
      jar.set(admin);
      await revokeMade();
      jar.set(screen);
      return;
    }
    case 'endedSession': {
      // The browser still sends the cookie of a session that has ended.
      await signIn('admin');
      const ended = jar.get();
      expect((await send('delete', '/session')).status).toBe(204);
      jar.set(ended);
      return;
    }
    default:
      await signIn(as);
  }
}

/** An operation's refusals of whoever may not ask it, before the body or the target is looked at. */
function refusals(
  base: Omit<Case, 'status' | 'as' | 'code'>,
  forbidden: { as: As; code: string }[],
): Case[] {
  const unsafe = base.method !== 'get';
  return [
    { ...base, status: 401, as: null, code: 'signInRequired' },
    { ...base, status: 401, as: 'endedSession', code: 'sessionExpired' },
    { ...base, status: 401, as: 'revokedDisplay', code: 'displayRevoked' },
    { ...base, status: 403, as: 'display', code: 'readOnlyDisplay' },
    ...forbidden.map((f) => ({ ...base, status: 403, ...f })),
    ...(unsafe
      ? [
          {
            ...base,
            status: 403,
            as: 'admin' as const,
            code: 'crossOrigin',
            headers: { ...base.headers, ...ELSEWHERE },
          },
        ]
      : []),
  ];
}
const ADMIN_ONLY = [
  { as: 'viewer' as const, code: 'adminOnly' },
  { as: 'finance' as const, code: 'adminOnly' },
];
/** A read that a wall screen an admin has unpaired is refused. */
const readOfRevoked = (path: string, url: string): Case => ({
  path,
  method: 'get',
  status: 401,
  url,
  as: 'revokedDisplay',
  code: 'displayRevoked',
});

const OBS = '/indicators/{id}/observations';
const MS = '/indicators/{id}/milestone-updates';
const TGT = '/indicators/{id}/targets';

const CASES: Case[] = [
  { path: '/programme', method: 'get', status: 200, url: '/programme' },
  readOfRevoked('/programme', '/programme'),
  { path: '/thrusts', method: 'get', status: 200, url: '/thrusts' },
  readOfRevoked('/thrusts', '/thrusts'),
  { path: '/departments', method: 'get', status: 200, url: '/departments' },
  readOfRevoked('/departments', '/departments'),
  {
    path: '/indicators',
    method: 'get',
    status: 200,
    url: '/indicators?dept=finance&thrust=T4&status=onTrack&q=%E9%87%91%E8%9E%8D&asOf=2026-11-26',
  },
  { path: '/indicators', method: 'get', status: 400, url: '/indicators?asOf=yesterday' },
  {
    path: '/indicators',
    method: 'get',
    status: 304,
    url: '/indicators?asOf=2026-11-26',
    headers: { 'If-None-Match': 'LIST' },
  },
  readOfRevoked('/indicators', '/indicators'),
  { path: '/indicators/{id}', method: 'get', status: 200, url: '/indicators/metro-gdp' },
  {
    path: '/indicators/{id}',
    method: 'get',
    status: 304,
    url: '/indicators/metro-gdp',
    headers: { 'If-None-Match': '"1"' },
  },
  { path: '/indicators/{id}', method: 'get', status: 404, url: '/indicators/nope' },
  readOfRevoked('/indicators/{id}', '/indicators/metro-gdp'),

  // Recording: an admin may record anything, an editor what their departments own.
  {
    path: OBS,
    method: 'post',
    status: 201,
    url: '/indicators/metro-gdp/observations',
    body: body.observation(),
    headers: V1,
    as: 'admin',
  },
  {
    path: OBS,
    method: 'post',
    status: 400,
    url: '/indicators/metro-gdp/observations',
    body: 'not json',
    headers: V1,
    as: 'admin',
  },
  ...refusals(
    {
      path: OBS,
      method: 'post',
      url: '/indicators/metro-gdp/observations',
      body: body.observation(),
      headers: V1,
    },
    [
      { as: 'viewer', code: 'viewerReadOnly' },
      { as: 'sti', code: 'outsideScope' },
    ],
  ),
  {
    path: OBS,
    method: 'post',
    status: 404,
    url: '/indicators/nope/observations',
    body: body.observation(),
    headers: V1,
    as: 'admin',
  },
  {
    path: OBS,
    method: 'post',
    status: 422,
    url: '/indicators/metro-gdp/observations',
    body: body.observation({ value: 1e15, date: '2099-01-01' }),
    headers: V1,
    as: 'admin',
  },
  {
    path: OBS,
    method: 'post',
    status: 412,
    url: '/indicators/metro-gdp/observations',
    body: body.observation(),
    headers: { 'If-Match': '"7"' },
    as: 'admin',
  },
  {
    path: OBS,
    method: 'post',
    status: 428,
    url: '/indicators/metro-gdp/observations',
    body: body.observation(),
    as: 'admin',
  },
  {
    path: OBS,
    method: 'post',
    status: 507,
    url: '/indicators/metro-gdp/observations',
    body: body.observation(),
    headers: V1,
    as: 'admin',
    setUp: storageFull,
  },
  {
    path: MS,
    method: 'post',
    status: 201,
    url: '/indicators/major-platforms/milestone-updates',
    body: body.milestone,
    headers: V1,
    // An editor of the department that owns it.
    as: 'sti',
  },
  {
    path: MS,
    method: 'post',
    status: 400,
    url: '/indicators/major-platforms/milestone-updates',
    body: 'not json',
    headers: V1,
    as: 'admin',
  },
  ...refusals(
    {
      path: MS,
      method: 'post',
      url: '/indicators/major-platforms/milestone-updates',
      body: body.milestone,
      headers: V1,
    },
    [
      { as: 'viewer', code: 'viewerReadOnly' },
      { as: 'finance', code: 'outsideScope' },
    ],
  ),
  {
    path: MS,
    method: 'post',
    status: 404,
    url: '/indicators/nope/milestone-updates',
    body: body.milestone,
    headers: V1,
    as: 'admin',
  },
  {
    path: MS,
    method: 'post',
    status: 422,
    url: '/indicators/metro-gdp/milestone-updates',
    body: body.milestone,
    headers: V1,
    as: 'admin',
  },
  {
    path: MS,
    method: 'post',
    status: 412,
    url: '/indicators/major-platforms/milestone-updates',
    body: body.milestone,
    headers: { 'If-Match': '"7"' },
    as: 'admin',
  },
  {
    path: MS,
    method: 'post',
    status: 428,
    url: '/indicators/major-platforms/milestone-updates',
    body: body.milestone,
    as: 'admin',
  },
  {
    path: MS,
    method: 'post',
    status: 507,
    url: '/indicators/major-platforms/milestone-updates',
    body: body.milestone,
    headers: V1,
    as: 'admin',
    setUp: storageFull,
  },

  // Targets: admins only.
  {
    path: TGT,
    method: 'post',
    status: 201,
    url: '/indicators/metro-gdp/targets',
    body: body.target(),
    headers: V1,
    as: 'admin',
  },
  {
    path: TGT,
    method: 'post',
    status: 400,
    url: '/indicators/metro-gdp/targets',
    body: 'not json',
    headers: V1,
    as: 'admin',
  },
  ...refusals(
    {
      path: TGT,
      method: 'post',
      url: '/indicators/metro-gdp/targets',
      body: body.target(),
      headers: V1,
    },
    ADMIN_ONLY,
  ),
  {
    path: TGT,
    method: 'post',
    status: 404,
    url: '/indicators/nope/targets',
    body: body.target(),
    headers: V1,
    as: 'admin',
  },
  {
    path: TGT,
    method: 'post',
    status: 422,
    url: '/indicators/major-platforms/targets',
    body: body.target(),
    headers: V1,
    as: 'admin',
  },
  {
    path: TGT,
    method: 'post',
    status: 412,
    url: '/indicators/metro-gdp/targets',
    body: body.target(),
    headers: { 'If-Match': '"7"' },
    as: 'admin',
  },
  {
    path: TGT,
    method: 'post',
    status: 428,
    url: '/indicators/metro-gdp/targets',
    body: body.target(),
    as: 'admin',
  },
  {
    path: TGT,
    method: 'post',
    status: 507,
    url: '/indicators/metro-gdp/targets',
    body: body.target(),
    headers: V1,
    as: 'admin',
    setUp: storageFull,
  },

  {
    path: '/indicators/{id}/audit',
    method: 'get',
    status: 200,
    url: '/indicators/metro-gdp/audit',
  },
  { path: '/indicators/{id}/audit', method: 'get', status: 404, url: '/indicators/nope/audit' },
  readOfRevoked('/indicators/{id}/audit', '/indicators/metro-gdp/audit'),

  {
    path: '/imports',
    method: 'post',
    status: 201,
    url: '/imports',
    body: body.goodRows,
    as: 'admin',
  },
  { path: '/imports', method: 'post', status: 400, url: '/imports', body: 'not json', as: 'admin' },
  ...refusals({ path: '/imports', method: 'post', url: '/imports', body: body.goodRows }, [
    { as: 'viewer', code: 'viewerReadOnly' },
  ]),
  {
    path: '/imports',
    method: 'post',
    status: 422,
    url: '/imports',
    body: body.badRows,
    as: 'admin',
  },
  {
    path: '/imports',
    method: 'post',
    status: 507,
    url: '/imports',
    body: body.goodRows,
    as: 'admin',
    setUp: storageFull,
  },

  // Sessions.
  { path: '/session', method: 'get', status: 200, url: '/session', as: 'finance' },
  {
    path: '/session',
    method: 'post',
    status: 200,
    url: '/session',
    body: { username: 'viewer', password: DEMO_PASSWORD },
  },
  {
    path: '/session',
    method: 'post',
    status: 400,
    url: '/session',
    body: { username: 'viewer' },
    malformed: true,
  },
  {
    path: '/session',
    method: 'post',
    status: 401,
    url: '/session',
    body: { username: 'viewer', password: 'not-the-password' },
    code: 'badCredentials',
  },
  {
    path: '/session',
    method: 'post',
    status: 403,
    url: '/session',
    body: { username: 'viewer', password: DEMO_PASSWORD },
    headers: ELSEWHERE,
    code: 'crossOrigin',
  },
  {
    path: '/session',
    method: 'post',
    status: 429,
    url: '/session',
    // Even the right password, once the account has failed five times.
    body: { username: 'viewer', password: DEMO_PASSWORD },
    code: 'tooManyAttempts',
    setUp: async () => {
      for (let i = 0; i < 5; i += 1) {
        await send('post', '/session', { username: 'viewer', password: 'not-the-password' });
      }
    },
  },
  { path: '/session', method: 'delete', status: 204, url: '/session', as: 'viewer' },
  {
    path: '/session',
    method: 'delete',
    status: 403,
    url: '/session',
    headers: ELSEWHERE,
    as: 'viewer',
    code: 'crossOrigin',
  },
  {
    path: '/display-session',
    method: 'post',
    status: 200,
    url: '/display-session',
    body: () => ({ token: made.token }),
    as: 'admin',
    setUp: newDisplay,
  },
  {
    path: '/display-session',
    method: 'post',
    status: 400,
    url: '/display-session',
    body: { token: 'short' },
    malformed: true,
  },
  {
    path: '/display-session',
    method: 'post',
    status: 401,
    url: '/display-session',
    body: { token: 'x'.repeat(43) },
    code: 'badToken',
  },
  {
    path: '/display-session',
    method: 'post',
    status: 401,
    url: '/display-session',
    body: () => ({ token: made.token }),
    as: 'admin',
    code: 'displayRevoked',
    setUp: async () => {
      await newDisplay();
      await revokeMade();
    },
  },
  {
    path: '/display-session',
    method: 'post',
    status: 403,
    url: '/display-session',
    body: { token: 'x'.repeat(43) },
    headers: ELSEWHERE,
    code: 'crossOrigin',
  },

  // Accounts: admins only.
  { path: '/users', method: 'get', status: 200, url: '/users', as: 'admin' },
  ...refusals({ path: '/users', method: 'get', url: '/users' }, ADMIN_ONLY),
  {
    path: '/users',
    method: 'post',
    status: 201,
    url: '/users',
    body: body.newAccount,
    as: 'admin',
  },
  ...refusals({ path: '/users', method: 'post', url: '/users', body: body.newAccount }, ADMIN_ONLY),
  {
    path: '/users',
    method: 'post',
    status: 409,
    url: '/users',
    body: { ...body.newAccount, username: 'finance' },
    as: 'admin',
    code: 'usernameTaken',
  },
  {
    path: '/users',
    method: 'post',
    status: 422,
    url: '/users',
    body: { ...body.newAccount, departments: ['no-such-department'] },
    as: 'admin',
    code: 'invalidAccount',
  },
  {
    path: '/users/{username}',
    method: 'patch',
    status: 200,
    url: '/users/finance',
    body: { departments: ['finance', 'sti-bureau'] },
    as: 'admin',
  },
  ...refusals(
    { path: '/users/{username}', method: 'patch', url: '/users/finance', body: { disabled: true } },
    ADMIN_ONLY,
  ),
  {
    path: '/users/{username}',
    method: 'patch',
    status: 404,
    url: '/users/nobody',
    body: { disabled: true },
    as: 'admin',
  },
  {
    path: '/users/{username}',
    method: 'patch',
    status: 409,
    url: '/users/admin',
    body: { role: 'viewer' },
    as: 'admin',
    code: 'lastAdmin',
  },
  {
    path: '/users/{username}',
    method: 'patch',
    status: 422,
    url: '/users/finance',
    body: { password: 'short' },
    malformed: true,
    as: 'admin',
    code: 'invalidAccount',
  },
  {
    path: '/users/{username}/sessions',
    method: 'delete',
    status: 204,
    url: '/users/finance/sessions',
    as: 'admin',
  },
  ...refusals(
    { path: '/users/{username}/sessions', method: 'delete', url: '/users/finance/sessions' },
    ADMIN_ONLY,
  ),
  {
    path: '/users/{username}/sessions',
    method: 'delete',
    status: 404,
    url: '/users/nobody/sessions',
    as: 'admin',
  },

  // Wall screens: admins only.
  {
    path: '/displays',
    method: 'get',
    status: 200,
    url: '/displays',
    as: 'admin',
    setUp: newDisplay,
  },
  ...refusals({ path: '/displays', method: 'get', url: '/displays' }, ADMIN_ONLY),
  {
    path: '/displays',
    method: 'post',
    status: 201,
    url: '/displays',
    body: body.newDisplay,
    as: 'admin',
  },
  ...refusals(
    { path: '/displays', method: 'post', url: '/displays', body: body.newDisplay },
    ADMIN_ONLY,
  ),
  {
    path: '/displays',
    method: 'post',
    status: 422,
    url: '/displays',
    body: { ...body.newDisplay, name: ' ' },
    as: 'admin',
    code: 'invalidDisplay',
  },
  {
    path: '/displays/{id}',
    method: 'delete',
    status: 204,
    url: () => `/displays/${made.id}`,
    as: 'admin',
    setUp: newDisplay,
  },
  ...refusals({ path: '/displays/{id}', method: 'delete', url: '/displays/any' }, ADMIN_ONLY),
  { path: '/displays/{id}', method: 'delete', status: 404, url: '/displays/nope', as: 'admin' },

  { path: '/demo/reset', method: 'post', status: 204, url: '/demo/reset' },
  {
    path: '/demo/reset',
    method: 'post',
    status: 401,
    url: '/demo/reset',
    as: 'revokedDisplay',
    code: 'displayRevoked',
  },
  {
    path: '/demo/reset',
    method: 'post',
    status: 403,
    url: '/demo/reset',
    headers: ELSEWHERE,
    code: 'crossOrigin',
  },
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
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

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

    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    const answers = operations.flatMap(({ path, method, op }) =>
      Object.keys(op.responses)
        .filter((s) => s !== '5XX' && !SERVER_ONLY.has(s))
        .map((s) => `${method} ${path} ${s}`),
    );
    expect([...new Set(CASES.map((c) => `${c.method} ${c.path} ${c.status}`))].sort()).toEqual(
      answers.sort(),
    );

    // Each refusal an answer names is met by a case, unless only the server can give it.
    const codes = operations.flatMap(({ path, method, op }) =>
      Object.entries(op.responses).flatMap(([status, response]) =>
        codesOf(response)
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
