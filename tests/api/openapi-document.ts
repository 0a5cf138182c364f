// The API contract as an OpenAPI 3.1 document, built from the zod schemas the client and the mock
// handlers share, so the three cannot drift apart. docs/openapi.json is this, written out.
import { z } from 'zod/mini';
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
        'The programme, its thrusts, departments and indicators; recording observations and milestone updates with an audit trail; all-or-nothing CSV imports. Every body is JSON. Errors answer `Problem`: 400 for a malformed request, 404 for an unknown id, 422 for a well-formed request refused by a rule (with `issues` naming the fields, or `report` naming the rows of an import).',
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
          ],
          responses: {
            200: json('IndicatorList', 'The matching indicators.'),
            400: problem('An unknown or malformed parameter.'),
            ...serverError,
          },
        },
      },
      '/indicators/{id}': {
        get: {
          operationId: 'getIndicator',
          summary: 'One indicator with all its observations, targets or updates',
          parameters: [idParam],
          responses: {
            200: json('Indicator', 'The indicator.'),
            404: problem('No indicator has this id.'),
            ...serverError,
          },
        },
      },
      '/indicators/{id}/observations': {
        post: {
          operationId: 'recordObservation',
          summary: 'Record an observation (one on the same date is replaced)',
          parameters: [idParam],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ObservationInput') } },
          },
          responses: {
            201: json('ChangeResponse', 'Saved: the indicator as it now is, and the audit entry.'),
            400: problem('The body is not JSON.'),
            404: problem('No indicator has this id.'),
            422: problem(
              'Refused: `issues` names each field and why (e.g. outOfRange, futureDate, reportedWithoutSource).',
            ),
            ...serverError,
          },
        },
      },
      '/indicators/{id}/milestone-updates': {
        post: {
          operationId: 'recordMilestoneUpdate',
          summary: 'Record a milestone’s progress (one on the same date is replaced)',
          parameters: [idParam],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('MilestoneUpdateInput') } },
          },
          responses: {
            201: json('ChangeResponse', 'Saved: the indicator as it now is, and the audit entry.'),
            400: problem('The body is not JSON.'),
            404: problem('No indicator has this id.'),
            422: problem('Refused: `issues` names each field and why.'),
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
