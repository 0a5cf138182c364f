// Answers in the API's one error shape: `{ error: { code, message, …details } }`.
import type { Context } from 'hono';
import type { z } from 'zod/mini';
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

/**
 * A JSON body checked with `schema`: its data, or the answer refusing it, `400` when it is not
 * JSON, `422` with `code` and the first refused field's name and words.
 */
export async function checkedBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  code: string,
): Promise<{ data: z.infer<S> } | { refused: Response }> {
  const body = await jsonBody(c);
  if (body === undefined)
    return { refused: problem(c, 400, 'badRequest', 'the body must be JSON') };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    refused: problem(
      c,
      422,
      code,
      `${String(issue?.path[0] ?? 'body')}: ${issue?.message ?? 'invalid'}`,
    ),
  };
}
