// Helpers for answering like a real server: JSON errors with a readable message, optional latency.
import { delay, HttpResponse } from 'msw';
import type { ImportReport } from '@/domain/csv-import';
import type { FieldIssue } from '@/domain/entry';

export const API = '*/api';

export interface HandlerOptions {
  /** Milliseconds added to every answer; 0 in tests. */
  latencyMs: number;
}

export function problem(status: 400 | 404 | 500, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

/** 422: the request was well-formed but refused; `extra` names the fields or rows and why. */
export function unprocessable(
  code: string,
  message: string,
  extra: { issues: FieldIssue[] } | { report: ImportReport },
) {
  return HttpResponse.json({ error: { code, message, ...extra } }, { status: 422 });
}

/** The JSON body of a request, or null when it has none or it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return null;
  }
}

export async function wait(options: HandlerOptions): Promise<void> {
  if (options.latencyMs > 0) await delay(options.latencyMs);
}
