// The API contract as an OpenAPI 3.1 document, built from the zod schemas the client and the mock
// handlers share, so the three cannot drift apart. docs/openapi.json is this, written out.
import { z } from 'zod/mini';
import {
  accountChangeSchema,
  accountListResponseSchema,
  accountSchema,
  createdDisplayResponseSchema,
  demoAccountSchema,
  displayListResponseSchema,
  displayPlaylistSchema,
  displaySchema,
  newAccountSchema,
  newDisplaySchema,
  pairDisplaySchema,
  principalSchema,
  readAccessSchema,
  roleSchema,
  sessionResponseSchema,
  signInSchema,
  targetChangeInputSchema,
} from '@/domain/accounts';
import { apiProblemSchema } from '@/domain/api-problem';
import { auditEntrySchema, auditListResponseSchema, changeResponseSchema } from '@/domain/audit';
import { importReportSchema, importRequestSchema, MAX_IMPORT_ROWS } from '@/domain/csv-import';
import {
  fieldIssueSchema,
  milestoneUpdateInputSchema,
  observationInputSchema,
} from '@/domain/entry';
import { MAX_QUERY_LENGTH, STATUS_FILTERS } from '@/domain/filters';
import {
  citationSchema,
  departmentSchema,
  departmentsResponseSchema,
  indicatorSchema,
  localizedSchema,
  milestoneIndicatorSchema,
  milestoneUpdateSchema,
  observationSchema,
  programmeSchema,
  provenanceSchema,
  quantitativeIndicatorSchema,
  targetSchema,
  thrustIdSchema,
  thrustSchema,
  thrustsResponseSchema,
  indicatorsResponseSchema,
} from '@/domain/schemas';

/** Named components; anything used inside them is referenced, not repeated. */
const COMPONENTS = {
  Localized: localizedSchema,
  Citation: citationSchema,
  Provenance: provenanceSchema,
  Observation: observationSchema,
  MilestoneUpdate: milestoneUpdateSchema,
  Target: targetSchema,
  QuantitativeIndicator: quantitativeIndicatorSchema,
  MilestoneIndicator: milestoneIndicatorSchema,
  Indicator: indicatorSchema,
  Programme: programmeSchema,
  Thrust: thrustSchema,
  Department: departmentSchema,
  ThrustList: thrustsResponseSchema,
  DepartmentList: departmentsResponseSchema,
  IndicatorList: indicatorsResponseSchema,
  FieldIssue: fieldIssueSchema,
  ObservationInput: observationInputSchema,
  MilestoneUpdateInput: milestoneUpdateInputSchema,
  AuditEntry: auditEntrySchema,
  AuditList: auditListResponseSchema,
  ChangeResponse: changeResponseSchema,
  ImportRequest: importRequestSchema,
  ImportReport: importReportSchema,
  Problem: apiProblemSchema,
  Role: roleSchema,
  Principal: principalSchema,
  ReadAccess: readAccessSchema,
  DemoAccount: demoAccountSchema,
  SessionResponse: sessionResponseSchema,
  SignIn: signInSchema,
  Account: accountSchema,
  AccountList: accountListResponseSchema,
  NewAccount: newAccountSchema,
  AccountChange: accountChangeSchema,
  DisplayPlaylist: displayPlaylistSchema,
  Display: displaySchema,
  DisplayList: displayListResponseSchema,
  NewDisplay: newDisplaySchema,
  CreatedDisplay: createdDisplayResponseSchema,
  PairDisplay: pairDisplaySchema,
  TargetChangeInput: targetChangeInputSchema,
} satisfies Record<string, z.ZodMiniType>;

type Json = Record<string, unknown>;

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each component is a schema in the document, not a document of its own.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [
      id,
      Object.fromEntries(
        Object.entries(schema as Json).filter(([key]) => key !== '$schema' && key !== '$id'),
      ),
    ]),
  );
}

const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof COMPONENTS, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const problem = (description: string) => json('Problem', description);
const serverError = { '5XX': problem('The server failed; retrying may help.') };
const ifMatchParam = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description:
    'The version (ETag) of the indicator the change is based on, as `GET /indicators/{id}` gave it (e.g. `"3"`). A change saved since makes this a 412.',
  schema: { type: 'string', pattern: '^(W/)?"\\d{1,9}"$' },
};
const ifNoneMatchParam = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description:
    'The ETag of an answer the client holds; unchanged, the answer is a 304 without a body.',
  schema: { type: 'string' },
};
const etagHeader = {
  ETag: {
    description: 'The version of this answer, for If-None-Match (reads) and If-Match (writes).',
    schema: { type: 'string' },
  },
};
const notModified = { description: 'Unchanged since the ETag in If-None-Match.' };
/** What every write can also answer, besides its own refusals. */
const writeAnswers = {
  412: problem(
    'Another change was saved first: `current` is the record as it now is, `changes` what was saved since the If-Match version (who, when, what). Nothing was written.',
  ),
  413: problem('The body is larger than the server accepts (server only).'),
  428: problem('No If-Match header: a write must name the version it is based on.'),
  507: problem(
    'The store could not keep the change (the mock API: the browser refused to store it). Nothing was written.',
  ),
};
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The indicator id, e.g. `metro-gdp`.',
  schema: { type: 'string', pattern: '^[a-z0-9-]+$' },
};

