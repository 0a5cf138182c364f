// The OpenAPI test's requests for the alerts: inbox, follows, notification settings, webhooks and
// their test messages, through the mock API (answers only a server gives: tests/server).
import { expect } from 'vitest';
import { mockAlertsStore } from '@mocks/alerts-db';
import { FOLLOW_LIMIT } from '@/domain/inbox';
import { ADMIN_ONLY, refusals, type Case } from './openapi-cases';
import { send } from './openapi-principals';

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

/** The webhook the last set-up made (signed in as an admin). */
const madeHook = { id: '' };
async function newHook() {
  const res = await send('post', '/webhooks', hook);
  expect(res.status, 'create a webhook').toBe(201);
  madeHook.id = (res.body as { id: string }).id;
}

/** An alert in finance's inbox: the pilot zone reported delayed through the form. */
async function slip() {
  const etag = (await send('get', '/indicators/sci-fin-pilot-zone')).headers.get('ETag') ?? '';
  const saved = await send(
    'post',
    '/indicators/sci-fin-pilot-zone/milestone-updates',
    { update: { date: '2026-11-20', state: 'delayed', provenance: { kind: 'illustrative' } } },
    { 'If-Match': etag },
  );
  expect(saved.status, 'record a slip').toBe(201);
}

const account = (base: Omit<Case, 'status' | 'as' | 'code'>) => refusals(base, []);

export const ALERT_CASES: Case[] = [
  { path: '/inbox', method: 'get', status: 200, url: '/inbox', as: 'finance', setUp: slip },
  ...account({ path: '/inbox', method: 'get', url: '/inbox' }),
  {
    path: '/inbox/read',
    method: 'post',
    status: 204,
    url: '/inbox/read',
    as: 'finance',
    body: { all: true },
  },
  {
    path: '/inbox/read',
    method: 'post',
    status: 400,
    url: '/inbox/read',
    as: 'finance',
    body: { keys: 'all' },
    malformed: true,
  },
  ...account({ path: '/inbox/read', method: 'post', url: '/inbox/read', body: { all: true } }),

  { path: '/follows', method: 'get', status: 200, url: '/follows', as: 'viewer' },
  ...account({ path: '/follows', method: 'get', url: '/follows' }),
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 204,
    url: '/follows/thrust/T4',
    as: 'viewer',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 404,
    url: '/follows/indicator/no-such-indicator',
    as: 'viewer',
    code: 'notFound',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'put',
    status: 409,
    url: '/follows/thrust/T4',
    as: 'viewer',
    code: 'tooManyFollows',
    setUp: async () => {
      for (let i = 0; i < FOLLOW_LIMIT; i += 1) {
        await mockAlertsStore.follow('viewer', 'indicator', `i-${i}`, FOLLOW_LIMIT);
      }
    },
  },
  ...account({ path: '/follows/{kind}/{id}', method: 'put', url: '/follows/thrust/T4' }),
  {
    path: '/follows/{kind}/{id}',
    method: 'delete',
    status: 204,
    url: '/follows/thrust/T4',
    as: 'viewer',
  },
  {
    path: '/follows/{kind}/{id}',
    method: 'delete',
    status: 404,
    url: '/follows/planet/T4',
    as: 'viewer',
    code: 'notFound',
  },
  ...account({ path: '/follows/{kind}/{id}', method: 'delete', url: '/follows/thrust/T4' }),

  {
    path: '/notification-settings',
    method: 'get',
    status: 200,
    url: '/notification-settings',
    as: 'finance',
  },
  ...account({ path: '/notification-settings', method: 'get', url: '/notification-settings' }),
  {
    path: '/notification-settings',
    method: 'put',
    status: 200,
    url: '/notification-settings',
    as: 'finance',
    body: settings,
  },
  {
    path: '/notification-settings',
    method: 'put',
    status: 400,
    url: '/notification-settings',
    as: 'finance',
    body: '{"email',
    malformed: true,
  },
  {
    path: '/notification-settings',
    method: 'put',
    status: 422,
    url: '/notification-settings',
    as: 'finance',
    body: { ...settings, email: 'not an address' },
    malformed: true,
  },
  ...account({
    path: '/notification-settings',
    method: 'put',
    url: '/notification-settings',
    body: settings,
  }),
  {
    path: '/notification-settings/test',
    method: 'post',
    status: 501,
    url: '/notification-settings/test',
    as: 'finance',
    code: 'notInDemo',
  },
  ...account({
    path: '/notification-settings/test',
    method: 'post',
    url: '/notification-settings/test',
  }),

  { path: '/webhooks', method: 'get', status: 200, url: '/webhooks', as: 'admin', setUp: newHook },
  ...refusals({ path: '/webhooks', method: 'get', url: '/webhooks' }, ADMIN_ONLY),
  { path: '/webhooks', method: 'post', status: 201, url: '/webhooks', as: 'admin', body: hook },
  {
    path: '/webhooks',
    method: 'post',
    status: 400,
    url: '/webhooks',
    as: 'admin',
    body: 'not json',
    malformed: true,
  },
  {
    path: '/webhooks',
    method: 'post',
    status: 422,
    url: '/webhooks',
    as: 'admin',
    body: { ...hook, url: 'https://169.254.169.254/latest/meta-data' },
    code: 'invalidWebhook',
  },
  ...refusals({ path: '/webhooks', method: 'post', url: '/webhooks', body: hook }, ADMIN_ONLY),
  {
    path: '/webhooks/{id}',
    method: 'delete',
    status: 204,
    url: () => `/webhooks/${madeHook.id}`,
    as: 'admin',
    setUp: newHook,
  },
  { path: '/webhooks/{id}', method: 'delete', status: 404, url: '/webhooks/nope', as: 'admin' },
  ...refusals({ path: '/webhooks/{id}', method: 'delete', url: '/webhooks/any' }, ADMIN_ONLY),
  {
    path: '/webhooks/{id}/test',
    method: 'post',
    status: 501,
    url: () => `/webhooks/${madeHook.id}/test`,
    as: 'admin',
    code: 'notInDemo',
    setUp: newHook,
  },
  {
    path: '/webhooks/{id}/test',
    method: 'post',
    status: 404,
    url: '/webhooks/nope/test',
    as: 'admin',
  },
  ...refusals(
    { path: '/webhooks/{id}/test', method: 'post', url: '/webhooks/any/test' },
    ADMIN_ONLY,
  ),
];
