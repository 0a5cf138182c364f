// The one API client: builds URLs from the configured base, parses every response with zod.
import type { z } from 'zod';
import { config } from '@/config/env';
import { apiReady } from './ready';
import { apiProblemSchema } from '@/domain/api-problem';
import type { ImportReport } from '@/domain/csv-import';
import type { FieldIssue } from '@/domain/entry';

export type ApiErrorCode = 'http' | 'network' | 'invalidPayload';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** 4xx answers will not change on a retry; network and 5xx failures may. */
  get transient(): boolean {
    return this.code === 'network' || (this.status !== null && this.status >= 500);
  }
}

/**
 * A 422: the server understood the request and refused it. `issues` name the refused fields (a
 * form maps them to its inputs); `report` is the per-row verdict of a refused import.
 */
export class ApiValidationError extends ApiError {
  constructor(
    message: string,
    readonly issues: FieldIssue[],
    readonly report: ImportReport | null,
  ) {
    super('http', message, 422);
    this.name = 'ApiValidationError';
  }
}

export function apiUrl(path: string, params?: URLSearchParams): string {
  const url = new URL(`${config.apiBaseUrl}${path}`);
  if (params) url.search = params.toString();
  return url.toString();
}

export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { params?: URLSearchParams; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return request(apiUrl(path, options.params), { signal: options.signal ?? null }, schema);
}

/** A POST, PUT or DELETE with a JSON body; `schema` null for an answer without one (204). */
export async function apiSend<S extends z.ZodType>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  schema: S | null,
  options: { signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return request(
    apiUrl(path),
    {
      method,
      signal: options.signal ?? null,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    },
    schema,
  );
}

export function apiPost<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S | null,
): Promise<z.infer<S>> {
  return apiSend('POST', path, body, schema);
}

async function request<S extends z.ZodType>(
  url: string,
  init: RequestInit,
  schema: S | null,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    await apiReady();
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...(init.headers as Record<string, string>) },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.ok && schema === null) return undefined as z.infer<S>;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      response.ok ? 'invalidPayload' : 'http',
      'response is not JSON',
      response.status,
    );
  }
  if (!response.ok) {
    const parsed = apiProblemSchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
    if (response.status === 422 && parsed.success) {
      const { issues = [], report = null } = parsed.data.error;
      throw new ApiValidationError(message, issues, report);
    }
    throw new ApiError('http', message, response.status);
  }
  const parsed = (schema as S).safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      'invalidPayload',
      parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .slice(0, 3)
        .join('; '),
      response.status,
    );
  }
  return parsed.data;
}
