// The document's named schemas, from the zod schemas the client and the mock handlers share, and
// the ways an operation refers to them.
import { alertEventSchema } from '@/domain/alerts';
import { changeEventSchema, feedResetSchema } from '@/domain/change-events';
import {
  createdWebhookSchema,
  followsResponseSchema,
  inboxResponseSchema,
  markReadSchema,
  newWebhookSchema,
  notificationSettingsResponseSchema,
  notificationSettingsSchema,
  testDeliveryResponseSchema,
  webhookListResponseSchema,
} from '@/domain/inbox';
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
import { importReportSchema, importRequestSchema } from '@/domain/csv-import';
import {
  fieldIssueSchema,
  milestoneUpdateInputSchema,
  observationInputSchema,
} from '@/domain/entry';
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
  thrustSchema,
  thrustsResponseSchema,
  indicatorsResponseSchema,
} from '@/domain/schemas';

/** Named components; anything used inside them is referenced, not repeated. */
export const COMPONENTS = {
  AlertEvent: alertEventSchema,
  InboxResponse: inboxResponseSchema,
  MarkRead: markReadSchema,
  FollowList: followsResponseSchema,
  NotificationSettings: notificationSettingsSchema,
  NotificationSettingsResponse: notificationSettingsResponseSchema,
  TestDelivery: testDeliveryResponseSchema,
  WebhookList: webhookListResponseSchema,
  NewWebhook: newWebhookSchema,
  CreatedWebhook: createdWebhookSchema,
  ChangeEvent: changeEventSchema,
  FeedReset: feedResetSchema,
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

export type Json = Record<string, unknown>;

export function componentSchemas(): Record<string, Json> {
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

export const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
export const json = (name: keyof typeof COMPONENTS, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
export const problem = (description: string) => json('Problem', description);
export const body = (name: keyof typeof COMPONENTS) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});
