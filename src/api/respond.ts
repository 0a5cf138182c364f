// Answers in the API's one error shape: `{ error: { code, message, …details } }`.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AuditEntry } from '@/domain/audit';
import type { ImportReport } from '@/domain/import-schemas';
import type { FieldIssue } from '@/domain/entry';
import type { Indicator } from '@/domain/schemas';

export interface ProblemDetails {
  issues?: FieldIssue[];
  report?: ImportReport;
  /** 412: the record as it is now, and the changes made since the version the client had. */
  current?: Indicator;
  changes?: AuditEntry[];
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details: ProblemDetails = {},
) {
  return c.json({ error: { code, message, ...details } }, status);
}

export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => `${i.path || 'record'}: ${i.code}`).join('; ');
}

/** The JSON body of a request, or undefined when it has none or it is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return (await c.req.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** An id as it may be quoted back in a message: short, whatever was sent. */
export const quoteId = (id: string) => JSON.stringify(id.slice(0, 60));
