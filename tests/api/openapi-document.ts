// The API contract as an OpenAPI 3.1 document, built from the zod schemas the client and the mock
// handlers share, so the three cannot drift apart. docs/openapi.json is this, written out.
import { ALERT_PATHS } from './openapi-alert-paths';
import { MAX_IMPORT_ROWS } from '@/domain/csv-import';
import { MAX_QUERY_LENGTH, STATUS_FILTERS } from '@/domain/filters';
import { thrustIdSchema } from '@/domain/schemas';
import { ACCOUNT_PATHS } from './openapi-account-paths';
import {
  adminRefusals,
  ANYONE,
  crossOrigin,
  crossOriginRefusal,
  etagHeader,
  idParam,
  ifMatchParam,
  ifNoneMatchParam,
  notModified,
  readGate,
  recordRefusals,
  refusal,
  SESSION,
  serverError,
  unauthenticated,
  writeAnswers,
} from './openapi-answers';
import { body, componentSchemas, json, problem, ref, type Json } from './openapi-components';

export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'New Quality Productive Forces Tracker API',
      version: '1.0.0',
      description:
        'The programme, its thrusts, departments and indicators; recording observations, milestone updates and (admins) targets with an audit trail; all-or-nothing CSV imports; accounts, sessions and paired wall screens. Reading is public or needs an account (the server’s READ_ACCESS; the mock API reads publicly); every change needs a signed-in account whose role and departments allow it (the session cookie, see `session`): 401 for no live session, 403 for a principal that may not, or for an unsafe request from another site. Every body is JSON. Reads carry an ETag; a write names the version it is based on in If-Match. Errors answer `Problem`: 400 for a malformed request, 404 for an unknown id, 412 when another change came first, 401/403 as above, 422 for a well-formed request refused by a rule (with `issues` naming the fields, or `report` naming the rows of an import). The server (`npm start`) and the mock API (MSW) run the same app (src/api) and answer alike; the server also has GET /healthz and /readyz outside /api.',
    },
    servers: [{ url: '/api', description: 'Relative to the page; see VITE_API_BASE_URL.' }],
    paths: {
      '/programme': {
        get: {
          operationId: 'getProgramme',
          security: ANYONE,
          summary: 'The programme and the press conference it was presented at',
          responses: { 200: json('Programme', 'The programme.'), ...readGate, ...serverError },
        },
      },
      '/thrusts': {
        get: {
          operationId: 'listThrusts',
          security: ANYONE,
          summary: 'The four thrusts',
          responses: {
            200: json('ThrustList', 'Every thrust, in order.'),
            ...readGate,
            ...serverError,
          },
        },
      },
      '/departments': {
        get: {
          operationId: 'listDepartments',
          security: ANYONE,
          summary: 'The bodies that own indicators',
          responses: {
            200: json('DepartmentList', 'Every department.'),
            ...readGate,
            ...serverError,
          },
        },
      },
      '/indicators': {
        get: {
          operationId: 'listIndicators',
          security: ANYONE,
          summary: 'Indicators, optionally filtered',
          parameters: [
            {
              name: 'dept',
              in: 'query',
              description: 'Owning department ids; repeat or comma-separate for several.',
              style: 'form',
              explode: true,
              schema: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-,]+$' } },
            },
            {
              name: 'thrust',
              in: 'query',
              schema: { type: 'string', enum: thrustIdSchema.options },
            },
            {
              name: 'status',
              in: 'query',
              description: 'Status on `asOf`, or `stale`.',
              schema: { type: 'string', enum: [...STATUS_FILTERS] },
            },
            {
              name: 'q',
              in: 'query',
              description: 'Words that must all occur in the name, description or quote.',
              schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
            },
            {
              name: 'asOf',
              in: 'query',
              description: 'The day statuses are judged on; today by default.',
              schema: { type: 'string', format: 'date' },
            },
            ifNoneMatchParam,
          ],
          responses: {
            200: { ...json('IndicatorList', 'The matching indicators.'), headers: etagHeader },
            304: notModified,
            400: problem('An unknown or malformed parameter.'),
            ...readGate,
            ...serverError,
          },
        },
      },
      '/indicators/{id}': {
        get: {
          operationId: 'getIndicator',
          security: ANYONE,
          summary: 'One indicator with all its observations, targets or updates',
          parameters: [idParam, ifNoneMatchParam],
          responses: {
            200: { ...json('Indicator', 'The indicator.'), headers: etagHeader },
            304: notModified,
            404: problem('No indicator has this id.'),
            ...readGate,
            ...serverError,
          },
        },
      },
      '/indicators/{id}/observations': {
        post: {
          operationId: 'recordObservation',
          security: SESSION,
          summary: 'Record an observation (one on the same date is replaced)',
          parameters: [idParam, ifMatchParam],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ObservationInput') } },
          },
          responses: {
            201: {
              ...json('ChangeResponse', 'Saved: the indicator as it now is, and the audit entry.'),
              headers: etagHeader,
            },
            400: problem('The body is not JSON, or If-Match is not a version.'),
            404: problem('No indicator has this id.'),
            422: problem(
              'Refused: `issues` names each field and why (e.g. outOfRange, futureDate, tooEarly, tooLong, reportedWithoutSource).',
            ),
            ...recordRefusals,
            ...writeAnswers,
            ...serverError,
          },
        },
      },
      '/indicators/{id}/milestone-updates': {
        post: {
          operationId: 'recordMilestoneUpdate',
          security: SESSION,
          summary: 'Record a milestone’s progress (one on the same date is replaced)',
          parameters: [idParam, ifMatchParam],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('MilestoneUpdateInput') } },
          },
          responses: {
            201: {
              ...json('ChangeResponse', 'Saved: the indicator as it now is, and the audit entry.'),
              headers: etagHeader,
            },
            400: problem('The body is not JSON, or If-Match is not a version.'),
            404: problem('No indicator has this id.'),
            422: problem('Refused: `issues` names each field and why.'),
            ...recordRefusals,
            ...writeAnswers,
            ...serverError,
          },
        },
      },
      '/indicators/{id}/targets': {
        post: {
          operationId: 'setTarget',
          summary: 'An admin sets a quantitative indicator’s target, with the reason',
          description:
            'The new target is set today (`setOn`) and supersedes the one in force; one set earlier the same day is replaced. Its audit entry (`field: target`) keeps the reason.',
          security: SESSION,
          parameters: [idParam, ifMatchParam],
          requestBody: body('TargetChangeInput'),
          responses: {
            201: {
              ...json('ChangeResponse', 'Saved: the indicator as it now is, and the audit entry.'),
              headers: etagHeader,
            },
            400: problem('The body is not JSON, or If-Match is not a version.'),
            ...adminRefusals(true),
            404: problem('No indicator has this id.'),
            422: problem(
              'Refused: `issues` names each field and why (e.g. wrongKind for a milestone, outOfRange, notWhole, reportedWithoutSource).',
            ),
            ...writeAnswers,
            ...serverError,
          },
        },
      },
      '/indicators/{id}/audit': {
        get: {
          operationId: 'listAuditEntries',
          security: ANYONE,
          summary: 'Who changed what on this indicator, newest first',
          parameters: [idParam],
          responses: {
            200: json('AuditList', 'The audit trail.'),
            404: problem('No indicator has this id.'),
            ...readGate,
            ...serverError,
          },
        },
      },
      '/imports': {
        post: {
          operationId: 'importObservations',
          security: SESSION,
          summary: `Import up to ${MAX_IMPORT_ROWS} observations from CSV rows, all or none`,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ImportRequest') } },
          },
          responses: {
            201: json('ImportReport', 'Every row was valid and has been written.'),
            400: problem('The body is not JSON.'),
            422: problem(
              'Refused, nothing written: `report` gives every row’s verdict (or `issues`, when the request itself is malformed).',
            ),
            401: unauthenticated,
            403: refusal(
              `Not allowed, nothing written: a wall screen (\`readOnlyDisplay\`) or a viewer (\`viewerReadOnly\`); or ${crossOrigin} An editor’s rows for indicators outside their departments are refused by row, in a 422.`,
              ['readOnlyDisplay', 'viewerReadOnly', 'crossOrigin'],
            ),
            413: writeAnswers[413],
            507: writeAnswers[507],
            ...serverError,
          },
        },
      },
      ...ACCOUNT_PATHS,
      ...ALERT_PATHS,
      '/events': {
        get: {
          operationId: 'changeFeed',
          security: ANYONE,
          summary: 'Every committed change, as it is committed (Server-Sent Events)',
          description:
            'A stream that stays open. Each committed change is one message `event: change`, `id: <revision>`, `data: ChangeEvent` (JSON), in commit order. A client without an id first gets `event: ready` with the current revision as its id. Reconnecting with `Last-Event-ID` (or `?lastEventId=`) sends every change after that id, then the live ones, with no gap and no repeat; an id older than the kept history (the last 10,000 changes) or not of this store gets `event: reset` (`data: FeedReset`): fetch everything again, then go on from its id. A comment line (`: heartbeat`) every 15 s keeps proxies from closing an idle stream. Several server instances on one database each deliver every change (PostgreSQL LISTEN/NOTIFY). The demo (mock API) answers it too; its own pages hear other tabs through a BroadcastChannel instead.',
          parameters: [
            {
              name: 'Last-Event-ID',
              in: 'header',
              required: false,
              description: 'The id of the last message received: resume after it.',
              schema: { type: 'string', pattern: '^\\d{1,15}$' },
            },
            {
              name: 'lastEventId',
              in: 'query',
              required: false,
              description:
                'The same, for a client opening a new EventSource (which cannot set headers).',
              schema: { type: 'string', pattern: '^\\d{1,15}$' },
            },
          ],
          responses: {
            200: {
              description:
                'The stream: `change` messages carry a ChangeEvent, `ready` and `reset` a FeedReset (`{ revision }`).',
              content: {
                'text/event-stream': {
                  schema: { type: 'string' },
                  // OpenAPI 3.2's itemSchema (each message's data), as an extension in 3.1.
                  'x-itemSchema': { oneOf: [ref('ChangeEvent'), ref('FeedReset')] },
                },
              },
            },
            400: problem('Last-Event-ID is not an id of this feed.'),
            ...readGate,
            ...serverError,
          },
        },
      },
      '/demo/reset': {
        post: {
          operationId: 'resetDemoData',
          summary: 'Mock backend only: restore the shipped demo data set',
          description: 'Exists only in the mocked API (MSW); a real deployment does not offer it.',
          tags: ['demo'],
          security: [],
          responses: {
            204: { description: 'Restored.' },
            401: refusal('This wall screen has been unpaired by an admin (`displayRevoked`).', [
              'displayRevoked',
            ]),
            ...crossOriginRefusal,
          },
        },
      },
    },
    security: SESSION,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'npf_session',
          description:
            'The session cookie `POST /session` (an account) or `POST /display-session` (a wall screen) sets: HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS; it holds a random 256-bit id, the server keeps only its SHA-256. An account’s session ends after SESSION_IDLE_MINUTES without a request or SESSION_MAX_HOURS after sign-in; a screen’s when an admin revokes it. The mock API keeps the id in localStorage (`npf-tracker:mock-session`) instead.',
        },
      },
    },
  };
}
