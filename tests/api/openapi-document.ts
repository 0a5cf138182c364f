// The API contract as an OpenAPI 3.1 document, built from the zod schemas the client and the mock
// handlers share, so the three cannot drift apart. docs/openapi.json is this, written out.
import { z } from 'zod/mini';
import { apiProblemSchema } from '@/domain/api-problem';
import { auditEntrySchema, auditListResponseSchema, changeResponseSchema } from '@/domain/audit';
import { changeEventSchema, feedResetSchema } from '@/domain/change-events';
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
  ChangeEvent: changeEventSchema,
  FeedReset: feedResetSchema,
  Problem: apiProblemSchema,
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

export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'New Quality Productive Forces Tracker API',
      version: '1.0.0',
      description:
        'The programme, its thrusts, departments and indicators; recording observations and milestone updates with an audit trail; all-or-nothing CSV imports. Every body is JSON. Reads carry an ETag; a write names the version it is based on in If-Match. Errors answer `Problem`: 400 for a malformed request, 404 for an unknown id, 412 when another change came first, 422 for a well-formed request refused by a rule (with `issues` naming the fields, or `report` naming the rows of an import). The server (`npm start`) and the mock API (MSW) run the same app (src/api) and answer alike; the server also has GET /healthz and /readyz outside /api.',
    },
    servers: [{ url: '/api', description: 'Relative to the page; see VITE_API_BASE_URL.' }],
    paths: {
      '/programme': {
        get: {
          operationId: 'getProgramme',
          summary: 'The programme and the press conference it was presented at',
          responses: { 200: json('Programme', 'The programme.'), ...serverError },
        },
      },
      '/thrusts': {
        get: {
          operationId: 'listThrusts',
          summary: 'The four thrusts',
          responses: { 200: json('ThrustList', 'Every thrust, in order.'), ...serverError },
        },
      },
      '/departments': {
        get: {
          operationId: 'listDepartments',
          summary: 'The bodies that own indicators',
          responses: { 200: json('DepartmentList', 'Every department.'), ...serverError },
        },
      },
      '/indicators': {
        get: {
          operationId: 'listIndicators',
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
            ...serverError,
          },
        },
      },
      '/indicators/{id}': {
        get: {
          operationId: 'getIndicator',
          summary: 'One indicator with all its observations, targets or updates',
          parameters: [idParam, ifNoneMatchParam],
          responses: {
            200: { ...json('Indicator', 'The indicator.'), headers: etagHeader },
            304: notModified,
            404: problem('No indicator has this id.'),
            ...serverError,
          },
        },
      },
      '/indicators/{id}/observations': {
        post: {
          operationId: 'recordObservation',
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
            ...writeAnswers,
            ...serverError,
          },
        },
      },
      '/indicators/{id}/milestone-updates': {
        post: {
          operationId: 'recordMilestoneUpdate',
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
            ...writeAnswers,
            ...serverError,
          },
        },
      },
      '/indicators/{id}/audit': {
        get: {
          operationId: 'listAuditEntries',
          summary: 'Who changed what on this indicator, newest first',
          parameters: [idParam],
          responses: {
            200: json('AuditList', 'The audit trail.'),
            404: problem('No indicator has this id.'),
            ...serverError,
          },
        },
      },
      '/imports': {
        post: {
          operationId: 'importObservations',
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
            413: writeAnswers[413],
            507: writeAnswers[507],
            ...serverError,
          },
        },
      },
      '/events': {
        get: {
          operationId: 'changeFeed',
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
          responses: { 204: { description: 'Restored.' } },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
