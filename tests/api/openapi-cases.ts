// The requests the OpenAPI test sends: one or more per documented answer, each as the principal
// it needs. Records and reads here; sessions, accounts and screens in openapi-account-cases.ts.
import { vi } from 'vitest';
import { NEW_DISPLAY, type As, type Method } from './openapi-principals';

export const body = {
  // `author` is optional and ignored (the audit trail names the signed-in account): only the
  // import below still sends one.
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
  newDisplay: NEW_DISPLAY,
};

/**
 * Answers a request through MSW cannot give: the server's body limit (tests/server), and the read
 * gate of READ_ACCESS=signed-in, since the mock API reads publicly (tests/server/sessions).
 */
export const SERVER_ONLY = new Set(['413']);
const READS = [
  '/programme',
  '/thrusts',
  '/departments',
  '/indicators',
  '/indicators/{id}',
  '/indicators/{id}/audit',
];
export const serverOnlyCode = (method: string, path: string, status: string, code: string) =>
  method === 'get' &&
  READS.includes(path) &&
  status === '401' &&
  ['signInRequired', 'sessionExpired'].includes(code);

/** The version every indicator of the shipped data set starts at. */
export const V1 = { 'If-Match': '"1"' };
/** A page of another site, as a browser names it in a request it sends from there. */
export const ELSEWHERE = { Origin: 'https://elsewhere.example' };

/** One real request for a documented answer. */
export interface Case {
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

/** An operation's refusals of whoever may not ask it, before the body or the target is looked at. */
export function refusals(
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
export const ADMIN_ONLY = [
  { as: 'viewer' as const, code: 'adminOnly' },
  { as: 'finance' as const, code: 'adminOnly' },
];
/** A read that a wall screen an admin has unpaired is refused. */
export const readOfRevoked = (path: string, url: string): Case => ({
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

export const RECORD_CASES: Case[] = [
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
];

/** The browser refuses to store anything more, as a full localStorage does. */
export function storageFull() {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}
