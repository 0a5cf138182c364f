// The one API client: builds URLs from the configured base, parses every response with zod.
import type { z } from 'zod';
import { config } from '@/config/env';
import { apiErrorSchema } from '@/domain/schemas';

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
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.params), {
      signal: options.signal ?? null,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
  }
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
    const parsed = apiErrorSchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
    throw new ApiError('http', message, response.status);
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
