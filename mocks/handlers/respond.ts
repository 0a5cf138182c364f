// Helpers for the mock API's fault scenarios: answers in the API's error shape, optional latency.
import { delay, HttpResponse } from 'msw';

export const API = '*/api';

export interface HandlerOptions {
  /** Milliseconds added to every answer; 0 in tests. */
  latencyMs: number;
}

export function problem(status: 400 | 404 | 500, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

export async function wait(options: HandlerOptions): Promise<void> {
  if (options.latencyMs > 0) await delay(options.latencyMs);
}
