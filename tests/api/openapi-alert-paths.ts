// The alerts' endpoints (issue 17), as OpenAPI paths. Only the server has them (the mock API
// answers 404 and the views leave alerts out), so each operation is marked `x-server-only` and
// its answers are asked of the server (tests/server/openapi-alerts.test.ts), not of MSW.
import { body, json, problem } from './openapi-components';
import { adminRefusals, crossOrigin, refusal, serverError, SESSION } from './openapi-answers';

const SERVER_ONLY = { 'x-server-only': true } as const;

/** Who has no inbox: not signed in, a session that has ended, a wall screen. */
const accountRefusals = (unsafe: boolean) => ({
  401: refusal(
    'Not signed in (`signInRequired`), or the session has ended (`sessionExpired`), or a wall screen an admin has unpaired (`displayRevoked`).',
    ['signInRequired', 'sessionExpired', 'displayRevoked'],
  ),
  403: refusal(
    `A wall screen has no inbox (\`readOnlyDisplay\`)${unsafe ? `; or ${crossOrigin}` : '.'}`,
    unsafe ? ['readOnlyDisplay', 'crossOrigin'] : ['readOnlyDisplay'],
  ),
});

const followParams = [
  {
    name: 'kind',
    in: 'path',
    required: true,
    schema: { type: 'string', enum: ['indicator', 'thrust', 'department'] },
  },
  {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The indicator, thrust (T1–T4) or department id.',
    schema: { type: 'string' },
  },
];

export const ALERT_PATHS = {
  '/inbox': {
    get: {
      ...SERVER_ONLY,
      operationId: 'getInbox',
      summary:
        'The signed-in account’s alerts, newest first (at most 100), and how many are unread',
      security: SESSION,
      responses: {
        200: json(
          'InboxResponse',
          'The inbox, each alert with its message in the account’s language.',
        ),
        ...accountRefusals(false),
        ...serverError,
      },
    },
  },
  '/inbox/read': {
    post: {
      ...SERVER_ONLY,
      operationId: 'markInboxRead',
      summary: 'Marks some alerts (`keys`) or all of them (`all: true`) read',
      security: SESSION,
      requestBody: body('MarkRead'),
      responses: {
        204: { description: 'Marked.' },
        400: problem('The body is neither `{ keys }` nor `{ all: true }`.'),
        ...accountRefusals(true),
        ...serverError,
      },
    },
  },
  '/follows': {
    get: {
      ...SERVER_ONLY,
      operationId: 'listFollows',
      summary: 'What the signed-in account follows',
      security: SESSION,
      responses: {
        200: json('FollowList', 'Indicators, thrusts and departments followed.'),
        ...accountRefusals(false),
        ...serverError,
      },
    },
  },
  '/follows/{kind}/{id}': {
    put: {
      ...SERVER_ONLY,
      operationId: 'follow',
      summary: 'Follow an indicator, a thrust or a department: its alerts reach this account too',
      security: SESSION,
      parameters: followParams,
      responses: {
        204: { description: 'Followed (or already was).' },
        404: problem('Not something one can follow.'),
        ...accountRefusals(true),
        ...serverError,
      },
    },
    delete: {
      ...SERVER_ONLY,
      operationId: 'unfollow',
      summary: 'Stop following it',
      security: SESSION,
      parameters: followParams,
      responses: {
        204: { description: 'Not followed (any more).' },
        ...accountRefusals(true),
        ...serverError,
      },
    },
  },
  '/notification-settings': {
    get: {
      ...SERVER_ONLY,
      operationId: 'getNotificationSettings',
      summary: 'How the signed-in account hears: email, email alerts, digest, language',
      security: SESSION,
      responses: {
        200: json('NotificationSettings', 'The settings (defaults until the account saves some).'),
        ...accountRefusals(false),
        ...serverError,
      },
    },
    put: {
      ...SERVER_ONLY,
      operationId: 'putNotificationSettings',
      summary: 'Change them',
      security: SESSION,
      requestBody: body('NotificationSettings'),
      responses: {
        200: json('NotificationSettings', 'The settings as saved.'),
        422: problem('A setting is not valid (`invalidSettings`), e.g. not an email address.'),
        ...accountRefusals(true),
        ...serverError,
      },
    },
  },
  '/webhooks': {
    get: {
      ...SERVER_ONLY,
      operationId: 'listWebhooks',
      summary: 'Admins: the webhooks, each with its failing or retrying deliveries',
      security: SESSION,
      responses: {
        200: json('WebhookList', 'Every webhook; a URL is shown without its query string.'),
        ...adminRefusals(false),
        ...serverError,
      },
    },
    post: {
      ...SERVER_ONLY,
      operationId: 'createWebhook',
      summary:
        'Admins: a webhook for alerts (generic JSON, or a WeCom or DingTalk group robot), signed with its secret',
      security: SESSION,
      requestBody: body('NewWebhook'),
      responses: {
        201: json('CreatedWebhook', 'Made.'),
        422: problem('A field is not valid (`invalidWebhook`).'),
        ...adminRefusals(true),
        ...serverError,
      },
    },
  },
  '/webhooks/{id}': {
    delete: {
      ...SERVER_ONLY,
      operationId: 'deleteWebhook',
      summary: 'Admins: remove a webhook',
      security: SESSION,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        204: { description: 'Removed.' },
        404: problem('No such webhook.'),
        ...adminRefusals(true),
        ...serverError,
      },
    },
  },
};
