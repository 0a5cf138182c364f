// The alerts' endpoints (issue 17), as OpenAPI paths. Both homes of the API have them (the server
// over SQL, the mock API over localStorage). What only a server can do (send a test message)
// answers differently in each: the answers only the server gives are marked `x-server-only` and
// asked of the server (tests/server/openapi-alerts.test.ts), the demo's `501` `x-demo-only`.
import { body, json, problem } from './openapi-components';
import { adminRefusals, crossOrigin, refusal, serverError, SESSION } from './openapi-answers';

const SERVER_ONLY = { 'x-server-only': true } as const;
const DEMO_ONLY = { 'x-demo-only': true } as const;

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

const notInDemo = {
  501: {
    ...refusal(
      'The demo (the mock API, in the browser) sends nothing (`notInDemo`): on the server this sends a test message.',
      ['notInDemo'],
    ),
    ...DEMO_ONLY,
  },
};
const tooSoon = {
  429: {
    ...problem(
      'A test was sent a moment ago (`tooManyTests`); `Retry-After` says when to ask again.',
    ),
    ...SERVER_ONLY,
  },
};
const tested = {
  200: {
    ...json(
      'TestDelivery',
      'The test message was sent once, now: delivered, or why not, as a category (`timeout`, `unreachable`, `blockedAddress`, `redirect`, `rejected`, `robotRefused`, `tls`).',
    ),
    ...SERVER_ONLY,
  },
};

export const ALERT_PATHS = {
  '/inbox': {
    get: {
      operationId: 'getInbox',
      summary:
        'The signed-in account’s alerts, newest first (at most 100), and how many are unread',
      security: SESSION,
      parameters: [
        {
          name: 'lang',
          in: 'query',
          required: false,
          description:
            'The language of the messages (the reader’s); without it, the language of the account’s notification settings.',
          schema: { type: 'string', enum: ['zh', 'en'] },
        },
      ],
      responses: {
        200: json(
          'InboxResponse',
          'The inbox, each alert with its message in the account’s language: a title, what happened, and the facts (old and new, who recorded it and when, the reason), each marked when it rests on illustrative data.',
        ),
        ...accountRefusals(false),
        ...serverError,
      },
    },
  },
  '/inbox/read': {
    post: {
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
      operationId: 'follow',
      summary: 'Follow an indicator, a thrust or a department: its alerts reach this account too',
      security: SESSION,
      parameters: followParams,
      responses: {
        204: { description: 'Followed (or already was).' },
        404: refusal(
          'Not something one can follow: no such kind, or no such indicator, thrust or department (`notFound`).',
          ['notFound'],
        ),
        409: refusal(
          'The account follows 200 things already (`tooManyFollows`); nothing was added.',
          ['tooManyFollows'],
        ),
        ...accountRefusals(true),
        ...serverError,
      },
    },
    delete: {
      operationId: 'unfollow',
      summary: 'Stop following it',
      security: SESSION,
      parameters: followParams,
      responses: {
        204: { description: 'Not followed (any more).' },
        404: refusal('No such kind of thing to follow (`notFound`).', ['notFound']),
        ...accountRefusals(true),
        ...serverError,
      },
    },
  },
  '/notification-settings': {
    get: {
      operationId: 'getNotificationSettings',
      summary:
        'How the signed-in account hears (email, email alerts, digest, language), and whether this home can send email',
      security: SESSION,
      responses: {
        200: json(
          'NotificationSettingsResponse',
          'The settings (defaults until the account saves some); `emailDelivery` is `ready`, `notConfigured` (a server without SMTP_URL: alerts reach the inbox only) or `demo`.',
        ),
        ...accountRefusals(false),
        ...serverError,
      },
    },
    put: {
      operationId: 'putNotificationSettings',
      summary: 'Change them',
      security: SESSION,
      requestBody: body('NotificationSettings'),
      responses: {
        200: json('NotificationSettingsResponse', 'The settings as saved.'),
        400: problem('The body is not JSON.'),
        422: problem('A setting is not valid (`invalidSettings`), e.g. not an email address.'),
        ...accountRefusals(true),
        ...serverError,
      },
    },
  },
  '/notification-settings/test': {
    post: {
      operationId: 'testEmail',
      summary: 'Send a test email, now, to the saved address',
      security: SESSION,
      responses: {
        ...tested,
        409: {
          ...problem(
            'Nothing to send with or to: this server has no mail server (`emailNotConfigured`), or no address is saved (`noEmailAddress`).',
          ),
          ...SERVER_ONLY,
        },
        ...tooSoon,
        ...notInDemo,
        ...accountRefusals(true),
        ...serverError,
      },
    },
  },
  '/webhooks': {
    get: {
      operationId: 'listWebhooks',
      summary: 'Admins: the webhooks, each with its failing or retrying deliveries',
      security: SESSION,
      responses: {
        200: json(
          'WebhookList',
          'Every webhook; a URL is shown without its credentials, query and fragment, a failed delivery by the category of why.',
        ),
        ...adminRefusals(false),
        ...serverError,
      },
    },
    post: {
      operationId: 'createWebhook',
      summary:
        'Admins: a webhook for alerts (generic JSON, or a WeCom or DingTalk group robot), signed with its secret',
      security: SESSION,
      requestBody: body('NewWebhook'),
      responses: {
        201: json('CreatedWebhook', 'Made.'),
        400: problem('The body is not JSON.'),
        422: refusal(
          'A field is not valid (`invalidWebhook`); for the URL, `issues` say why: `httpsRequired` (https only, unless the server’s WEBHOOK_ALLOW names the host) or `internalAddress` (loopback, private, link-local or metadata, in any notation).',
          ['invalidWebhook'],
        ),
        ...adminRefusals(true),
        ...serverError,
      },
    },
  },
  '/webhooks/{id}': {
    delete: {
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
  '/webhooks/{id}/test': {
    post: {
      operationId: 'testWebhook',
      summary: 'Admins: send a test message to a webhook, now',
      security: SESSION,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        ...tested,
        404: problem('No such webhook.'),
        ...tooSoon,
        ...notInDemo,
        ...adminRefusals(true),
        ...serverError,
      },
    },
  },
};
