// Runtime configuration from Vite's env, parsed once: where the API is and whether MSW serves it.
import { z } from '@/domain/zod';

const envSchema = z.object({
  VITE_API_BASE_URL: z.optional(z.string().check(z.trim(), z.minLength(1))),
  VITE_USE_MOCKS: z.optional(z.enum(['true', 'false'])),
});

const env = envSchema.parse({
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL || undefined,
  VITE_USE_MOCKS: import.meta.env.VITE_USE_MOCKS || undefined,
});

/** Relative bases are resolved against the page, so Node (tests) and the browser build equal URLs. */
function resolveBase(raw: string): string {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  return new URL(raw, origin).toString().replace(/\/+$/, '');
}

export const config = {
  apiBaseUrl: resolveBase(env.VITE_API_BASE_URL ?? '/api'),
  /** Mocks are on unless explicitly switched off, so the demo and the browser tests need no server. */
  useMocks: env.VITE_USE_MOCKS !== 'false',
} as const;
