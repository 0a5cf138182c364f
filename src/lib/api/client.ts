// The one API client: builds URLs from the configured base, parses every response with zod.
import type { z } from 'zod/mini';
import { config } from '@/config/env';
import { apiReady } from './ready';
import { apiProblemSchema } from '@/domain/api-problem';
import type { AuditEntry } from '@/domain/audit';
import type { ImportReport } from '@/domain/import-schemas';
import type { Indicator } from '@/domain/schemas';
import type { FieldIssue } from '@/domain/entry';

/**
 * `malformed`: the answer is not JSON; `invalidPayload`: it is JSON but fails the schema; neither
 * is ever shown. `timeout`: no answer within the client's limit.
 */
export type ApiErrorCode = 'http' | 'network' | 'timeout' | 'malformed' | 'invalidPayload';

/** How long a request may take before the client gives up (ms); a wall screen must not hang. */
let requestTimeoutMs = 10_000;

/** Tests shorten the limit so a timeout scenario takes milliseconds; returns the previous limit. */
export function setRequestTimeout(ms: number): number {
  const previous = requestTimeoutMs;
  requestTimeoutMs = ms;
  return previous;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number | null = null,
    /** The API's own code for the failure (`storageFailed`, `storeCorrupt`, …), when it sent one. */
    readonly problemCode: string | null = null,
    /** A 429's `Retry-After`, in seconds: how long until asking again can succeed. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * Network failures, timeouts, 5xx, 408 and 429 may pass on a retry; other 4xx answers and
   * payloads that cannot be read or verified will not change by asking again at once.
   */
  get transient(): boolean {
    if (this.code === 'network' || this.code === 'timeout') return true;
    // A store that cannot keep or read data answers the same until someone acts.
    if (this.problemCode === 'storageFailed' || this.problemCode === 'storeCorrupt') return false;
    if (this.code !== 'http' || this.status === null) return false;
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/**
 * Whether a write may have happened although the request failed: the server may have acted before
 * its answer timed out or came back unreadable. A refusal or no connection at all means it did not.
 */
export function outcomeUnknown(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'timeout' || error.code === 'malformed' || error.code === 'invalidPayload')
  );
}

/** No answer within the client's limit; the message says how long it waited. */
export class ApiTimeoutError extends ApiError {
  constructor(readonly seconds: number) {
    super('timeout', `no answer within ${seconds} s`);
    this.name = 'ApiTimeoutError';
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

/**
 * A 412: another change was saved first. `current` is the record as it now is; `changes` what was
 * saved since the version the write was based on (who, when, what).
 */
export class ApiConflictError extends ApiError {
  constructor(
    message: string,
    readonly current: Indicator,
    readonly changes: AuditEntry[],
  ) {
    super('http', message, 412, 'versionMismatch');
    this.name = 'ApiConflictError';
  }
}

export function apiUrl(path: string, params?: URLSearchParams): string {
  const url = new URL(`${config.apiBaseUrl}${path}`);
  if (params) url.search = params.toString();
  return url.toString();
}

export async function apiGet<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: { params?: URLSearchParams; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return request(apiUrl(path, options.params), { signal: options.signal ?? null }, schema);
}

/**
 * A POST, PUT, PATCH or DELETE with a JSON body; an answer without one (204) reads as `undefined`.
 * `ifMatch`: the version the change is based on; the API refuses it (412) when it is out of date.
 */
export async function apiSend<S extends z.ZodMiniType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: S,
  options: { signal?: AbortSignal; ifMatch?: number } = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  return request(
    apiUrl(path),
    {
      method,
      signal: options.signal ?? null,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    schema,
  );
}

export function apiPost<S extends z.ZodMiniType>(
  path: string,
  body: unknown,
  schema: S,
  options: { ifMatch?: number } = {},
): Promise<z.infer<S>> {
  return apiSend('POST', path, body, schema, options);
}

/** The headers a request was given, as the plain record apiSend builds. */
function headersOf(init: RequestInit): Record<string, string> {
  return Object.fromEntries(new Headers(init.headers).entries());
}

async function request<S extends z.ZodMiniType>(
  url: string,
  init: RequestInit,
  schema: S,
): Promise<z.infer<S>> {
  try {
    await apiReady();
  } catch (cause) {
    // The API could not be started (the mock layer's code did not load): as unreachable as a
    // server that does not answer, and retried like one.
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
  }
  // The caller's signal (a query being cancelled) and the time limit, as one signal. Done by hand
  // rather than AbortSignal.any/timeout so a timeout is told apart from a cancel everywhere.
  const limit = requestTimeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limit);
  const outer = init.signal;
  const forward = () => controller.abort();
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', forward, { once: true });
  const timeoutError = () => new ApiTimeoutError(Math.round(limit / 100) / 10);

  let response: Response;
  let body: unknown;
  try {
    try {
      response = await fetch(url, {
        ...init,
        signal: controller.signal,
        headers: { Accept: 'application/json', ...headersOf(init) },
      });
    } catch (cause) {
      if (timedOut) throw timeoutError();
      // The caller cancelled (a query no longer needed): not a failure to report.
      if (outer?.aborted) throw cause;
      throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
    }
    try {
      // No content (204) reads as undefined, for a schema that expects nothing.
      body = response.status === 204 ? undefined : await response.json();
    } catch (cause) {
      if (timedOut) throw timeoutError();
      if (outer?.aborted) throw cause;
      throw new ApiError(
        response.ok ? 'malformed' : 'http',
        response.ok ? 'response is not JSON' : `HTTP ${response.status}`,
        response.status,
      );
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
  if (!response.ok) {
    const parsed = apiProblemSchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
    if (response.status === 422 && parsed.success) {
      const { issues = [], report = null } = parsed.data.error;
      throw new ApiValidationError(message, issues, report);
    }
    if (response.status === 412 && parsed.success && parsed.data.error.current) {
      throw new ApiConflictError(
        message,
        parsed.data.error.current,
        parsed.data.error.changes ?? [],
      );
    }
    const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
    throw new ApiError(
      'http',
      message,
      response.status,
      parsed.success ? parsed.data.error.code : null,
      Number.isFinite(retryAfter) ? retryAfter : null,
    );
  }
  const parsed = schema.safeParse(body);
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