const body = (name: keyof typeof COMPONENTS) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});

/** A refusal: the Problem, with the codes this answer carries (`error.code`). */
const refusal = (description: string, codes: readonly string[]) => ({
  description,
  content: {
    'application/json': {
      schema: {
        allOf: [
          ref('Problem'),
          {
            type: 'object',
            properties: { error: { type: 'object', properties: { code: { enum: codes } } } },
          },
        ],
      },
    },
  },
});

/** Who may call an operation: the session cookie, or nobody in particular. */
const SESSION = [{ session: [] }];
const ANYONE = [{}, { session: [] }];

const crossOrigin =
  '`crossOrigin`: an unsafe request from another site (an `Origin` that is not the server’s own, or `Sec-Fetch-Site: cross-site`).';
const unauthenticated = refusal(
  'Not signed in (`signInRequired`), a session that has ended: idle or absolute expiry, signed out, disabled or its sessions ended by an admin (`sessionExpired`), or a wall screen an admin has unpaired (`displayRevoked`). Nothing was written.',
  ['signInRequired', 'sessionExpired', 'displayRevoked'],
);
/** What the read gate answers (READ_ACCESS=signed-in); the mock API reads publicly. */
const readGate = {
  401: refusal(
    'Reading needs an account where the server runs with READ_ACCESS=signed-in: not signed in (`signInRequired`) or the session has ended (`sessionExpired`), both from the server only (the mock API reads publicly); or, anywhere, a wall screen an admin has unpaired (`displayRevoked`).',
    ['signInRequired', 'sessionExpired', 'displayRevoked'],
  ),
};
/** What every write of a record (observation, milestone update, import) answers who may not. */
const recordRefusals = {
  401: unauthenticated,
  403: refusal(
    `Not allowed, nothing written: a wall screen (\`readOnlyDisplay\`), a viewer (\`viewerReadOnly\`), an editor of departments that do not own this indicator (\`outsideScope\`); or ${crossOrigin}`,
    ['readOnlyDisplay', 'viewerReadOnly', 'outsideScope', 'crossOrigin'],
  ),
};
/** What an admin's operation answers anyone else; `unsafe` ones also refuse other sites. */
const adminRefusals = (unsafe: boolean) => ({
  401: unauthenticated,
  403: refusal(
    `Admins only: a wall screen (\`readOnlyDisplay\`), a viewer or an editor (\`adminOnly\`)${unsafe ? `; or ${crossOrigin}` : '.'}`,
    unsafe ? ['readOnlyDisplay', 'adminOnly', 'crossOrigin'] : ['readOnlyDisplay', 'adminOnly'],
  ),
});
const crossOriginRefusal = { 403: refusal(`Refused: ${crossOrigin}`, ['crossOrigin']) };
const setCookieHeader = {
  'Set-Cookie': {
    description:
      'The session cookie (server only): `npf_session=<id>; Path=/; HttpOnly; SameSite=Strict`, and `Secure` over HTTPS. The mock API keeps the id in its own jar (localStorage `npf-tracker:mock-session`), as a page cannot set an HttpOnly cookie.',
    schema: { type: 'string' },
  },
};
const usernameParam = {
  name: 'username',
  in: 'path',
  required: true,
  description: 'The account’s sign-in name, e.g. `finance`.',
  schema: { type: 'string' },
};
const displayIdParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The display’s id, as `GET /displays` lists it.',
  schema: { type: 'string' },
};

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
      '/session': {
        get: {
          operationId: 'getSession',
          summary: 'Who is asking, and whether anything can be read without signing in',
          security: ANYONE,
          responses: {
            200: json(
              'SessionResponse',
              'The principal (anonymous, an account or a wall screen); `demoAccounts` in mock mode only.',
            ),
            ...serverError,
          },
        },
        post: {
          operationId: 'signIn',
          summary: 'Sign in with a name and password',
          description:
            'Always starts a new session (a session id sent before is ended, never promoted). Throttled: 5 failures per account or 20 per address within 15 minutes refuse every attempt, a right password too, until the window has passed.',
          security: [],
          requestBody: body('SignIn'),
          responses: {
            200: {
              ...json('SessionResponse', 'Signed in: the account as a principal.'),
              headers: setCookieHeader,
            },
            400: problem('The body is not `{ username, password }` as JSON.'),
            401: refusal(
              'An unknown name, a wrong password and a disabled account get this one answer (`badCredentials`).',
              ['badCredentials'],
            ),
            ...crossOriginRefusal,
            429: {
              ...refusal('Too many failed sign-ins (`tooManyAttempts`).', ['tooManyAttempts']),
              headers: {
                'Retry-After': {
                  description: 'Seconds until sign-in may be tried again.',
                  required: true,
                  schema: { type: 'string', pattern: '^[1-9]\\d*$' },
                },
              },
            },
            ...serverError,
          },
        },
        delete: {
          operationId: 'signOut',
          summary: 'Sign out: the session ends and its cookie is cleared',
          security: ANYONE,
          responses: {
            204: { description: 'Signed out (or was not signed in).', headers: setCookieHeader },
            ...crossOriginRefusal,
            ...serverError,
          },
        },
      },
      '/display-session': {
        post: {
          operationId: 'pairDisplay',
          summary: 'A wall screen trades its pairing token for its own session',
          security: [],
          requestBody: body('PairDisplay'),
          responses: {
            200: {
              ...json('SessionResponse', 'Paired: the display as a principal.'),
              headers: setCookieHeader,
            },
            400: problem('The body is not `{ token }` as JSON, or the token is too short or long.'),
            401: refusal(
              'An unknown token (`badToken`), or a display an admin has revoked (`displayRevoked`).',
              ['badToken', 'displayRevoked'],
            ),
            ...crossOriginRefusal,
            ...serverError,
          },
        },
      },
      '/users': {
        get: {
          operationId: 'listAccounts',
          summary: 'Every account (admins only)',
          responses: {
            200: json('AccountList', 'Every account; never a password or its hash.'),
            ...adminRefusals(false),
            ...serverError,
          },
        },
        post: {
          operationId: 'createAccount',
          summary: 'Create an account with its password (admins only)',
          requestBody: body('NewAccount'),
          responses: {
            201: json('Account', 'Created.'),
            ...adminRefusals(true),
            409: refusal('The name is taken (`usernameTaken`).', ['usernameTaken']),
            422: refusal(
              'Refused (`invalidAccount`): the message names the field (a malformed name, a short password, an editor without departments, an unknown department; a body that is not JSON too).',
              ['invalidAccount'],
            ),
            ...serverError,
          },
        },
      },
      '/users/{username}': {
        patch: {
          operationId: 'changeAccount',
          summary: 'Change an account’s name, role, departments, password or disabled state',
          description:
            'A new `password` or `disabled: true` ends every session of the account. The last admin who can sign in can be neither disabled nor given another role.',
          parameters: [usernameParam],
          requestBody: body('AccountChange'),
          responses: {
            200: json('Account', 'The account as it now is.'),
            ...adminRefusals(true),
            404: problem('No account has this name.'),
            409: refusal('This is the last admin who can sign in (`lastAdmin`).', ['lastAdmin']),
            422: refusal(
              'Refused (`invalidAccount`): the message names the field (a short password, an editor without departments, an unknown department; a body that is not JSON too).',
              ['invalidAccount'],
            ),
            ...serverError,
          },
        },
      },
      '/users/{username}/sessions': {
        delete: {
          operationId: 'endAccountSessions',
          summary: 'End every session of an account (admins only)',
          parameters: [usernameParam],
          responses: {
            204: { description: 'Every session of the account has ended.' },
            ...adminRefusals(true),
            404: problem('No account has this name.'),
            ...serverError,
          },
        },
      },
      '/displays': {
        get: {
          operationId: 'listDisplays',
          summary: 'Every wall screen, revoked ones too (admins only)',
          responses: {
            200: json('DisplayList', 'Every display; never its token.'),
            ...adminRefusals(false),
            ...serverError,
          },
        },
        post: {
          operationId: 'createDisplay',
          summary: 'Add a wall screen: its show and a pairing link, shown once (admins only)',
          requestBody: body('NewDisplay'),
          responses: {
            201: json(
              'CreatedDisplay',
              'Created: `link` is `/pair#<token>`, relative to the app’s base; the token is not kept and cannot be shown again.',
            ),
            ...adminRefusals(true),
            422: refusal(
              'Refused (`invalidDisplay`): the message names the field (an empty name, an unknown department; a body that is not JSON too).',
              ['invalidDisplay'],
            ),
            ...serverError,
          },
        },
      },
      '/displays/{id}': {
        delete: {
          operationId: 'revokeDisplay',
          summary: 'Unpair a wall screen: its next request is refused (admins only)',
          parameters: [displayIdParam],
          responses: {
            204: { description: 'Revoked (or already was).' },
            ...adminRefusals(true),
            404: problem('No display has this id.'),
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
