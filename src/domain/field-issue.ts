// What every change request shares: why a value was refused, field by field (the form, a CSV
// import, the API's 422), and the author field older clients send. A module of its own so the API
// client, which reads refusals on every screen, does not bring the entry rules
// (src/domain/entry.ts) onto the first screen with it.
import { z } from './zod';

/** Why a field was refused; the interface words each code in both languages. */
export const issueCodeSchema = z.enum([
  'required',
  'notANumber',
  'notADate',
  'futureDate',
  'afterSource',
  'outOfRange',
  'notWhole',
  'reportedWithoutSource',
  'citationRequired',
  'unknownOption',
  'unknownIndicator',
  'unknownDepartment',
  'wrongKind',
  'formulaLike',
  'duplicateInFile',
  'tooLong',
  'tooEarly',
  'outsideScope',
  /** A webhook's address: https only, unless the server's allow-list names its host. */
  'httpsRequired',
  /** A webhook's address points inside (loopback, private, link-local, metadata). */
  'internalAddress',
]);
export type IssueCode = z.infer<typeof issueCodeSchema>;

/**
 * One refused field. `path` is dotted, relative to the record (`value`,
 * `provenance.citation.source`); `params` carry numbers the message needs (the plausible range).
 */
export const fieldIssueSchema = z.object({
  path: z.string(),
  code: issueCodeSchema,
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  /** The same in English words, for API clients that do not localise. */
  message: z.optional(z.string()),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/**
 * A name a client sends with a change. Older clients send one; it is accepted and ignored: the
 * audit trail names the signed-in account that made the change.
 */
export const authorSchema = z.optional(z.string().check(z.maxLength(80)));
